"""Contacts: the people Aimant knows by e-mail, with their attribution and stage."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from website.models import Persona


def normalise_email(email):
    """Trim and lower-case an address, so one person has one contact."""
    return (email or "").strip().lower()


# What a person tells us about themselves: forms fill these, staff edit them.
PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "job_title",
    "seniority",
    "company_size",
    "country",
    "phone",
    "preferred_language",
)


class LifecycleStage(models.TextChoices):
    SUBSCRIBER = "subscriber", _("Subscriber")
    LEAD = "lead", _("Lead")
    MARKETING_QUALIFIED = "mql", _("Marketing-qualified")
    SALES_QUALIFIED = "sql", _("Sales-qualified")
    CUSTOMER = "customer", _("Customer")
    DISQUALIFIED = "disqualified", _("Disqualified")


class Seniority(models.TextChoices):
    EXECUTIVE = "executive", _("Executive (C-level, owner)")
    DIRECTOR = "director", _("Director / VP")
    MANAGER = "manager", _("Manager")
    INDIVIDUAL = "individual", _("Individual contributor")
    STUDENT = "student", _("Student")


class Contact(models.Model):
    """A person identified by e-mail; the score fields are kept up to date by scoring."""

    email = models.EmailField(_("e-mail"), max_length=254, unique=True)
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    company = models.CharField(_("company"), max_length=200, blank=True)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    seniority = models.CharField(
        _("seniority"), max_length=20, choices=Seniority.choices, blank=True
    )
    company_size = models.PositiveIntegerField(_("company size (employees)"), null=True, blank=True)
    country = models.CharField(_("country (ISO code)"), max_length=2, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="fr"
    )
    # The shared persona (website.Persona, source language); sales screens
    # show its name in the viewer's language. Not a profile field: visitors
    # never set it, it is guessed from the job title or chosen by staff.
    persona = models.ForeignKey(
        "website.Persona",
        verbose_name=_("persona"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
        help_text=_("Guessed from the job title."),
    )
    persona_label = models.CharField(
        _("persona (free text)"),
        max_length=100,
        blank=True,
        help_text=_("A persona written by hand that matches none of the personas."),
    )
    source = models.CharField(_("source"), max_length=100, blank=True)
    first_touch = models.JSONField(_("first touch"), default=dict, blank=True)
    last_touch = models.JSONField(_("last touch"), default=dict, blank=True)
    stage = models.CharField(
        _("lifecycle stage"),
        max_length=20,
        choices=LifecycleStage.choices,
        default=LifecycleStage.SUBSCRIBER,
        db_index=True,
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_contacts",
    )
    stage_override_reason = models.CharField(
        _("reason for manual stage"),
        max_length=255,
        blank=True,
        help_text=_("Set when staff fix the stage by hand; automatic qualification then stops."),
    )

    # Scores, maintained incrementally by leads.scoring; `engagement_at` is the
    # moment the decayed know/like/trust values were computed for.
    fit = models.IntegerField(_("fit"), default=0)
    know = models.FloatField(_("know"), default=0)
    like = models.FloatField(_("like"), default=0)
    trust = models.FloatField(_("trust"), default=0)
    engagement_at = models.DateTimeField(_("engagement computed at"), default=timezone.now)
    qualified_at = models.DateTimeField(_("qualified at"), null=True, blank=True)
    below_threshold_since = models.DateTimeField(
        _("below the thresholds since"), null=True, blank=True
    )

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["-last_activity_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="contact_email_case_insensitive"),
        ]
        indexes = [models.Index(fields=["stage", "-last_activity_at"], name="contact_stage_idx")]

    def __str__(self):
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @cached_property
    def persona_name(self):
        """The persona in the active language (its translation if any), else the free text.

        Lists set it for many contacts at once with :func:`fill_persona_names`.
        """
        if self.persona_id is not None:
            return self.persona.localized.name
        return self.persona_label

    @property
    def engagement(self):
        """Know + like + trust, decayed to `engagement_at`."""
        return self.know + self.like + self.trust

    @property
    def score(self):
        return round(self.fit + self.engagement)


def fill_persona_names(contacts):
    """Set ``persona_name`` on many contacts (their personas selected) with one query."""
    names = Persona.names_by_translation_key()
    for contact in contacts:
        if contact.persona_id is not None:
            contact.persona_name = names.get(contact.persona.translation_key, contact.persona.name)
    return contacts
