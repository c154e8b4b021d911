"""After the webinar: no-shows, and the thank-you or sorry-we-missed-you e-mails."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from webinars import emails
from webinars.models import Registration, WebinarSchedule, WebinarStatus
from webinars.models.pages import event_pages

# Attendance reports are usually imported within hours; follow-ups wait for them.
FOLLOWUP_DELAY = timedelta(hours=3)


def mark_no_shows(event):
    """Registrants who still hold a plain seat after the end did not attend."""
    return Registration.objects.filter(webinar=event, status=Registration.Status.REGISTERED).update(
        status=Registration.Status.NO_SHOW, updated_at=timezone.now()
    )


def send_followups(event):
    """Queue the follow-ups of an ended event (once per registration); returns the count."""
    count = 0
    with transaction.atomic():
        mark_no_shows(event)
        for registration in Registration.objects.filter(
            webinar=event,
            status__in=[Registration.Status.ATTENDED, Registration.Status.NO_SHOW],
        ).select_related("webinar"):
            kind = (
                "followup_attended"
                if registration.status == Registration.Status.ATTENDED
                else "followup_missed"
            )
            _delivery, created = emails.queue(
                registration, kind, key=f"webinars:registration:{registration.pk}:followup"
            )
            count += created
        WebinarSchedule.objects.update_or_create(
            webinar=event,
            defaults={
                "starts_at": event.starts_at,
                "ends_at": event.ends_at,
                "join_url": event.join_url,
                "followups_sent_at": timezone.now(),
            },
        )
    return count


def close_ended_webinars(now=None):
    """Mark no-shows and send follow-ups for webinars ended long enough ago."""
    now = now or timezone.now()
    done = 0
    for event in (
        event_pages()
        .filter(ends_at__lte=now - FOLLOWUP_DELAY)
        .exclude(status=WebinarStatus.CANCELLED)
        .exclude(announced__followups_sent_at__isnull=False)
    ):
        send_followups(event)
        done += 1
    return done
