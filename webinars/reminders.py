"""Reminders before the start, written exactly once per registration, offset and start.

The sweep writes, for every registrant holding a seat, the reminder whose
time has come: a :class:`ReminderLog` row (unique on registration + offset +
start time) and its outbox delivery (unique key with the same parts), in one
transaction. A second run, a crash between runs, or a worker killed while
sending never produces a second e-mail: the row exists, and the outbox
sweeper finishes an unsent delivery. A rescheduled webinar has a new start
time, so its reminders are new ones at the new times.
"""

from datetime import UTC, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import ngettext

from webinars import emails
from webinars.models import Registration, ReminderLog, WebinarStatus
from webinars.models.pages import event_pages

# The reminder that asks "still coming?" when the webinar is full.
STILL_COMING_OFFSET = 24 * 60


def offset_text(minutes, language):
    """ "in 1 day", "in 10 minutes"… in the registrant's language."""
    with translation.override(language):
        if minutes % (24 * 60) == 0:
            days = minutes // (24 * 60)
            return ngettext("in %(n)d day", "in %(n)d days", days) % {"n": days}
        if minutes % 60 == 0:
            hours = minutes // 60
            return ngettext("in %(n)d hour", "in %(n)d hours", hours) % {"n": hours}
        return ngettext("in %(n)d minute", "in %(n)d minutes", minutes) % {"n": minutes}


def due_offset(webinar, registration, now):
    """The reminder owed to `registration` now, or None.

    Only the nearest due reminder counts (after downtime, people get the
    latest one, not a burst); one more than half its offset late is stale
    (after a reschedule, "one week before" is not sent two days before); and
    only people who registered before its time get it: someone who registered
    yesterday gets no "one week before" reminder.
    """
    due = [
        minutes
        for minutes in webinar.offsets_minutes
        if webinar.starts_at - timedelta(minutes=minutes) <= now
    ]
    if not due:
        return None
    minutes = min(due)
    due_at = webinar.starts_at - timedelta(minutes=minutes)
    if now - due_at > timedelta(minutes=minutes) / 2:
        return None
    if registration.created_at >= webinar.starts_at - timedelta(minutes=minutes):
        return None
    return minutes


def _is_full(event):
    return (
        event.capacity is not None
        and Registration.objects.filter(
            webinar=event, status=Registration.Status.WAITLISTED
        ).exists()
    )


def send_due_reminders(now=None):
    """Write the reminders due now; returns how many were written."""
    now = now or timezone.now()
    horizon = now + timedelta(days=60)
    written = 0
    events = event_pages().filter(
        status__in=[WebinarStatus.SCHEDULED, WebinarStatus.LIVE],
        starts_at__gt=now,
        starts_at__lte=horizon,
    )
    for event in events:
        full = _is_full(event)
        registrations = Registration.objects.filter(
            webinar=event, status=Registration.Status.REGISTERED
        ).select_related("webinar")
        # One query for what was already written, instead of one per registrant.
        written_before = set(
            ReminderLog.objects.filter(
                registration__webinar=event, starts_at=event.starts_at
            ).values_list("registration_id", "offset_minutes")
        )
        for registration in registrations:
            minutes = due_offset(event, registration, now)
            if minutes is None or (registration.pk, minutes) in written_before:
                continue
            remaining = round((event.starts_at - now).total_seconds() / 60)
            ask = full and minutes == STILL_COMING_OFFSET
            if _write_reminder(registration, event, minutes, remaining, ask):
                written += 1
    return written


def _write_reminder(registration, event, minutes, remaining, ask_confirmation):
    try:
        with transaction.atomic():
            log = ReminderLog.objects.create(
                registration=registration,
                offset_minutes=minutes,
                starts_at=event.starts_at,
                asks_confirmation=ask_confirmation,
            )
            key = (
                f"webinars:registration:{registration.pk}:reminder:{minutes}m:"
                f"{event.starts_at.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
            )
            delivery, _created = emails.queue(
                registration,
                "reminder",
                key=key,
                offset_text=offset_text(remaining, registration.language),
                ask_confirmation=ask_confirmation,
            )
            log.delivery = delivery
            log.save(update_fields=["delivery"])
    except IntegrityError:
        return False  # another run wrote it first
    return True
