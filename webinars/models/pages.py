"""Webinar index and webinar pages."""

import datetime
import re
import zoneinfo
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from webinars.blocks import AgendaItemBlock, RegistrationQuestionsBlock
from webinars.forms import RegistrationForm
from webinars.ics import feed_calendar, ics_response, public_calendar
from webinars.models.registrations import Registration
from webinars.ratings import rating_summary
from website.models import Theme, TrackableContent
from website.seo import SeoMixin

DEFAULT_REMINDER_OFFSETS = "7d, 1d, 1h, 10m"
OFFSET_PATTERN = re.compile(r"^(\d+)\s*([dhm])$")
OFFSET_UNITS = {"d": 24 * 60, "h": 60, "m": 1}
# A handful of organiser time zones keeps the admin select short; any IANA
# name typed by a developer in code still works.
TIME_ZONE_CHOICES = [
    (name, name)
    for name in (
        "Europe/Paris",
        "Europe/London",
        "Europe/Brussels",
        "Europe/Zurich",
        "America/Montreal",
        "America/New_York",
        "UTC",
    )
]


def parse_offsets(text):
    """Minutes before the start for "7d, 1d, 1h, 10m"; ValueError on a bad item."""
    minutes = set()
    for item in filter(None, (part.strip().lower() for part in (text or "").split(","))):
        match = OFFSET_PATTERN.match(item)
        if not match or int(match.group(1)) == 0:
            raise ValueError(item)
        minutes.add(int(match.group(1)) * OFFSET_UNITS[match.group(2)])
    return sorted(minutes, reverse=True)


def validate_offsets(text):
    try:
        parse_offsets(text)
    except ValueError as error:
        raise ValidationError(
            _("“%(item)s” is not an offset: write e.g. 7d, 1d, 1h, 10m."),
            params={"item": error.args[0]},
        ) from error


class WebinarStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    LIVE = "live", _("Live")
    ENDED = "ended", _("Ended")
    CANCELLED = "cancelled", _("Cancelled")


class WebinarIndexPage(RoutablePageMixin, SeoMixin, Page):
    """One language's webinars: upcoming first, then replays; per-language .ics feed."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["webinars.WebinarPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("webinar index")
        verbose_name_plural = _("webinar indexes")

    def webinars(self):
        return WebinarPage.objects.child_of(self).live().public().select_related("hero_image")

    def upcoming(self):
        """Webinars still to come (or live now), soonest first."""
        return (
            self.webinars()
            .filter(ends_at__gte=timezone.now())
            .exclude(status__in=[WebinarStatus.CANCELLED, WebinarStatus.ENDED])
            .order_by("starts_at")
        )

    def replays(self):
        """Past webinars with a replay, most recent first."""
        past = models.Q(ends_at__lt=timezone.now()) | models.Q(status=WebinarStatus.ENDED)
        has_replay = ~models.Q(replay_url="") | models.Q(replay_video__isnull=False)
        return (
            self.webinars()
            .filter(past & has_replay)
            .exclude(status=WebinarStatus.CANCELLED)
            .order_by("-starts_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        upcoming, replays = self.upcoming(), self.replays()
        theme = request.GET.get("theme", "")
        if theme:
            upcoming = upcoming.filter(themes__slug=theme).distinct()
            replays = replays.filter(themes__slug=theme).distinct()
        context.update(
            upcoming=upcoming,
            replays=replays,
            themes=Theme.objects.filter(webinarpage__isnull=False).distinct(),
            selected_theme=theme,
        )
        return context

    @path("feed/ics/", name="ics_feed")
    def ics_feed(self, request):
        return ics_response(feed_calendar(self, request), "webinars.ics")


DRAFT_SESSION_LENGTH = datetime.timedelta(hours=1)


class WebinarPage(TrackableContent, RoutablePageMixin, SeoMixin, Page):
    """A live online event people register for; translations describe the same event.

    Registrations, capacity and the schedule used in invites belong to the
    event, which is the original-language page (see :meth:`event`).
    """

    json_ld_type = "Event"
    calendar_kind = "webinar"

    summary = models.TextField(_("summary"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("agenda"), blank=True)
    speakers = ParentalManyToManyField("website.Person", verbose_name=_("speakers"), blank=True)
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    personas = ParentalManyToManyField("website.Persona", verbose_name=_("personas"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("organiser's time zone"), max_length=64, choices=TIME_ZONE_CHOICES, default="Europe/Paris"
    )
    language = models.CharField(
        _("spoken language"), max_length=8, choices=settings.LANGUAGES, default="fr"
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    join_url = models.URLField(
        _("platform join link"),
        max_length=500,
        blank=True,
        help_text=_("Zoom, Teams, Livestorm or any address. Registrants get a personal link."),
    )
    replay_url = models.URLField(_("replay link"), max_length=500, blank=True)
    replay_video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("replay video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_whitepaper = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related white paper"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=WebinarStatus.choices, default=WebinarStatus.SCHEDULED
    )
    registration_questions = StreamField(
        RegistrationQuestionsBlock(), verbose_name=_("registration questions"), blank=True
    )
    reminder_offsets = models.CharField(
        _("reminders before the start"),
        max_length=100,
        default=DEFAULT_REMINDER_OFFSETS,
        blank=True,
        validators=[validate_offsets],
        help_text=_("Comma-separated: 7d, 1d, 1h, 10m (days, hours, minutes)."),
    )
    show_ratings = models.BooleanField(_("show the average rating on the page"), default=False)

    @classmethod
    def calendar_draft_defaults(cls, item, planned_at):
        """A webinar planned on the editorial calendar starts at the planned time."""
        return {"starts_at": planned_at, "ends_at": planned_at + DRAFT_SESSION_LENGTH}

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_zone"),
                FieldPanel("language"),
                FieldPanel("status"),
                FieldPanel("capacity"),
                FieldPanel("join_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("personas")], heading=_("Targeting")),
        MultiFieldPanel(
            [FieldPanel("registration_questions"), FieldPanel("reminder_offsets")],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("replay_url"),
                FieldPanel("replay_video"),
                FieldPanel("slides"),
                FieldPanel("related_whitepaper"),
                FieldPanel("show_ratings"),
            ],
            heading=_("After the webinar"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("agenda"),
        index.FilterField("starts_at"),
        index.FilterField("status"),
    ]
    parent_page_types = ["webinars.WebinarIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
        if self.time_zone:
            try:
                zoneinfo.ZoneInfo(self.time_zone)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
                raise ValidationError({"time_zone": _("Unknown time zone.")}) from error

    # The event behind this page -------------------------------------------------

    @property
    def event(self):
        """The page holding registrations and the invite schedule: the original language."""
        cached = getattr(self, "_event", None)
        if cached is None:
            cached = (
                WebinarPage.objects.filter(translation_key=self.translation_key)
                .order_by("pk")
                .first()
                or self
            )
            if cached.pk == self.pk:
                cached = self
            self._event = cached
        return cached

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone or settings.TIME_ZONE)

    @property
    def local_starts_at(self):
        return timezone.localtime(self.starts_at, self.zone)

    @property
    def local_ends_at(self):
        return timezone.localtime(self.ends_at, self.zone)

    @property
    def duration(self):
        return self.ends_at - self.starts_at

    @property
    def offsets_minutes(self):
        try:
            return parse_offsets(self.reminder_offsets)
        except ValueError:
            return parse_offsets(DEFAULT_REMINDER_OFFSETS)

    @property
    def is_past(self):
        return self.status == WebinarStatus.ENDED or self.ends_at < timezone.now()

    @property
    def accepts_registrations(self):
        return self.status in (WebinarStatus.SCHEDULED, WebinarStatus.LIVE) and not self.is_past

    @property
    def has_replay(self):
        return bool(self.replay_url or self.replay_video_id)

    @property
    def replay_link(self):
        if self.replay_url:
            return self.replay_url
        return self.replay_video.url if self.replay_video_id else ""

    @property
    def seo_summary(self):
        return self.search_description or self.summary

    def seats_left(self):
        """Free seats of the event, or None when the capacity is unlimited."""
        event = self.event
        if event.capacity is None:
            return None
        taken = Registration.objects.filter(
            webinar=event, status__in=Registration.SEAT_STATUSES
        ).count()
        return max(event.capacity - taken, 0)

    def registration_fields(self):
        """The configured questions as (key, kind, label, required, choices) tuples."""
        fields = []
        for position, block in enumerate(self.registration_questions):
            value = block.value
            if block.block_type == "profile":
                label = dict(block.block.child_blocks["field"].field.choices)[value["field"]]
                key = value["field"]
                fields.append((key, "profile", str(label), value["required"], None))
            elif block.block_type == "choice":
                fields.append(
                    (
                        f"q{position}",
                        "choice",
                        value["label"],
                        value["required"],
                        list(value["choices"]),
                    )
                )
            else:
                fields.append((f"q{position}", "text", value["label"], value["required"], None))
        return fields

    # Calendar links ---------------------------------------------------------------

    def google_calendar_url(self, request=None):
        fmt = "%Y%m%dT%H%M%SZ"
        start = self.starts_at.astimezone(zoneinfo.ZoneInfo("UTC")).strftime(fmt)
        end = self.ends_at.astimezone(zoneinfo.ZoneInfo("UTC")).strftime(fmt)
        query = urlencode(
            {
                "action": "TEMPLATE",
                "text": self.title,
                "dates": f"{start}/{end}",
                "details": f"{self.summary}\n\n{self.get_full_url(request)}",
                "location": self.get_full_url(request),
            }
        )
        return f"https://calendar.google.com/calendar/render?{query}"

    def outlook_calendar_url(self, request=None):
        query = urlencode(
            {
                "path": "/calendar/action/compose",
                "rru": "addevent",
                "subject": self.title,
                "startdt": self.starts_at.astimezone(zoneinfo.ZoneInfo("UTC")).isoformat(),
                "enddt": self.ends_at.astimezone(zoneinfo.ZoneInfo("UTC")).isoformat(),
                "body": f"{self.summary}\n\n{self.get_full_url(request)}",
                "location": self.get_full_url(request),
            }
        )
        return f"https://outlook.office.com/calendar/0/deeplink/compose?{query}"

    # Routes -----------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", RegistrationForm(webinar=self))
        context["seats_left"] = self.seats_left()
        context["google_calendar_url"] = self.google_calendar_url(request)
        context["outlook_calendar_url"] = self.outlook_calendar_url(request)
        if self.show_ratings:
            context["rating"] = rating_summary(self.event)
        return context

    @path("register/", name="register")
    def register_view(self, request):
        # Imported here: webinars.views imports WebinarPage and Registration from webinars.models,
        # whose __init__ imports this module.
        from webinars.views import register

        return register(request, self)

    @path("calendar/", name="ics")
    def ics_view(self, request):
        return ics_response(public_calendar(self, request), f"{self.slug}.ics")

    def page_json_ld(self, request):
        data = super().page_json_ld(request)
        event = self.event
        data["startDate"] = event.local_starts_at.isoformat()
        data["endDate"] = event.local_ends_at.isoformat()
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["eventStatus"] = (
            "https://schema.org/EventCancelled"
            if event.status == WebinarStatus.CANCELLED
            else "https://schema.org/EventScheduled"
        )
        data["location"] = {"@type": "VirtualLocation", "url": self.get_full_url(request)}
        data["inLanguage"] = event.language
        site_settings = self.get_site_settings(request)
        data["organizer"] = {
            "@type": "Organization",
            "name": site_settings.brand_name,
            "url": request.build_absolute_uri("/"),
        }
        offer = {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "EUR",
            "url": self.get_full_url(request),
            "validThrough": event.starts_at.isoformat(),
        }
        if event.capacity is not None:
            seats = self.seats_left()
            offer["availability"] = (
                "https://schema.org/InStock" if seats else "https://schema.org/SoldOut"
            )
        else:
            offer["availability"] = "https://schema.org/InStock"
        data["offers"] = offer
        speakers = [speaker.localized for speaker in self.speakers.all()]
        if speakers:
            data["performer"] = [{"@type": "Person", "name": s.name} for s in speakers]
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x630")
            data["image"] = request.build_absolute_uri(rendition.url)
        return data


def event_pages():
    """Webinar pages that are events (the original of each set of translations)."""
    originals = (
        WebinarPage.objects.values("translation_key")
        .annotate(first=models.Min("pk"))
        .values("first")
    )
    return WebinarPage.objects.filter(pk__in=originals)


def upcoming_for_home(home_page, limit=3):
    """Live webinar pages under `home_page` still to come, soonest first."""
    return list(
        WebinarPage.objects.live()
        .public()
        .descendant_of(home_page)
        .filter(ends_at__gte=timezone.now())
        .exclude(status__in=[WebinarStatus.CANCELLED, WebinarStatus.ENDED])
        .select_related("hero_image")
        .order_by("starts_at")[:limit]
    )
