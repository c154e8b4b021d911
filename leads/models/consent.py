"""The consent ledger (append-only) and each contact's legal basis per purpose."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Purpose(models.TextChoices):
    MARKETING_EMAIL = "marketing_email", _("Marketing e-mails")
    WEBINAR_COMMUNICATIONS = "webinar_communications", _("Webinar communications")
    TRACKING = "tracking", _("Behaviour tracking")


class ConsentEvent(models.Model):
    """One grant or withdrawal, exactly as the person saw it. Never edited."""

    contact = models.ForeignKey(
        "leads.Contact", on_delete=models.CASCADE, related_name="consent_events"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    granted = models.BooleanField(_("granted"))
    text_version = models.CharField(_("text version"), max_length=50)
    language = models.CharField(_("language"), max_length=8)
    source = models.CharField(_("form or page"), max_length=255, blank=True)
    ip_address = models.CharField(_("IP address (truncated)"), max_length=45, blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("consent event")
        verbose_name_plural = _("consent events")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["contact", "purpose", "-created_at"], name="consent_idx")]

    def __str__(self):
        verb = _("granted") if self.granted else _("withdrawn")
        return f"{self.get_purpose_display()} {verb}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Consent events are append-only: record a new event instead.")
        super().save(*args, **kwargs)


class LegalBasis(models.Model):
    """Why Aimant may contact this person for a purpose, as sending code checks it."""

    class Basis(models.TextChoices):
        CONSENT = "consent", _("Consent")
        LEGITIMATE_INTEREST = "legitimate_interest", _("B2B legitimate interest")
        NONE = "none", _("None (do not contact)")

    contact = models.ForeignKey(
        "leads.Contact", on_delete=models.CASCADE, related_name="legal_bases"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    basis = models.CharField(_("legal basis"), max_length=30, choices=Basis.choices)
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("For legitimate interest: how the person was informed and could object."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal bases")
        constraints = [
            models.UniqueConstraint(fields=["contact", "purpose"], name="one_basis_per_purpose")
        ]

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.get_basis_display()}"
