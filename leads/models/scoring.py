"""Scoring rules (editable in the admin), the score ledger and scoring settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .tracking import InteractionKind


class Dimension(models.TextChoices):
    KNOW = "know", _("Know")
    LIKE = "like", _("Like")
    TRUST = "trust", _("Trust")
    FIT = "fit", _("Fit")


class VersionedRule(models.Model):
    """A rule whose version increases whenever what it awards changes."""

    name = models.CharField(_("name"), max_length=120)
    active = models.BooleanField(_("active"), default=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    scoring_fields = ()

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.pk:
            previous = type(self).objects.filter(pk=self.pk).values(*self.scoring_fields).first()
            current = {name: getattr(self, name) for name in self.scoring_fields}
            if previous is not None and previous != current:
                self.version += 1
        super().save(*args, **kwargs)


class EngagementRule(VersionedRule):
    """An interaction kind (optionally on a theme or page) → points in one dimension."""

    kind = models.CharField(_("interaction"), max_length=30, choices=InteractionKind.choices)
    theme = models.CharField(
        _("only for theme"), max_length=100, blank=True, help_text=_("Theme slug; empty for all.")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("only for page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    dimension = models.CharField(
        _("dimension"),
        max_length=10,
        choices=[c for c in Dimension.choices if c[0] != Dimension.FIT],
    )
    points = models.IntegerField(_("points"))
    daily_cap = models.PositiveIntegerField(
        _("daily cap"),
        null=True,
        blank=True,
        help_text=_("Most points this rule gives one contact per day; empty for no cap."),
    )

    scoring_fields = ("kind", "theme", "page_id", "dimension", "points", "daily_cap")

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("theme"),
        FieldPanel("page"),
        FieldPanel("dimension"),
        FieldPanel("points"),
        FieldPanel("daily_cap"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("engagement rule")
        verbose_name_plural = _("engagement rules")
        ordering = ["kind", "name"]


class FitRule(VersionedRule):
    """A condition on who the contact is → fit points (negative to penalise)."""

    class Field(models.TextChoices):
        JOB_TITLE = "job_title", _("Job title")
        SENIORITY = "seniority", _("Seniority")
        COMPANY_SIZE = "company_size", _("Company size")
        COUNTRY = "country", _("Country")
        PERSONA = "persona", _("Persona")

    class Operator(models.TextChoices):
        CONTAINS = "contains", _("contains")
        EQUALS = "equals", _("is")
        IN = "in", _("is one of (comma-separated)")
        AT_LEAST = "gte", _("is at least")
        AT_MOST = "lte", _("is at most")

    field = models.CharField(_("field"), max_length=20, choices=Field.choices)
    operator = models.CharField(_("condition"), max_length=10, choices=Operator.choices)
    value = models.CharField(_("value"), max_length=255)
    points = models.IntegerField(_("points"))

    scoring_fields = ("field", "operator", "value", "points")

    panels = [
        FieldPanel("name"),
        FieldPanel("field"),
        FieldPanel("operator"),
        FieldPanel("value"),
        FieldPanel("points"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("fit rule")
        verbose_name_plural = _("fit rules")
        ordering = ["field", "name"]


class ScoreEntry(models.Model):
    """One scoring decision: which rule (and version) gave how many points, for what."""

    contact = models.ForeignKey(
        "leads.Contact", on_delete=models.CASCADE, related_name="score_entries"
    )
    interaction = models.ForeignKey(
        "leads.Interaction",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="score_entries",
    )
    engagement_rule = models.ForeignKey(
        EngagementRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fit_rule = models.ForeignKey(
        FitRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rule_name = models.CharField(_("rule"), max_length=120)
    rule_version = models.PositiveIntegerField(_("rule version"))
    dimension = models.CharField(_("dimension"), max_length=10, choices=Dimension.choices)
    points = models.IntegerField(_("points"))
    occurred_at = models.DateTimeField(_("when"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("score entry")
        verbose_name_plural = _("score entries")
        ordering = ["occurred_at", "pk"]
        indexes = [models.Index(fields=["contact", "occurred_at"], name="score_entry_idx")]

    def __str__(self):
        return f"{self.rule_name} v{self.rule_version}: {self.points:+d} {self.dimension}"


@register_setting(icon="pick")
class ScoringSettings(BaseGenericSetting):
    """Decay and qualification thresholds (Settings → Scoring)."""

    half_life_days = models.PositiveIntegerField(
        _("engagement half-life (days)"),
        default=30,
        help_text=_("After this many days, engagement points count half."),
    )
    fit_threshold = models.IntegerField(_("fit threshold"), default=20)
    engagement_threshold = models.IntegerField(_("engagement threshold"), default=30)
    demotion_days = models.PositiveIntegerField(
        _("days below the thresholds before returning to nurturing"), default=14
    )

    panels = [
        FieldPanel("half_life_days"),
        MultiFieldPanel(
            [
                FieldPanel("fit_threshold"),
                FieldPanel("engagement_threshold"),
                FieldPanel("demotion_days"),
            ],
            heading=_("Marketing-qualified leads"),
        ),
    ]

    class Meta:
        verbose_name = _("scoring settings")
