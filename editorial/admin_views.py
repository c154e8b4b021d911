"""Staff screens for planning: calendar, ideas rounds, promotion, feed, scheduled content.

Every view checks a model permission itself; Wagtail's admin wrapper only
checks that the user may enter the admin at all.
"""

import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.models import Locale, Page, Revision

from editorial import planning
from editorial.calendar_feed import feed_token_for
from editorial.models import (
    CalendarFeedToken,
    CalendarItem,
    CalendarStatus,
    IdeaRound,
)
from website.content_kinds import content_kind_choices, content_kind_values
from website.models import Theme

SCHEDULED_PER_PAGE = 50


def require_perm(user, codename):
    if not user.has_perm(f"editorial.{codename}"):
        raise PermissionDenied


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def editorial_staff():
    """Active users who may see the calendar: the choices for assignee."""
    User = get_user_model()
    permission = Q(
        groups__permissions__codename="view_calendaritem",
        groups__permissions__content_type__app_label="editorial",
    )
    return (
        User.objects.filter(is_active=True)
        .filter(permission | Q(is_superuser=True))
        .distinct()
        .order_by("first_name", "last_name", "email")
    )


# The calendar ----------------------------------------------------------------------


def parse_anchor(value):
    try:
        return datetime.date.fromisoformat(value) if value else timezone.localdate()
    except ValueError:
        return timezone.localdate()


def read_filters(query):
    """The calendar filters from the query string; unknown values are ignored."""
    assignee = query.get("assignee", "")
    status = query.get("status", "")
    kind = query.get("kind", "")
    return {
        "theme": query.get("theme", "")[:80],
        "assignee": assignee if assignee.isdigit() else "",
        "status": status if status in CalendarStatus.values else "",
        "kind": kind if kind in content_kind_values() else "",
    }


@require_GET
def calendar_view(request):
    """Month or week view of planned and published content, with filters."""
    require_perm(request.user, "view_calendaritem")
    mode = "week" if request.GET.get("view") == "week" else "month"
    anchor = parse_anchor(request.GET.get("date", ""))
    filters = read_filters(request.GET)
    if mode == "week":
        first = anchor - datetime.timedelta(days=anchor.weekday())
        weeks = [[first + datetime.timedelta(days=offset) for offset in range(7)]]
        previous_anchor = first - datetime.timedelta(days=7)
        next_anchor = first + datetime.timedelta(days=7)
        heading = _("Week of %(date)s") % {"date": first.strftime("%d/%m/%Y")}
    else:
        weeks = planning.month_grid(anchor.year, anchor.month)
        first_of_month = anchor.replace(day=1)
        previous_anchor = (first_of_month - datetime.timedelta(days=1)).replace(day=1)
        next_anchor = (first_of_month + datetime.timedelta(days=32)).replace(day=1)
        heading = first_of_month
    start, end = planning.local_bounds(weeks[0][0], weeks[-1][-1])
    entries = planning.entries_between(start, end, **filters)
    by_day = {}
    for entry in entries:
        by_day.setdefault(timezone.localtime(entry.starts_at).date(), []).append(entry)
    query = urlencode({name: value for name, value in filters.items() if value})
    return TemplateResponse(
        request,
        "editorial/admin/calendar.html",
        {
            "page_title": _("Editorial calendar"),
            "header_icon": "date",
            "mode": mode,
            "anchor": anchor,
            "heading": heading,
            "weeks": [[(day, by_day.get(day, [])) for day in week] for week in weeks],
            "today": timezone.localdate(),
            "previous_anchor": previous_anchor,
            "next_anchor": next_anchor,
            "filters": filters,
            "query": query,
            "themes": Theme.objects.filter(locale=Locale.get_default()).order_by("name"),
            "assignees": editorial_staff(),
            "statuses": CalendarStatus.choices,
            "kinds": content_kind_choices(),
            "unplanned": planning.unplanned_items(**filters)[:20],
            "can_move": request.user.has_perm("editorial.change_calendaritem"),
            "time_zone": timezone.get_current_timezone_name(),
        },
    )


class MoveForm(forms.Form):
    day = forms.DateField(label=gettext_lazy("New planned date"), widget=AdminDateInput)


@require_GET
def item_view(request, pk):
    """One item: its plan, its page and what can be done next."""
    require_perm(request.user, "view_calendaritem")
    item = get_object_or_404(
        CalendarItem.objects.select_related("theme", "persona", "assignee", "page", "locale"),
        pk=pk,
    )
    translations = []
    if item.page_id:
        translations = list(
            CalendarItem.objects.filter(page__translation_key=item.page.translation_key)
            .exclude(pk=item.pk)
            .select_related("locale")
        )
    return TemplateResponse(
        request,
        "editorial/admin/calendar_item.html",
        {
            "page_title": item.title,
            "header_icon": "date",
            "item": item,
            "move_form": MoveForm(
                initial={"day": timezone.localtime(item.planned_at).date()}
                if item.planned_at
                else None
            ),
            "translations": translations,
            "can_move": request.user.has_perm("editorial.change_calendaritem"),
            "can_promote": not item.page_id
            and request.user.has_perm("editorial.change_calendaritem"),
        },
    )


def safe_next(request, fallback):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@require_POST
def move_view(request, pk):
    """Change an item's planned date only (drag and drop, or the date form)."""
    require_perm(request.user, "change_calendaritem")
    item = get_object_or_404(CalendarItem, pk=pk)
    try:
        item = planning.move(item, request.POST.get("day", ""))
    except planning.PlanningError as error:
        if wants_json(request):
            return JsonResponse({"ok": False, "error": str(error)}, status=400)
        messages.error(request, str(error))
        return redirect(safe_next(request, reverse("editorial_calendar:item", args=[pk])))
    planned = timezone.localtime(item.planned_at)
    message = _("“%(title)s” is now planned for %(date)s.") % {
        "title": item.title,
        "date": planned.strftime("%d/%m/%Y"),
    }
    if wants_json(request):
        return JsonResponse({"ok": True, "day": planned.date().isoformat(), "message": message})
    messages.success(request, message)
    return redirect(safe_next(request, reverse("editorial_calendar:item", args=[pk])))


# Promotion ----------------------------------------------------------------------------


class PromoteForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Content type"))
    planned_at = forms.DateTimeField(label=gettext_lazy("Planned for"), widget=AdminDateTimeInput)
    assignee = forms.ModelChoiceField(
        label=gettext_lazy("Assignee"), queryset=get_user_model().objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(content_kind_choices())
        self.fields["kind"].choices = [
            (kind, labels[kind]) for kind in planning.calendar_page_types()
        ]
        self.fields["assignee"].queryset = editorial_staff()


def can_add_under(user, parent):
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def promote_view(request, pk):
    """Plan an idea: a planned date, an assignee and a draft page of the chosen type."""
    require_perm(request.user, "change_calendaritem")
    item = get_object_or_404(CalendarItem.objects.select_related("locale"), pk=pk)
    if item.page_id:
        messages.info(request, _("This idea already has a page."))
        return redirect("editorial_calendar:item", pk=pk)
    form = PromoteForm(
        request.POST or None,
        initial={"kind": item.kind, "assignee": item.assignee_id or request.user.pk},
    )
    if request.method == "POST" and form.is_valid():
        kind = form.cleaned_data["kind"]
        parent = planning.parent_for(kind, item.locale)
        if parent is not None and not can_add_under(request.user, parent):
            raise PermissionDenied
        try:
            item = planning.promote(
                item,
                request.user,
                planned_at=form.cleaned_data["planned_at"],
                assignee=form.cleaned_data["assignee"],
                kind=kind,
            )
        except planning.PlanningError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("“%(title)s” is planned and its draft page is ready.") % {"title": item.title},
            )
            return redirect("wagtailadmin_pages:edit", item.page_id)
    return TemplateResponse(
        request,
        "editorial/admin/promote.html",
        {
            "page_title": _("Plan “%(title)s”") % {"title": item.title},
            "header_icon": "date",
            "item": item,
            "form": form,
        },
    )


# Ideas rounds ----------------------------------------------------------------------------


@require_GET
def round_view(request, pk=None):
    """A round's ideas ranked by votes, with the member's own votes."""
    require_perm(request.user, "view_calendaritem")
    round_ = (
        get_object_or_404(IdeaRound, pk=pk)
        if pk
        else planning.current_round() or IdeaRound.objects.first()
    )
    ideas, my_votes, votes_left = [], set(), 0
    if round_ is not None:
        ideas = list(planning.ranking(round_))
        my_votes = set(round_.votes.filter(voter=request.user).values_list("item_id", flat=True))
        votes_left = planning.votes_left(round_, request.user)
    return TemplateResponse(
        request,
        "editorial/admin/round.html",
        {
            "page_title": _("Ideas round"),
            "header_icon": "pick",
            "round": round_,
            "rounds": IdeaRound.objects.all()[:20],
            "ideas": ideas,
            "my_votes": my_votes,
            "votes_left": votes_left,
            "can_vote": round_ is not None
            and round_.is_open()
            and request.user.has_perm("editorial.vote_calendaritem"),
            "can_promote": request.user.has_perm("editorial.change_calendaritem"),
            "can_propose": request.user.has_perm("editorial.add_calendaritem"),
        },
    )


@require_POST
def vote_view(request, pk, item_pk):
    """Give (``action=vote``) or withdraw (``action=withdraw``) a vote."""
    require_perm(request.user, "vote_calendaritem")
    round_ = get_object_or_404(IdeaRound, pk=pk)
    item = get_object_or_404(CalendarItem, pk=item_pk)
    try:
        if request.POST.get("action") == "withdraw":
            planning.withdraw_vote(round_, item, request.user)
            messages.success(request, _("Vote withdrawn."))
        else:
            planning.cast_vote(round_, item, request.user)
            messages.success(request, _("Vote recorded for “%(title)s”.") % {"title": item.title})
    except planning.PlanningError as error:
        messages.error(request, str(error))
    return redirect("editorial_calendar:round", pk=round_.pk)


# The personal iCalendar feed ------------------------------------------------------------


def feed_view(request):
    """Show the member's feed address; POST revokes it and issues a new one."""
    require_perm(request.user, "view_calendaritem")
    if request.method == "POST":
        CalendarFeedToken.objects.filter(user=request.user).delete()
        messages.success(
            request,
            _("Your previous feed address no longer works. Subscribe again with the new one."),
        )
        return redirect("editorial_calendar:feed")
    token = feed_token_for(request.user)
    feed_url = request.build_absolute_uri(reverse("editorial_calendar_feed", args=[token.token]))
    return TemplateResponse(
        request,
        "editorial/admin/feed.html",
        {
            "page_title": _("Calendar feed"),
            "header_icon": "date",
            "feed_url": feed_url,
            "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
            "token": token,
        },
    )


# Scheduled content ------------------------------------------------------------------------


def scheduled_pages(user):
    """Pages the user can edit that are scheduled to go live or to expire, soonest first."""
    going_live = Revision.page_revisions.filter(approved_go_live_at__isnull=False).select_related(
        "user"
    )
    expiring = Page.objects.filter(live=True, expire_at__isnull=False)
    rows = []
    page_ids = {int(revision.object_id) for revision in going_live}
    pages = Page.objects.in_bulk(page_ids | set(expiring.values_list("pk", flat=True)))
    for revision in going_live:
        page = pages.get(int(revision.object_id))
        if page is not None and page.permissions_for_user(user).can_edit():
            rows.append(
                {
                    "page": page,
                    "when": revision.approved_go_live_at,
                    "action": "go_live",
                    "revision": revision,
                    "can_publish": page.permissions_for_user(user).can_publish(),
                }
            )
    for page in expiring:
        page = pages[page.pk]
        if page.permissions_for_user(user).can_edit():
            rows.append(
                {"page": page, "when": page.expire_at, "action": "expire", "revision": None}
            )
    return sorted(rows, key=lambda row: row["when"])


@require_GET
def scheduled_view(request):
    """Report: everything scheduled to go live or expire, soonest first."""
    if not request.user.has_perm("editorial.view_calendaritem") and not (request.user.is_superuser):
        raise PermissionDenied
    paginator = Paginator(scheduled_pages(request.user), SCHEDULED_PER_PAGE)
    return TemplateResponse(
        request,
        "editorial/admin/scheduled.html",
        {
            "page_title": _("Scheduled content"),
            "header_icon": "time",
            "page_obj": paginator.get_page(request.GET.get("p")),
            "paginator": paginator,
        },
    )


@require_POST
def publish_now_view(request, revision_pk):
    """Publish a scheduled revision now, for a user allowed to publish that page."""
    revision = get_object_or_404(
        Revision.page_revisions.filter(approved_go_live_at__isnull=False), pk=revision_pk
    )
    page = revision.content_object
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    with transaction.atomic():
        # The revision's own go-live date would make Wagtail schedule it again.
        revision.content["go_live_at"] = None
        revision.approved_go_live_at = None
        revision.save(update_fields=["content", "approved_go_live_at"])
        revision.publish(user=request.user, log_action=True)
    messages.success(request, _("“%(title)s” is live.") % {"title": page.title})
    return redirect("editorial_calendar:scheduled")
