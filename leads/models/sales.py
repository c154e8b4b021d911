"""The sales side: leads in a pipeline, notes, territories, reps, share links, SLA settings."""

import secrets
from datetime import time

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .contacts import LifecycleStage


class PipelineStage(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    SALES_QUALIFIED = "sales_qualified", _("Sales-qualified")
    WON = "won", _("Won")
    LOST = "lost", _("Lost")
    NURTURING = "nurturing", _("Back to nurturing")


# The contact's lifecycle stage follows the pipeline.
LIFECYCLE_FOR_PIPELINE = {
    PipelineStage.NEW: LifecycleStage.MARKETING_QUALIFIED,
    PipelineStage.CONTACTED: LifecycleStage.MARKETING_QUALIFIED,
    PipelineStage.SALES_QUALIFIED: LifecycleStage.SALES_QUALIFIED,
    PipelineStage.WON: LifecycleStage.CUSTOMER,
    PipelineStage.LOST: LifecycleStage.DISQUALIFIED,
    PipelineStage.NURTURING: LifecycleStage.LEAD,
}
# Moves a rep may make from each stage; closed stages reopen only by requalification.
ALLOWED_MOVES = {
    PipelineStage.NEW: {
        PipelineStage.CONTACTED,
        PipelineStage.LOST,
        PipelineStage.NURTURING,
    },
    PipelineStage.CONTACTED: {
        PipelineStage.SALES_QUALIFIED,
        PipelineStage.LOST,
        PipelineStage.NURTURING,
    },
    PipelineStage.SALES_QUALIFIED: {
        PipelineStage.WON,
        PipelineStage.LOST,
        PipelineStage.NURTURING,
        PipelineStage.CONTACTED,
    },
    PipelineStage.WON: set(),
    PipelineStage.LOST: {PipelineStage.NURTURING},
    PipelineStage.NURTURING: set(),
}
STAGES_NEEDING_A_REASON = {PipelineStage.LOST, PipelineStage.NURTURING}
OPEN_STAGES = {PipelineStage.NEW, PipelineStage.CONTACTED, PipelineStage.SALES_QUALIFIED}


class AssignedVia(models.TextChoices):
    SHARE_LINK = "share_link", _("Share link")
    TERRITORY = "territory", _("Territory rule")
    ROUND_ROBIN = "round_robin", _("Round-robin")
    CLAIM = "claim", _("Claimed")
    MANAGER = "manager", _("Reassigned by a manager")
    ESCALATION = "escalation", _("Reassigned after escalation")


class RejectionReason(models.TextChoices):
    NOT_A_FIT = "not_a_fit", _("Not a fit")
    STUDENT = "student", _("Student")
    COMPETITOR = "competitor", _("Competitor")
    CUSTOMER = "customer", _("Already a customer")
    NO_BUDGET = "no_budget", _("No budget or project")
    WRONG_DATA = "wrong_data", _("Fake or wrong contact details")


class Lead(models.Model):
    """A qualified contact handed to sales; the owner is the contact's owner."""

    class Decision(models.TextChoices):
        PENDING = "", _("Not decided")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    contact = models.OneToOneField(
        "leads.Contact", verbose_name=_("contact"), on_delete=models.CASCADE, related_name="lead"
    )
    stage = models.CharField(
        _("pipeline stage"),
        max_length=20,
        choices=PipelineStage.choices,
        default=PipelineStage.NEW,
        db_index=True,
    )
    qualified_at = models.DateTimeField(_("handed to sales"))
    assigned_at = models.DateTimeField(_("assigned"), null=True, blank=True)
    assigned_via = models.CharField(
        _("assigned through"), max_length=20, choices=AssignedVia.choices, blank=True
    )
    # Each (re)assignment starts a new round: SLA reminders and e-mails are
    # keyed on it, so each is sent once per assignment.
    assignment_round = models.PositiveIntegerField(_("assignment round"), default=0)
    first_contacted_at = models.DateTimeField(_("first contacted"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated"), null=True, blank=True)
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default="", blank=True
    )
    rejection_reason = models.CharField(
        _("rejection reason"), max_length=20, choices=RejectionReason.choices, blank=True
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        ordering = ["-qualified_at", "-pk"]
        permissions = [
            ("work_lead", _("Can work leads (sales rep)")),
            ("manage_lead", _("Can see all leads and reassign them (sales manager)")),
        ]

    def __str__(self):
        return str(self.contact)

    @property
    def is_open(self):
        return self.stage in OPEN_STAGES


class PipelineMove(models.Model):
    """One move of a lead in the pipeline: when, by whom, why."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="moves")
    from_stage = models.CharField(
        _("from"), max_length=20, choices=PipelineStage.choices, blank=True
    )
    to_stage = models.CharField(_("to"), max_length=20, choices=PipelineStage.choices)
    rep = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    moved_at = models.DateTimeField(_("moved"))

    class Meta:
        verbose_name = _("pipeline move")
        verbose_name_plural = _("pipeline moves")
        ordering = ["-moved_at", "-pk"]

    def __str__(self):
        return f"{self.get_from_stage_display()} → {self.get_to_stage_display()}"


class LeadNote(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.body[:60]


class RepAvailability(models.Model):
    """Whether a rep takes new leads by round-robin, and when they last got one."""

    rep = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rep"),
        on_delete=models.CASCADE,
        related_name="sales_availability",
    )
    active = models.BooleanField(
        _("takes new leads"), default=True, help_text=_("Off during holidays or when full.")
    )
    last_assigned_at = models.DateTimeField(_("last lead assigned"), null=True, blank=True)

    class Meta:
        verbose_name = _("rep availability")
        verbose_name_plural = _("rep availability")
        ordering = ["rep__username"]

    def __str__(self):
        return str(self.rep)


class TerritoryRule(models.Model):
    """Leads from a country and/or language go to a rep; the lowest priority number wins."""

    country = models.CharField(
        _("country (ISO code)"), max_length=2, blank=True, help_text=_("Empty for any.")
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, blank=True)
    rep = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rep"),
        on_delete=models.CASCADE,
        related_name="territory_rules",
    )
    priority = models.PositiveSmallIntegerField(_("priority"), default=100)

    class Meta:
        verbose_name = _("territory rule")
        verbose_name_plural = _("territory rules")
        ordering = ["priority", "pk"]

    def __str__(self):
        where = " / ".join(filter(None, [self.country.upper(), self.language])) or "*"
        return f"{where} → {self.rep}"

    def save(self, *args, **kwargs):
        self.country = self.country.strip().upper()
        super().save(*args, **kwargs)


def new_share_token():
    return secrets.token_urlsafe(9)


class ShareLink(models.Model):
    """A rep's personal tracked link to a public page."""

    rep = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="share_links"
    )
    token = models.CharField(max_length=20, unique=True, default=new_share_token)
    target = models.CharField(_("page address"), max_length=500)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    visits = models.PositiveIntegerField(_("visits"), default=0)
    last_visit_at = models.DateTimeField(_("last visit"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("share link")
        verbose_name_plural = _("share links")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["rep", "target"], name="one_share_link_per_page")
        ]

    def __str__(self):
        return self.target


class Holiday(models.Model):
    """A day off: the SLA clock does not run."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"


@register_setting(icon="time")
class SalesSettings(BaseGenericSetting):
    """Working hours, speed-to-lead limits and the CRM webhook (Settings → Sales)."""

    day_starts_at = models.TimeField(_("working day starts"), default=time(9))
    day_ends_at = models.TimeField(_("working day ends"), default=time(18))
    working_days = models.CharField(
        _("working days"),
        max_length=20,
        default="0,1,2,3,4",
        help_text=_("Weekday numbers, Monday = 0, separated by commas."),
    )
    reminder_after_hours = models.PositiveIntegerField(
        _("remind the owner after (working hours)"), default=8
    )
    escalate_after_hours = models.PositiveIntegerField(
        _("escalate to sales managers after (working hours)"), default=16
    )
    reassign_on_escalation = models.BooleanField(_("reassign escalated leads"), default=False)
    webhook_url = models.URLField(_("CRM webhook address"), blank=True)
    webhook_secret = models.CharField(
        _("CRM webhook secret"),
        max_length=200,
        blank=True,
        help_text=_("Signs each request (HMAC-SHA256); share it with the CRM."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("day_starts_at"), FieldPanel("day_ends_at"), FieldPanel("working_days")],
            heading=_("Working hours"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("reminder_after_hours"),
                FieldPanel("escalate_after_hours"),
                FieldPanel("reassign_on_escalation"),
            ],
            heading=_("Speed to lead"),
        ),
        MultiFieldPanel(
            [FieldPanel("webhook_url"), FieldPanel("webhook_secret")],
            heading=_("CRM webhook"),
        ),
    ]

    class Meta:
        verbose_name = _("sales settings")

    def weekdays(self):
        days = set()
        for part in self.working_days.split(","):
            part = part.strip()
            if part.isdigit() and int(part) < 7:
                days.add(int(part))
        return days
