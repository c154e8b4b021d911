"""Admin registrations and home-page sections that editorial contributes."""

from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from editorial import admin_urls
from editorial.admin_views import scheduled_pages
from editorial.demo import seed_editorial
from editorial.demo_planning import seed_planning
from editorial.models import (
    ArticlePage,
    CalendarItem,
    IdeaRound,
    InfographicPage,
    Series,
)
from editorial.planning import current_round
from website.scheduler import late_jobs


class SeriesViewSet(SnippetViewSet):
    model = Series
    icon = "list-ol"
    menu_label = _("Series")
    # Themes, personas and people moved to the shared "Editorial line" menu of
    # website; series, editorial's own, sit right after it.
    add_to_admin_menu = True
    menu_order = 141
    list_display = ["title", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["title", "slug", "description"]


register_snippet(SeriesViewSet)


@hooks.register("aimant_home_latest_articles")
def latest_articles(request, home_page):
    return list(
        ArticlePage.objects.live()
        .public()
        .descendant_of(home_page)
        .filter(publication_date__lte=timezone.localdate())
        .select_related("hero_image")
        .order_by("-publication_date", "-pk")[:6]
    )


@hooks.register("aimant_seed_demo")
def seed_editorial_demo():
    return "\n".join([seed_editorial(), seed_planning()])


# Planning: the ideas backlog, rounds and the calendar -----------------------------


class CalendarItemViewSet(SnippetViewSet):
    model = CalendarItem
    icon = "pick"
    menu_label = _("Ideas and planned pieces")
    menu_name = "calendar-items"
    list_display = ["title", "kind", "status", "theme", "assignee", "planned_at", "round"]
    list_filter = ["status", "kind", "theme", "persona", "assignee", "round", "locale"]
    list_export = [
        "title",
        "angle",
        "kind",
        "format",
        "status",
        "theme",
        "persona",
        "assignee",
        "planned_at",
        "due_on",
        "round",
    ]
    search_fields = ["title", "angle"]
    ordering = ["-created_at"]


class IdeaRoundViewSet(SnippetViewSet):
    model = IdeaRound
    icon = "pick"
    menu_label = _("Ideas rounds")
    menu_name = "idea-rounds"
    list_display = ["title", "opens_on", "closes_on", "votes_per_member", "is_open"]
    list_export = ["title", "opens_on", "closes_on", "votes_per_member"]


class PlanningGroup(SnippetViewSetGroup):
    items = (CalendarItemViewSet, IdeaRoundViewSet)
    menu_icon = "date"
    menu_label = _("Planning")
    menu_name = "planning"
    add_to_admin_menu = True
    menu_order = 150

    def get_submenu_items(self):
        def can_view(request):
            return request.user.has_perm("editorial.view_calendaritem")

        extra = [
            PermissionMenuItem(
                _("Calendar"),
                reverse("editorial_calendar:calendar"),
                "date",
                can_view,
                name="editorial-calendar",
                order=0,
            ),
            PermissionMenuItem(
                _("Vote on ideas"),
                reverse("editorial_calendar:round"),
                "pick",
                can_view,
                name="vote-on-ideas",
                order=1,
            ),
            PermissionMenuItem(
                _("Calendar feed"),
                reverse("editorial_calendar:feed"),
                "link",
                can_view,
                name="calendar-feed",
                order=50,
            ),
        ]
        return [*extra, *super().get_submenu_items()]


class PermissionMenuItem(MenuItem):
    """A menu entry shown only to members who pass `check(request)`."""

    def __init__(self, label, url, icon_name, check, *, name, order=1000):
        super().__init__(label, url, name=name, icon_name=icon_name, order=order)
        self.check = check

    def is_shown(self, request):
        return self.check(request)


register_snippet(PlanningGroup)


@hooks.register("register_admin_urls")
def register_planning_urls():
    return [path("planning/", include((admin_urls, "editorial_calendar")))]


@hooks.register("register_reports_menu_item")
def register_scheduled_report():
    return PermissionMenuItem(
        _("Scheduled content"),
        reverse("editorial_calendar:scheduled"),
        "time",
        lambda request: request.user.has_perm("editorial.view_calendaritem"),
        name="scheduled-content",
        order=50,
    )


@hooks.register("after_create_snippet")
def credit_new_idea(request, instance):
    if isinstance(instance, CalendarItem) and instance.proposed_by_id is None:
        instance.proposed_by = request.user
        instance.round = instance.round or current_round()
        instance.save(update_fields=["proposed_by", "round"])


@hooks.register("aimant_calendar_page_types")
def editorial_calendar_page_types():
    return {ArticlePage.calendar_kind: ArticlePage, InfographicPage.calendar_kind: InfographicPage}


class ScheduledContentPanel(Component):
    """Dashboard panel: what goes live or expires next, and a stalled scheduler."""

    name = "scheduled_content"
    order = 120
    template_name = "editorial/admin/scheduled_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        late = [(job, last) for job, last in late_jobs() if job.command == "publish_scheduled"]
        return {
            "rows": scheduled_pages(self.request.user)[:5],
            "late": late,
            "round": current_round(),
            "calendar_url": reverse("editorial_calendar:calendar"),
            "scheduled_url": reverse("editorial_calendar:scheduled"),
            "request": self.request,
            "csrf_token": parent_context.get("csrf_token"),
        }


@hooks.register("construct_homepage_panels")
def add_scheduled_content_panel(request, panels):
    if request.user.has_perm("editorial.view_calendaritem"):
        panels.append(ScheduledContentPanel(request))
