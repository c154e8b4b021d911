"""The outbox: one row per outgoing side effect (e-mail, webhook, API call)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Delivery(models.Model):
    """Something to send, written in the same transaction as its cause.

    `key` names what the delivery is about (for instance
    ``account:email_confirmation:<uuid>`` or, later,
    ``registration:42:reminder-24h:rev3``) and is unique, so writing the same
    cause twice never sends twice. A task claims the row before sending; the
    periodic sweeper re-triggers rows whose task was lost.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        DEAD = "dead", _("Failed (dead letter)")

    channel = models.CharField(_("channel"), max_length=40, db_index=True)
    key = models.CharField(_("key"), max_length=255, unique=True)
    payload = models.JSONField(_("payload"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["-created_at"]
        permissions = [("retry_delivery", _("Can retry a failed delivery"))]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="delivery_due_idx")]

    def __str__(self):
        return f"{self.channel} · {self.key}"

    @property
    def summary(self):
        """A human description that carries no message body."""
        return self.payload.get("subject", "") if self.channel == "email" else ""
