from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

import pytest

from leads.models import Contact, LifecycleStage
from leads.qualification import evaluate, set_stage_manually
from leads.scoring import update_fit
from leads.signals import contact_qualified, contact_returned_to_nurturing
from leads.tracking import track
from tests.leads.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def received():
    events = []

    def on_qualified(sender, contact, **kwargs):
        events.append(("qualified", contact.pk))

    def on_nurturing(sender, contact, **kwargs):
        events.append(("nurturing", contact.pk))

    contact_qualified.connect(on_qualified)
    contact_returned_to_nurturing.connect(on_nurturing)
    yield events
    contact_qualified.disconnect(on_qualified)
    contact_returned_to_nurturing.disconnect(on_nurturing)


def _fit_contact():
    contact = ContactFactory(seniority="director", company_size=200, country="FR")
    update_fit(contact)  # 30 fit points, above the default threshold of 20
    return contact


def test_crossing_both_thresholds_qualifies_and_signals(
    received, django_capture_on_commit_callbacks
):
    contact = _fit_contact()
    with django_capture_on_commit_callbacks(execute=True):
        track(contact, "page_view")  # know +1
        track(contact, "webinar_registration")  # trust +10
        track(contact, "webinar_attendance")  # trust +20: engagement 31 > 30
    contact.refresh_from_db()
    assert contact.stage == LifecycleStage.MARKETING_QUALIFIED
    assert contact.qualified_at is not None
    assert received == [("qualified", contact.pk)]


def test_engagement_without_fit_does_not_qualify(django_capture_on_commit_callbacks):
    contact = ContactFactory(seniority="student")
    update_fit(contact)
    for _ in range(3):
        track(contact, "webinar_attendance")
    contact.refresh_from_db()
    assert contact.stage == LifecycleStage.LEAD


def test_a_cold_lead_returns_to_nurturing_after_the_grace_period(
    received, django_capture_on_commit_callbacks
):
    contact = _fit_contact()
    long_ago = timezone.now() - timedelta(days=200)
    with django_capture_on_commit_callbacks(execute=True):
        track(contact, "webinar_attendance", occurred_at=long_ago)
        track(contact, "webinar_registration", occurred_at=long_ago)
        track(contact, "share", occurred_at=long_ago)
        evaluate(contact, at=long_ago + timedelta(hours=1))
    assert Contact.objects.get(pk=contact.pk).stage == LifecycleStage.MARKETING_QUALIFIED

    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        assert evaluate(contact, at=now) is None  # below the thresholds: the clock starts
        assert evaluate(contact, at=now + timedelta(days=13)) is None
        assert evaluate(contact, at=now + timedelta(days=14)) == LifecycleStage.LEAD
    assert received == [("qualified", contact.pk), ("nurturing", contact.pk)]


def test_manual_stage_needs_a_reason_and_stops_automation():
    contact = _fit_contact()
    with pytest.raises(ValueError, match="reason"):
        set_stage_manually(contact, LifecycleStage.DISQUALIFIED, "  ")
    set_stage_manually(contact, LifecycleStage.DISQUALIFIED, "Competitor")
    for _ in range(3):
        track(contact, "webinar_attendance")
    contact.refresh_from_db()
    assert contact.stage == LifecycleStage.DISQUALIFIED
    assert contact.stage_override_reason == "Competitor"


def test_commands_recompute_and_requalify(django_capture_on_commit_callbacks):
    contact = _fit_contact()
    track(contact, "webinar_attendance")
    track(contact, "whitepaper_download")
    Contact.objects.filter(pk=contact.pk).update(know=0, like=0, trust=0, stage="lead")
    output = StringIO()
    call_command("recompute_scores", stdout=output)
    call_command("update_qualification", stdout=output)
    contact.refresh_from_db()
    assert contact.trust == pytest.approx(35, rel=1e-3)
    assert contact.stage == LifecycleStage.MARKETING_QUALIFIED
    assert "1 contact(s) recomputed." in output.getvalue()
