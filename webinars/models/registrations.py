"""Registrations, the reminder log and the schedule last announced to registrants."""

import secrets
import uuid

from django.core import signing
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

TOKEN_SALT = "webinars.registration"  # noqa: S105 - a signing salt, not a secret


def new_token():
    return secrets.token_urlsafe(24)


def new_ics_uid():
    return f"{uuid.uuid4().hex}@aimant"


class Registration(models.Model):
    """One person's place (or waitlist spot) at one webinar event."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("Waitlisted")
        CANCELLED = "cancelled", _("Cancelled")
        ATTENDED = "attended", _("Attended")
        NO_SHOW = "no_show", _("No-show")

    # Statuses that hold a seat, and those that still receive invites and reminders.
    SEAT_STATUSES = (Status.REGISTERED, Status.ATTENDED)
    ACTIVE_STATUSES = (Status.REGISTERED, Status.ATTENDED, Status.WAITLISTED)

    webinar = models.ForeignKey(
        "webinars.WebinarPage",
        verbose_name=_("webinar"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    email = models.EmailField(_("e-mail"), max_length=254)
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    company = models.CharField(_("company"), max_length=200, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=8, default="fr")
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.REGISTERED
    )
    # Random secret behind every personal link; replacing it revokes them all.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # The calendar event's identity in the registrant's calendar: never changes.
    ics_uid = models.CharField(max_length=100, unique=True, default=new_ics_uid, editable=False)
    sequence = models.PositiveIntegerField(_("invite sequence"), default=0)
    confirmations_sent = models.PositiveIntegerField(default=0, editable=False)
    attended_minutes = models.PositiveIntegerField(_("minutes attended"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    rating_comment = models.TextField(_("comment"), blank=True)
    rated_at = models.DateTimeField(_("rated at"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                "webinar", Lower("email"), name="one_registration_per_email_per_webinar"
            ),
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="registration_rating_1_to_5",
            ),
        ]
        indexes = [models.Index(fields=["webinar", "status"], name="registration_status_idx")]

    def __str__(self):
        return f"{self.full_name or self.email} · {self.webinar_id}"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_active(self):
        return self.status in self.ACTIVE_STATUSES

    @property
    def holds_seat(self):
        return self.status in self.SEAT_STATUSES

    @property
    def signed_token(self):
        """The token as it appears in links: signed, so a forged one is refused cheaply."""
        return signing.Signer(salt=TOKEN_SALT).sign(self.token)

    @classmethod
    def from_signed_token(cls, value):
        """The registration for a link token; DoesNotExist for a forged or revoked one."""
        try:
            token = signing.Signer(salt=TOKEN_SALT).unsign(value)
        except signing.BadSignature as error:
            raise cls.DoesNotExist from error
        return cls.objects.select_related("webinar").get(token=token)


class ReminderLog(models.Model):
    """One reminder written for one registration, offset and start time: never twice."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="reminders"
    )
    offset_minutes = models.PositiveIntegerField(_("minutes before the start"))
    starts_at = models.DateTimeField(_("for the start at"))
    delivery = models.ForeignKey(
        "website.Delivery", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    asks_confirmation = models.BooleanField(_("asked “still coming?”"), default=False)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminder log")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "offset_minutes", "starts_at"],
                name="one_reminder_per_start",
            )
        ]

    def __str__(self):
        return f"{self.registration} · {self.offset_minutes} min"

    @property
    def delivery_status(self):
        return self.delivery.get_status_display() if self.delivery_id else ""


class WebinarSchedule(models.Model):
    """What registrants were last told (time, link, status), to detect changes on publish.

    Page fields change with every draft; this row changes only when updates
    have been sent, so comparing both tells whether invites must be re-sent.
    """

    webinar = models.OneToOneField(
        "webinars.WebinarPage", on_delete=models.CASCADE, related_name="announced"
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    join_url = models.URLField(max_length=500, blank=True)
    cancelled = models.BooleanField(default=False)
    followups_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("announced schedule")
        verbose_name_plural = _("announced schedules")

    def __str__(self):
        return f"{self.webinar_id} · {self.starts_at:%Y-%m-%d %H:%M}"
