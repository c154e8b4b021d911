"""The audience in Mailchimp as Aimant last saw it, and the suppression list."""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _

from .contacts import normalise_email


def subscriber_hash(email):
    """Mailchimp's member id: the MD5 of the lower-cased address."""
    return hashlib.md5(normalise_email(email).encode()).hexdigest()  # noqa: S324 - Mailchimp's id


def suppression_hash(email):
    """A one-way fingerprint of an address, kept after erasure to honour an unsubscribe."""
    return hashlib.sha256(normalise_email(email).encode()).hexdigest()


class MailchimpMember(models.Model):
    """What Mailchimp holds for a contact, after the last sync or webhook."""

    class Status(models.TextChoices):
        SUBSCRIBED = "subscribed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        CLEANED = "cleaned", _("Cleaned (bouncing address)")
        DELETED = "deleted", _("Deleted in Mailchimp")

    contact = models.OneToOneField(
        "leads.Contact", on_delete=models.CASCADE, related_name="mailchimp_member"
    )
    email_hash = models.CharField(_("subscriber hash"), max_length=32, db_index=True)
    status = models.CharField(_("status in Mailchimp"), max_length=20, choices=Status.choices)
    # Set when Mailchimp refuses the member for good (compliance state, permanently
    # deleted): syncing stops until staff clear it.
    flagged = models.BooleanField(_("refused by Mailchimp"), default=False)
    flag_reason = models.CharField(_("reason"), max_length=255, blank=True)
    synced_at = models.DateTimeField(_("last synced"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("Mailchimp member")
        verbose_name_plural = _("Mailchimp members")
        ordering = ["-updated_at"]

    def __str__(self):
        return f"{self.contact} · {self.get_status_display()}"


class EmailSuppression(models.Model):
    """An address that must never be added again (erased or unsubscribed), hashed."""

    email_hash = models.CharField(_("address fingerprint"), max_length=64, unique=True)
    reason = models.CharField(_("reason"), max_length=50)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email_hash[:12]}… ({self.reason})"

    @classmethod
    def is_suppressed(cls, email):
        """Whether the address was erased or suppressed before."""
        return cls.objects.filter(email_hash=suppression_hash(email)).exists()


class Topic(models.TextChoices):
    """What the newsletter and marketing e-mails can be about."""

    PROSPECTING = "prospecting", _("Prospecting and outbound")
    CONTENT = "content", _("Content marketing")
    WEBINARS = "webinars", _("Webinars and events")
    SALES = "sales", _("Sales management")


class EmailPreferences(models.Model):
    """What a person chose to receive (the consent itself lives in the ledger)."""

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", _("Every week")
        MONTHLY = "monthly", _("Once a month")

    contact = models.OneToOneField(
        "leads.Contact", on_delete=models.CASCADE, related_name="email_preferences"
    )
    topics = models.JSONField(_("topics"), default=list, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("e-mail preferences")
        verbose_name_plural = _("e-mail preferences")

    def __str__(self):
        return str(self.contact)


class RetentionPurge(models.Model):
    """One run of the retention purge: what it removed and why (the admin report)."""

    ran_at = models.DateTimeField(_("ran at"), auto_now_add=True)
    cutoff = models.DateTimeField(_("no activity since"))
    purged = models.PositiveIntegerField(_("contacts purged"), default=0)

    class Meta:
        verbose_name = _("retention purge")
        verbose_name_plural = _("retention purges")
        ordering = ["-ran_at"]

    def __str__(self):
        return f"{self.ran_at:%Y-%m-%d}: {self.purged}"
