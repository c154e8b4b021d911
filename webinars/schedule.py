"""Telling registrants when the webinar moves, changes link or is cancelled."""

from django.db import transaction

from webinars import emails
from webinars.models import Registration, WebinarSchedule, WebinarStatus
from webinars.registration import lock_event


def announce_changes(webinar):
    """Compare the published event with what registrants were told; send updates.

    Start, end or join-link change → an updated invite (same UID, SEQUENCE+1)
    to every registrant holding a seat. Cancellation → METHOD:CANCEL to every
    active registrant, whose registration is cancelled. Returns how many
    registrants were written to. Safe to call on every publish.
    """
    if webinar.event.pk != webinar.pk:
        return 0  # translations share the original page's schedule
    with transaction.atomic():
        event = lock_event(webinar)
        schedule, created = WebinarSchedule.objects.select_for_update().get_or_create(
            webinar=event,
            defaults={
                "starts_at": event.starts_at,
                "ends_at": event.ends_at,
                "join_url": event.join_url,
                "cancelled": event.status == WebinarStatus.CANCELLED,
            },
        )
        if created:
            return 0
        count = 0
        if event.status == WebinarStatus.CANCELLED and not schedule.cancelled:
            for registration in Registration.objects.select_for_update().filter(
                webinar=event, status__in=Registration.ACTIVE_STATUSES
            ):
                had_invite = registration.holds_seat
                registration.status = Registration.Status.CANCELLED
                registration.sequence += 1
                registration.save(update_fields=["status", "sequence", "updated_at"])
                emails.queue(registration, "webinar_cancelled", with_invite=had_invite)
                count += 1
            schedule.cancelled = True
        elif event.status != WebinarStatus.CANCELLED and (
            schedule.starts_at != event.starts_at
            or schedule.ends_at != event.ends_at
            or schedule.join_url != event.join_url
        ):
            for registration in Registration.objects.select_for_update().filter(
                webinar=event, status__in=Registration.SEAT_STATUSES
            ):
                registration.sequence += 1
                registration.save(update_fields=["sequence", "updated_at"])
                emails.queue(registration, "update")
                count += 1
        schedule.starts_at, schedule.ends_at = event.starts_at, event.ends_at
        schedule.join_url = event.join_url
        schedule.save()
    return count
