from datetime import timedelta

from django.db import transaction
from django.utils import timezone

import pytest

from leads.models import PipelineStage, SalesSettings
from leads.sales import crm_webhook
from leads.sales.assignment import assign_qualified
from leads.sales.pipeline import move
from tests.leads.factories import ContactFactory, make_manager, make_rep
from tests.leads.webhook_receiver import WebhookReceiver
from website import outbox
from website.models import Delivery

pytestmark = pytest.mark.django_db
SECRET = "s3cr3t-partagé"


@pytest.fixture
def receiver(db):
    with WebhookReceiver(SECRET) as server:
        SalesSettings.objects.update_or_create(
            pk=SalesSettings.load().pk,
            defaults={"webhook_url": server.url, "webhook_secret": SECRET},
        )
        yield server


def _due(delivery):
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now() - timedelta(1))


def test_qualified_assigned_and_stage_events_reach_the_crm_signed(
    receiver, django_capture_on_commit_callbacks
):
    rep = make_rep("alice")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        lead = assign_qualified(ContactFactory(email="ines@example.com", company="Valmy"))
        move(lead, PipelineStage.CONTACTED, rep)
    events = [(r["event"], r["signed"]) for r in receiver.requests]
    assert events == [
        ("lead.qualified", True),
        ("lead.assigned", True),
        ("lead.stage_changed", True),
    ]
    assigned = receiver.requests[1]["json"]
    assert assigned["type"] == "lead.assigned"
    assert assigned["id"] == receiver.requests[1]["event_id"]
    assert assigned["lead"]["contact"]["email"] == "ines@example.com"
    assert assigned["lead"]["owner"]["username"] == "alice"
    assert receiver.requests[2]["json"]["previous_stage"] == "new"
    assert len({r["event_id"] for r in receiver.requests}) == 3
    assert set(Delivery.objects.filter(channel="crm_webhook").values_list("status", flat=True)) == {
        "sent"
    }
    sent = Delivery.objects.filter(channel="crm_webhook").first()
    assert sent.payload["response_status"] == 200


def test_a_failing_crm_is_retried_with_the_same_event_id(receiver):
    receiver.responses = [(503, 0), (500, 0)]
    lead = assign_qualified(ContactFactory())
    delivery = Delivery.objects.get(channel="crm_webhook")
    assert outbox.deliver(delivery.pk) == Delivery.Status.PENDING
    delivery.refresh_from_db()
    assert "HTTP 503" in delivery.last_error
    assert delivery.next_attempt_at > timezone.now()  # exponential backoff
    assert outbox.deliver(delivery.pk) is None  # not due yet: nothing sent
    _due(delivery)
    outbox.deliver(delivery.pk)
    _due(delivery)
    assert outbox.deliver(delivery.pk) == Delivery.Status.SENT
    assert [r["status"] for r in receiver.requests] == [503, 500, 200]
    assert len({r["event_id"] for r in receiver.requests}) == 1
    assert len(receiver.unique_events()) == 1
    assert receiver.unique_events()[0]["json"]["lead"]["id"] == lead.pk


def test_a_slow_crm_times_out_and_is_retried(receiver, monkeypatch):
    assert crm_webhook.TIMEOUT_SECONDS <= 10
    monkeypatch.setattr(crm_webhook, "TIMEOUT_SECONDS", 0.5)
    receiver.responses = [(200, 2)]
    assign_qualified(ContactFactory())
    delivery = Delivery.objects.get(channel="crm_webhook")
    assert outbox.deliver(delivery.pk) == Delivery.Status.PENDING
    delivery.refresh_from_db()
    assert "Timed out" in delivery.last_error
    _due(delivery)
    assert outbox.deliver(delivery.pk) == Delivery.Status.SENT
    # The CRM may have processed the slow request too: the id lets it keep one.
    assert len(receiver.unique_events()) == 1


def test_refused_events_are_dead_lettered_visible_and_resendable(client, receiver):
    receiver.responses = [(422, 0)]
    assign_qualified(ContactFactory())
    delivery = Delivery.objects.get(channel="crm_webhook")
    assert outbox.deliver(delivery.pk) == Delivery.Status.DEAD
    manager = make_manager("maud")
    client.force_login(manager)
    html = client.get("/admin/sales/crm-webhook/").content.decode()
    assert delivery.payload["event_id"] in html
    assert "HTTP 422" in html
    client.post(f"/admin/sales/crm-webhook/{delivery.pk}/resend/")
    copy = Delivery.objects.exclude(pk=delivery.pk).get(channel="crm_webhook")
    assert copy.payload["event_id"] == delivery.payload["event_id"]
    outbox.deliver(copy.pk)
    copy.refresh_from_db()
    assert copy.status == Delivery.Status.SENT
    assert [r["event_id"] for r in receiver.requests] == [delivery.payload["event_id"]] * 2


def test_a_wrong_secret_is_refused_by_the_receiver(receiver):
    SalesSettings.objects.filter(pk=SalesSettings.load().pk).update(webhook_secret="autre")
    assign_qualified(ContactFactory())
    delivery = Delivery.objects.get(channel="crm_webhook")
    assert outbox.deliver(delivery.pk) == Delivery.Status.DEAD
    assert receiver.requests[0]["signed"] is False
    assert receiver.unique_events() == []


def test_no_event_is_queued_without_a_webhook_address(db):
    assign_qualified(ContactFactory())
    assert not Delivery.objects.filter(channel="crm_webhook").exists()
