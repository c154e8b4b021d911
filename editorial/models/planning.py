"""The ideas backlog and the editorial calendar: one model, `CalendarItem`.

An idea is a calendar item without a page and usually without a planned date;
promoting it gives it a planned date and a draft page. Pages created directly
in the admin get an item too, so the calendar shows all content. The planned
date is a plan only: publishing is scheduled on the page, through Wagtail's
permissions and the validation workflow.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale
from wagtail.search import index

from website.content_kinds import content_kind_choices

VOTES_PER_MEMBER = 10


class CalendarStatus(models.TextChoices):
    IDEA = "idea", _("Idea")
    WRITING = "writing", _("Writing")
    IN_REVIEW = "in_review", _("In review")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")


# What a planned piece will become. The kinds are the shared vocabulary of
# `website.content_kinds`: each content app declares its own in its
# AppConfig.ready (and maps it to a page type with the
# ``aimant_calendar_page_types`` hook), so planning hard-codes none of them.
DEFAULT_KIND = "article"


class IdeaRound(models.Model):
    """A voting round: members propose ideas and each votes for a top ten."""

    title = models.CharField(_("title"), max_length=120)
    opens_on = models.DateField(_("opens on"), default=timezone.localdate)
    closes_on = models.DateField(_("closes on"))
    votes_per_member = models.PositiveSmallIntegerField(
        _("votes per member"), default=VOTES_PER_MEMBER
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
        FieldPanel("votes_per_member"),
    ]

    class Meta:
        verbose_name = _("ideas round")
        verbose_name_plural = _("ideas rounds")
        ordering = ["-opens_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("opens_on")),
                name="idea_round_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=models.Q(votes_per_member__gte=1),
                name="idea_round_allows_a_vote",
            ),
        ]

    def __str__(self):
        return self.title

    def is_open(self, today=None):
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    is_open.boolean = True


def default_locale_id():
    """The site's first language (French), for new ideas."""
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    return locale.pk if locale else None


class CalendarItem(index.Indexed, models.Model):
    """A piece of content from idea to publication."""

    title = models.CharField(_("title"), max_length=200)
    angle = models.TextField(
        _("angle"), blank=True, help_text=_("What the piece says that others don't.")
    )
    kind = models.CharField(
        _("content type"), max_length=20, choices=content_kind_choices, default=DEFAULT_KIND
    )
    format = models.CharField(
        _("format"),
        max_length=20,
        blank=True,
        help_text=_("For articles: long article, tips list, testimonial or interview."),
    )
    theme = models.ForeignKey(
        "website.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calendar_items",
    )
    persona = models.ForeignKey(
        "website.Persona",
        verbose_name=_("persona"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calendar_items",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        default=default_locale_id,
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CalendarStatus.choices, default=CalendarStatus.IDEA
    )
    planned_at = models.DateTimeField(
        _("planned for"),
        null=True,
        blank=True,
        help_text=_("A plan, not a schedule: publishing is scheduled on the page itself."),
    )
    due_on = models.DateField(_("draft due on"), null=True, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposed_calendar_items",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_calendar_items",
    )
    round = models.ForeignKey(
        IdeaRound,
        verbose_name=_("ideas round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ideas",
    )
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calendar_item",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("angle"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("format"), FieldPanel("locale")]),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("persona")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("planned_at"), FieldPanel("due_on")]),
                FieldPanel("assignee"),
                FieldPanel("round"),
            ],
            heading=_("Planning"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("angle"),
        index.AutocompleteField("title"),
        index.FilterField("status"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("calendar item")
        verbose_name_plural = _("ideas and calendar items")
        ordering = ["planned_at", "pk"]
        permissions = [("vote_calendaritem", "Can vote for ideas")]
        indexes = [models.Index(fields=["planned_at"], name="calendar_item_planned_at")]

    def __str__(self):
        return self.title

    @property
    def colour(self):
        return self.theme.colour if self.theme_id else "#5b6473"


class IdeaVote(models.Model):
    """One member's vote for one idea in one round."""

    round = models.ForeignKey(IdeaRound, on_delete=models.CASCADE, related_name="votes")
    item = models.ForeignKey(CalendarItem, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="idea_votes"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "item", "voter"], name="one_vote_per_idea_per_member"
            )
        ]

    def __str__(self):
        return f"{self.voter} → {self.item}"


def new_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeedToken(models.Model):
    """The secret in a member's iCalendar feed URL; revoking replaces it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_token"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")

    def __str__(self):
        return str(self.user)
