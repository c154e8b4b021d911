"""Registering, cancelling and promoting from the waitlist.

Every change that affects seats locks the event's page row first
(``SELECT … FOR UPDATE``), so concurrent registrations are serialised per
webinar: never more registered than the capacity, never a lost or duplicate
registration (the unique constraint on webinar + lower(e-mail) backs this up).
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from leads import api as leads
from webinars import emails
from webinars.models import Registration, WebinarPage

logger = logging.getLogger("aimant.webinars")

# The version of the consent sentence shown under the registration form
# (templates/webinars/includes/registration_form.html): bump it when it changes.
CONSENT_TEXT_VERSION = "webinar-registration-2026-11"


def normalise_email(email):
    """Trim and lower-case, so one person has one registration per webinar."""
    return (email or "").strip().lower()


class RegistrationClosed(Exception):
    """The webinar is over, cancelled or not accepting registrations."""


@dataclass
class Outcome:
    registration: Registration
    # "registered", "waitlisted", "already_registered", "already_waitlisted"
    result: str

    @property
    def is_new(self):
        return not self.result.startswith("already")


def lock_event(webinar):
    """The event's page row, locked until the end of the transaction."""
    return WebinarPage.objects.select_for_update().get(pk=webinar.event.pk)


def _seats_taken(event):
    return Registration.objects.filter(webinar=event, status__in=Registration.SEAT_STATUSES).count()


def _has_seat_free(event):
    return event.capacity is None or _seats_taken(event) < event.capacity


def register(webinar, *, email, language, first_name="", last_name="", company="", answers=None):
    """Register `email` for the event behind `webinar`; returns an :class:`Outcome`.

    Re-submitting the same address (any case) is idempotent: the existing
    registration is kept and its confirmation (or waitlist notice) re-sent. A
    cancelled registration is re-activated. Raises :class:`RegistrationClosed`.
    """
    email = normalise_email(email)
    with transaction.atomic():
        event = lock_event(webinar)
        if not event.accepts_registrations:
            raise RegistrationClosed
        registration = Registration.objects.filter(webinar=event, email__iexact=email).first()
        if registration is not None and registration.is_active:
            queue_current_confirmation(registration)
            return Outcome(registration, f"already_{registration.status}")
        status = (
            Registration.Status.REGISTERED
            if _has_seat_free(event)
            else Registration.Status.WAITLISTED
        )
        fields = {
            "first_name": first_name,
            "last_name": last_name,
            "company": company,
            "answers": answers or {},
            "language": language,
            "status": status,
        }
        if registration is None:
            try:
                with transaction.atomic():
                    registration = Registration.objects.create(webinar=event, email=email, **fields)
            except IntegrityError:
                # Only reachable without row locks (never on PostgreSQL/SQLite
                # with the lock above); re-read rather than fail.
                registration = Registration.objects.get(webinar=event, email__iexact=email)
                return Outcome(registration, f"already_{registration.status}")
        else:
            # Back after a cancellation: a new sequence keeps calendars in step.
            for name, value in fields.items():
                setattr(registration, name, value)
            registration.sequence += 1
            registration.cancelled_at = None
            registration.created_at = timezone.now()
            registration.save()
        emails.queue(
            registration,
            "confirmation" if status == Registration.Status.REGISTERED else "waitlisted",
        )
    return Outcome(registration, status)


def cancel(registration, *, promote=True):
    """Cancel a registration (the registrant's choice); frees the seat for the waitlist.

    Sends the calendar cancellation (same UID, SEQUENCE+1). Returns the
    promoted registration, if any.
    """
    with transaction.atomic():
        event = lock_event(registration.webinar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return None
        had_seat = registration.holds_seat
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.sequence += 1
        registration.save()
        emails.queue(registration, "cancelled", with_invite=had_seat)
        if had_seat and promote:
            return promote_next(event)
    return None


def promote_next(event):
    """Give a free seat to the first person on the waitlist (caller holds the lock)."""
    if not _has_seat_free(event) or not event.accepts_registrations:
        return None
    registration = (
        Registration.objects.select_for_update()
        .filter(webinar=event, status=Registration.Status.WAITLISTED)
        .order_by("created_at", "pk")
        .first()
    )
    if registration is None:
        return None
    registration.status = Registration.Status.REGISTERED
    registration.save(update_fields=["status", "updated_at"])
    emails.queue(registration, "promoted")
    return registration


def move_from_waitlist(registration):
    """Staff promote one waitlisted person, even beyond the capacity."""
    with transaction.atomic():
        lock_event(registration.webinar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Registration.Status.WAITLISTED:
            return False
        registration.status = Registration.Status.REGISTERED
        registration.save(update_fields=["status", "updated_at"])
        emails.queue(registration, "promoted")
    return True


def resend_invite(registration):
    """Staff re-send the current invite (a new key, the same UID and sequence)."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            return False
        queue_current_confirmation(registration)
    return True


def queue_current_confirmation(registration):
    """Queue the confirmation (or waiting-list notice) again, under a new delivery key.

    Called with the registration row locked; the invite keeps its UID and sequence.
    """
    registration.confirmations_sent += 1
    registration.save(update_fields=["confirmations_sent", "updated_at"])
    kind = "waitlisted" if registration.status == Registration.Status.WAITLISTED else "confirmation"
    emails.queue(
        registration,
        kind,
        key=(
            f"webinars:registration:{registration.pk}:{kind}:"
            f"seq{registration.sequence}:resend{registration.confirmations_sent}"
        ),
    )


def record_registration(request, webinar, outcome):
    """Tell leads who registered (profile, consent, interaction)."""
    registration = outcome.registration
    profile = {
        key: value
        for key, value in registration.answers.items()
        if key in {"job_title", "company_size", "country", "phone"} and value not in ("", None)
    }
    contact = leads.identify(
        request,
        registration.email,
        first_name=registration.first_name,
        last_name=registration.last_name,
        company=registration.company,
        preferred_language=registration.language,
        **profile,
    )
    leads.record_consent(
        contact,
        "webinar_communications",
        True,
        text_version=CONSENT_TEXT_VERSION,
        language=registration.language,
        source=f"webinar registration: {webinar.title}"[:255],
        request=request,
    )
    if outcome.is_new:
        leads.track(
            contact,
            "webinar_registration",
            webinar,
            status=registration.status,
            answers=registration.answers,
        )
    return contact
