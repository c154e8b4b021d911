"""Reminders: due times, exactly once across crashes, double runs and reschedules."""

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.webinars.factories import RegistrationFactory
from webinars.models import Registration, ReminderLog
from webinars.reminders import send_due_reminders
from website import outbox
from website.models import Delivery
from website.scheduler import get_jobs


def _registered_long_ago(webinar, **fields):
    registration = RegistrationFactory(webinar=webinar, **fields)
    Registration.objects.filter(pk=registration.pk).update(
        created_at=timezone.now() - timedelta(days=30)
    )
    return Registration.objects.get(pk=registration.pk)


def test_the_job_is_registered_with_the_scheduler():
    commands = {job.command for job in get_jobs()}
    assert {"send_webinar_reminders", "close_webinars"} <= commands


def test_nearest_due_reminder_only_for_seat_holders_registered_before_it(
    webinar, django_capture_on_commit_callbacks
):
    early = _registered_long_ago(webinar)
    late = RegistrationFactory(webinar=webinar)  # registered after the "7 days before" mark
    Registration.objects.filter(pk=late.pk).update(
        created_at=webinar.starts_at - timedelta(days=6, hours=12)
    )
    _registered_long_ago(webinar, status="cancelled")
    _registered_long_ago(webinar, status="waitlisted")
    week_before = webinar.starts_at - timedelta(days=6)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders(now=week_before) == 1
    assert [m.to for m in mail.outbox] == [[early.email]]
    assert "dans 6 jours" in mail.outbox[0].subject  # the real time left, after a late run
    assert f"/webinars/join/{early.signed_token}/" in mail.outbox[0].body
    # Nothing is due before the start minus the offsets, nothing after the start.
    assert send_due_reminders(now=webinar.starts_at - timedelta(days=8)) == 0
    assert send_due_reminders(now=webinar.starts_at + timedelta(minutes=1)) == 0


def test_exactly_once_across_a_crash_double_runs_and_a_reschedule(
    webinar, django_capture_on_commit_callbacks
):
    registration = _registered_long_ago(webinar, language="en")
    day_before = webinar.starts_at - timedelta(days=1) + timedelta(minutes=1)

    # The worker crashes after the reminder row is written, before any send:
    # the task never runs.
    with django_capture_on_commit_callbacks(execute=False):
        assert send_due_reminders(now=day_before) == 1
    assert len(mail.outbox) == 0
    delivery = Delivery.objects.get(key__contains=":reminder:1440m:")
    assert delivery.status == Delivery.Status.PENDING

    # The job runs again (twice): nothing new is written.
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders(now=day_before) == 0
        call_command("send_webinar_reminders", verbosity=0)
    assert len(mail.outbox) == 0

    # The outbox sweeper finds the lost delivery and sends it, once.
    outbox.sweep(now=timezone.now() + timedelta(minutes=5))
    outbox.sweep(now=timezone.now() + timedelta(minutes=10))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [registration.email]

    # Rescheduled one day later: reminders follow the new time, none is repeated
    # for the old one, and the day-before reminder is sent again for the new day.
    webinar.starts_at += timedelta(days=1)
    webinar.ends_at += timedelta(days=1)
    webinar.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders(now=day_before) == 0  # the new day-before is not due yet
        new_day_before = webinar.starts_at - timedelta(days=1) + timedelta(minutes=1)
        assert send_due_reminders(now=new_day_before) == 1
        assert send_due_reminders(now=new_day_before) == 0
    assert len(mail.outbox) == 2
    assert ReminderLog.objects.filter(registration=registration).count() == 2

    # The worker claims the 10-minute reminder and is killed before sending it:
    # once the claim expires, the sweeper sends it, once.
    ten_minutes = webinar.starts_at - timedelta(minutes=10)
    with django_capture_on_commit_callbacks(execute=False):
        assert send_due_reminders(now=ten_minutes) == 1
    last = Delivery.objects.get(key__contains=":reminder:10m:")
    assert outbox.claim(last.pk) is not None
    Delivery.objects.filter(pk=last.pk).update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert send_due_reminders(now=ten_minutes) == 0
    outbox.sweep()
    outbox.sweep()
    assert len(mail.outbox) == 3
    assert "10 minutes" in mail.outbox[-1].subject


def test_full_webinar_day_before_asks_still_coming_and_gives_the_seat_away(
    client, webinar, django_capture_on_commit_callbacks
):
    webinar.capacity = 1
    webinar.save()
    holder = _registered_long_ago(webinar, language="en")
    waiting = RegistrationFactory(webinar=webinar, status="waitlisted", email="next@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        send_due_reminders(now=webinar.starts_at - timedelta(hours=23))
    reminder = mail.outbox[0]
    release = f"/webinars/registration/{holder.signed_token}/give-my-seat-away/"
    assert release in reminder.body and "Still coming?" in reminder.body
    assert ReminderLog.objects.get().asks_confirmation
    assert client.get(release).status_code == 200  # a confirmation page, nothing changes
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(release).status_code == 200
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == "cancelled" and waiting.status == "registered"
    assert mail.outbox[-1].to == ["next@example.org"]


def test_reminder_log_is_shown_in_the_admin(admin_client, webinar):
    registration = _registered_long_ago(webinar)
    send_due_reminders(now=webinar.starts_at - timedelta(minutes=30))
    response = admin_client.get(f"/admin/webinars/{webinar.pk}/reminders/")
    assert response.status_code == 200
    assert registration.email in response.content.decode()
