from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

import pytest

from tests.smtp import SMTPServer, free_port
from website import outbox
from website.mail import message_to_payload, queue_email
from website.models import Delivery


@pytest.fixture
def smtp(settings):
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 5
        yield server


def _invite_message():
    message = EmailMultiAlternatives(
        subject="Votre inscription",
        body="Bonjour Léa, à bientôt !",
        from_email="Aimant <noreply@aimant.test>",
        to=["lea@example.com"],
    )
    message.attach_alternative("<p>Bonjour Léa, à bientôt !</p>", "text/html")
    message.attach("invite.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    return message


@pytest.mark.django_db(transaction=True)
def test_queued_email_reaches_a_real_smtp_server_once(smtp):
    with transaction.atomic():
        delivery, created = queue_email(_invite_message(), key="registration:1:confirmation")
    assert created
    assert len(smtp.messages) == 1
    received = smtp.messages[0]
    assert received["rcpt_tos"] == ["lea@example.com"]
    message = received["message"]
    assert message["Subject"] == "Votre inscription"
    assert message.get_body(("plain",)).get_content().strip() == "Bonjour Léa, à bientôt !"
    assert message.get_body(("html",)).get_content().strip() == "<p>Bonjour Léa, à bientôt !</p>"
    attachments = {part.get_filename(): part for part in message.iter_attachments()}
    assert "BEGIN:VCALENDAR" in attachments["invite.ics"].get_content()

    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT
    assert delivery.attempts == 1
    assert delivery.payload["body"] == ""  # bodies are erased once sent

    # The same cause queued again, and the task run again, send nothing more.
    with transaction.atomic():
        _again, created = queue_email(_invite_message(), key="registration:1:confirmation")
    outbox.deliver(delivery.pk)
    assert not created
    assert len(smtp.messages) == 1


@pytest.mark.django_db(transaction=True)
def test_nothing_is_sent_when_the_causing_transaction_rolls_back(smtp):
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_email(_invite_message(), key="registration:2:confirmation")
        raise RuntimeError("the registration failed")
    assert not Delivery.objects.exists()
    assert smtp.messages == []


@pytest.mark.django_db(transaction=True)
def test_smtp_temporary_refusal_is_retried_with_backoff(smtp):
    smtp.handler.reject_with = "451 4.7.1 Try again later"
    with transaction.atomic():
        delivery, _ = queue_email(_invite_message(), key="registration:3:confirmation")
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.PENDING
    assert delivery.attempts == 1
    assert "451" in delivery.last_error
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=10)

    # Once the server recovers and the retry is due, the sweeper sends it.
    smtp.handler.reject_with = None
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert outbox.sweep(timezone.now() + timedelta(minutes=1)) == 1
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT
    assert delivery.attempts == 2
    assert len(smtp.messages) == 1


@pytest.mark.django_db(transaction=True)
def test_smtp_permanent_refusal_is_dead_lettered_at_once(smtp):
    smtp.handler.reject_with = "550 5.1.1 No such user"
    with transaction.atomic():
        delivery, _ = queue_email(_invite_message(), key="registration:4:confirmation")
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.DEAD
    assert delivery.attempts == 1
    assert "550" in delivery.last_error


@pytest.mark.django_db(transaction=True)
def test_unreachable_server_is_dead_lettered_after_the_last_attempt(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    settings.DELIVERY_MAX_ATTEMPTS = 3
    with transaction.atomic():
        delivery, _ = queue_email(_invite_message(), key="registration:5:confirmation")
    for _ in range(2):
        Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
        outbox.deliver(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.attempts == 3
    assert delivery.status == Delivery.Status.DEAD
    assert "ConnectionRefusedError" in delivery.last_error


@pytest.mark.django_db(transaction=True)
def test_a_delivery_claimed_by_a_killed_worker_is_recovered_by_the_sweeper(smtp):
    delivery = Delivery.objects.create(
        channel="email",
        key="registration:6:confirmation",
        payload=message_to_payload(_invite_message()),
        status=Delivery.Status.SENDING,
        attempts=1,
        claimed_until=timezone.now() - timedelta(seconds=1),
    )
    assert outbox.sweep() == 1
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT
    assert len(smtp.messages) == 1


@pytest.mark.django_db(transaction=True)
def test_a_claimed_delivery_is_not_sent_by_a_second_task(smtp):
    with transaction.atomic():
        delivery, _ = queue_email(_invite_message(), key="registration:7:confirmation")
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.SENDING, claimed_until=timezone.now() + timedelta(minutes=5)
    )
    assert outbox.deliver(delivery.pk) is None
    assert outbox.sweep() == 0


def test_backoff_grows_exponentially_and_honours_retry_after():
    first = [outbox.backoff_delay(1).total_seconds() for _ in range(50)]
    fourth = [outbox.backoff_delay(4).total_seconds() for _ in range(50)]
    assert all(15 <= delay <= 30 for delay in first)
    assert all(120 <= delay <= 240 for delay in fourth)
    assert len(set(first)) > 1  # jitter
    assert outbox.backoff_delay(1, retry_after=600).total_seconds() == 600
    assert outbox.backoff_delay(30).total_seconds() <= outbox.MAX_BACKOFF_SECONDS
