"""Ideas, votes and the editorial calendar: the rules, called by views and commands.

Other apps put their content on the calendar through two Wagtail hooks:

- ``aimant_calendar_page_types`` returns ``{kind value: page model}`` (kinds are
  declared in ``website.content_kinds`` by each app): pages
  of those types get a calendar item and ideas of that kind can be promoted
  to a draft of that type;
- ``aimant_calendar_entries`` is called with ``(start, end)`` (aware datetimes)
  and returns :class:`website.content_kinds.CalendarEntry` objects for dated things that are not
  content pieces (e.g. the moment a webinar goes live).
"""

import contextvars
import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Page

from editorial.models import CalendarItem, CalendarStatus, IdeaRound, IdeaVote
from website.content_kinds import CalendarEntry

PAGE_TYPES_HOOK = "aimant_calendar_page_types"
ENTRIES_HOOK = "aimant_calendar_entries"
DEFAULT_PLANNED_TIME = datetime.time(9, 0)
EARLIEST_PLANNED_YEAR = 2000
LATEST_PLANNED_YEARS_AHEAD = 5


# While an idea is being promoted, the page signals link the new page to that
# idea instead of creating a second calendar item for it.
_promoting_item = contextvars.ContextVar("promoting_item", default=None)


class PlanningError(Exception):
    """A request the rules refuse; the message is shown to the member as is."""


def calendar_page_types():
    """``{kind: page model}`` from every app's hook."""
    page_types = {}
    for register in hooks.get_hooks(PAGE_TYPES_HOOK):
        page_types.update(register())
    return page_types


def kind_for_page(page):
    page_class = type(page.specific_deferred)
    for kind, model in calendar_page_types().items():
        if issubclass(page_class, model):
            return kind
    return None


# Ideas and votes ----------------------------------------------------------------


def current_round(today=None):
    """The open round, the most recently opened first when several overlap."""
    today = today or timezone.localdate()
    return IdeaRound.objects.filter(opens_on__lte=today, closes_on__gte=today).first()


def propose_idea(user, *, title, locale, **fields):
    """Add an idea to the backlog; it joins the open round, if any."""
    return CalendarItem.objects.create(
        title=title,
        locale=locale,
        proposed_by=user,
        round=current_round(),
        status=CalendarStatus.IDEA,
        **fields,
    )


def votes_left(round_, user):
    used = IdeaVote.objects.filter(round=round_, voter=user).count()
    return max(round_.votes_per_member - used, 0)


def cast_vote(round_, item, user):
    """Record `user`'s vote for `item` in `round_`, within the round's limit."""
    if not round_.is_open():
        raise PlanningError(_("This round is closed: votes can no longer change."))
    if item.round_id != round_.pk or item.status != CalendarStatus.IDEA:
        raise PlanningError(_("Only the round's ideas that are not planned yet can get votes."))
    with transaction.atomic():
        # Locking the round serialises one round's votes, so two quick clicks
        # cannot both pass the limit check.
        round_ = IdeaRound.objects.select_for_update().get(pk=round_.pk)
        if IdeaVote.objects.filter(round=round_, item=item, voter=user).exists():
            raise PlanningError(_("You have already voted for this idea."))
        if votes_left(round_, user) <= 0:
            raise PlanningError(
                _("You have used your %(count)d votes in this round. Withdraw one first.")
                % {"count": round_.votes_per_member}
            )
        try:
            with transaction.atomic():
                return IdeaVote.objects.create(round=round_, item=item, voter=user)
        except IntegrityError as error:
            raise PlanningError(_("You have already voted for this idea.")) from error


def withdraw_vote(round_, item, user):
    """Take back a vote while the round is open; returns whether one existed."""
    if not round_.is_open():
        raise PlanningError(_("This round is closed: votes can no longer change."))
    deleted, _details = IdeaVote.objects.filter(round=round_, item=item, voter=user).delete()
    return bool(deleted)


def ranking(round_):
    """The round's ideas with their vote counts, most voted first."""
    return (
        CalendarItem.objects.filter(round=round_)
        .select_related("theme", "persona", "proposed_by", "locale")
        .annotate(vote_count=Count("votes", filter=Q(votes__round=round_)))
        .order_by("-vote_count", "created_at", "pk")
    )


# Promotion -----------------------------------------------------------------------


def parent_for(kind, locale):
    """The index page under which a new page of `kind` goes, in `locale`."""
    model = calendar_page_types().get(kind)
    if model is None:
        return None
    for parent_model in model.allowed_parent_page_models():
        parent = (
            parent_model.objects.filter(locale=locale).order_by("path").first()
            if parent_model is not Page
            else None
        )
        if parent is not None:
            return parent
    return None


def draft_fields(item, model, planned_at):
    """Starting values for the draft page, from what the idea already says.

    A page model may add its own with a ``calendar_draft_defaults(item,
    planned_at)`` classmethod (an event page turns the plan into its start).
    """
    fields = {"title": item.title, "slug": slugify(item.title)[:80] or "draft"}
    for name, value in (("standfirst", item.angle), ("summary", item.angle)):
        if any(field.name == name for field in model._meta.fields):
            fields[name] = value
    if item.format and any(field.name == "format" for field in model._meta.fields):
        fields["format"] = item.format
    model_defaults = getattr(model, "calendar_draft_defaults", None)
    if model_defaults is not None:
        fields.update(model_defaults(item, planned_at))
    return fields


def unique_slug(parent, slug):
    candidate, number = slug, 1
    while Page.objects.child_of(parent).filter(slug=candidate).exists():
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def promote(item, user, *, planned_at, assignee=None, kind=None):
    """Turn an idea into a planned piece with a draft page linked to it.

    The caller has checked that `user` may add pages under the parent;
    :func:`promotion_parent` gives that parent.
    """
    if item.page_id:
        raise PlanningError(_("This idea already has a page."))
    kind = kind or item.kind
    model = calendar_page_types().get(kind)
    parent = parent_for(kind, item.locale)
    if model is None or parent is None:
        raise PlanningError(
            _("There is no section for this content type in %(language)s yet.")
            % {"language": item.locale.get_display_name()}
        )
    validate_planned_at(planned_at)
    with transaction.atomic():
        item = CalendarItem.objects.select_for_update().get(pk=item.pk)
        if item.page_id:
            raise PlanningError(_("This idea already has a page."))
        fields = draft_fields(item, model, planned_at)
        fields["slug"] = unique_slug(parent, fields["slug"])
        page = model(live=False, owner=user, locale=item.locale, **fields)
        token = _promoting_item.set(item.pk)
        try:
            parent.add_child(instance=page)
        finally:
            _promoting_item.reset(token)
        for relation, value in (("themes", item.theme), ("personas", item.persona)):
            if value is not None and hasattr(page, relation):
                getattr(page, relation).add(value)
        # A plan is an incomplete draft: the editor fills the required fields
        # before submitting it, and Wagtail validates them then.
        page.save_revision(user=user, log_action=True, clean=False)
        item.page = page
        item.kind = kind
        item.planned_at = planned_at
        item.assignee = assignee or item.assignee or user
        item.status = CalendarStatus.WRITING
        item.save()
    return item


# Moving on the calendar ------------------------------------------------------------


def validate_planned_at(planned_at):
    if planned_at is None:
        raise PlanningError(_("Choose a planned date."))
    latest = timezone.localdate().year + LATEST_PLANNED_YEARS_AHEAD
    if not EARLIEST_PLANNED_YEAR <= planned_at.year <= latest:
        raise PlanningError(
            _("Choose a date between %(start)d and %(end)d.")
            % {"start": EARLIEST_PLANNED_YEAR, "end": latest}
        )


def parse_day(value):
    """A ``YYYY-MM-DD`` string as a date, or a :class:`PlanningError`."""
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise PlanningError(_("“%(value)s” is not a valid date.") % {"value": value}) from error


def move(item, day):
    """Plan `item` on `day` (in the active time zone), keeping its time of day.

    Only the planned date changes: never the page's go-live date.
    """
    if isinstance(day, str):
        day = parse_day(day)
    if item.planned_at:
        time_of_day = timezone.localtime(item.planned_at).time()
    else:
        time_of_day = DEFAULT_PLANNED_TIME
    planned_at = timezone.make_aware(datetime.datetime.combine(day, time_of_day))
    validate_planned_at(planned_at)
    CalendarItem.objects.filter(pk=item.pk).update(planned_at=planned_at, updated_at=timezone.now())
    item.planned_at = planned_at
    return item


# Following the pages ------------------------------------------------------------------


def page_status(page):
    """Where a page stands: published, scheduled, in review or being written."""
    if page.live:
        return CalendarStatus.PUBLISHED
    if page.revisions.filter(approved_go_live_at__isnull=False).exists():
        return CalendarStatus.SCHEDULED
    if page.workflow_states.filter(status="in_progress").exists():
        return CalendarStatus.IN_REVIEW
    return CalendarStatus.WRITING


def page_theme(page):
    """The first theme a page is tagged with, for the calendar colour."""
    themes = getattr(page.specific_deferred, "themes", None)
    return themes.first() if themes is not None else None


def follow_page(page):
    """Create or refresh the calendar item of a content page (a no-op for others)."""
    page = Page.objects.filter(pk=page.pk).first()
    if page is None:
        return None
    kind = kind_for_page(page)
    if kind is None:
        return None
    status = page_status(page)
    item = CalendarItem.objects.filter(page=page).first()
    if item is None and _promoting_item.get() is not None:
        CalendarItem.objects.filter(pk=_promoting_item.get(), page__isnull=True).update(page=page)
        return CalendarItem.objects.filter(page=page).first()
    if item is None:
        planned_at = page.go_live_at or page.first_published_at or timezone.now()
        item, _created = CalendarItem.objects.get_or_create(
            page=page,
            defaults={
                "title": page.title,
                "kind": kind,
                "locale_id": page.locale_id,
                "status": status,
                "planned_at": planned_at,
                "assignee": page.owner,
                "proposed_by": page.owner,
            },
        )
        return item
    changed = {"status": status, "title": page.title, "locale_id": page.locale_id}
    if item.theme_id is None:
        theme = page_theme(page)
        if theme is not None:
            changed["theme_id"] = theme.pk
    if any(getattr(item, name) != value for name, value in changed.items()):
        CalendarItem.objects.filter(pk=item.pk).update(updated_at=timezone.now(), **changed)
    return item


# Reading the calendar ----------------------------------------------------------------------


def filtered_items(*, theme=None, assignee=None, status=None, kind=None):
    items = CalendarItem.objects.select_related("theme", "assignee", "locale", "page")
    if theme:
        items = items.filter(theme__slug=theme)
    if assignee:
        items = items.filter(assignee_id=assignee)
    if status:
        items = items.filter(status=status)
    if kind:
        items = items.filter(kind=kind)
    return items


def item_entry(item):
    return CalendarEntry(
        uid=f"calendar-item-{item.pk}@aimant",
        title=item.title,
        starts_at=item.planned_at,
        kind_label=str(item.get_kind_display()),
        status=item.status,
        status_label=str(item.get_status_display()),
        colour=item.colour,
        url=reverse("editorial_calendar:item", args=[item.pk]),
        assignee=(item.assignee.get_full_name() or item.assignee.get_username())
        if item.assignee
        else "",
        language=item.locale.language_code,
        item=item,
    )


def entries_between(start, end, **filters):
    """Every dated entry in ``[start, end)``, in time order."""
    items = filtered_items(**filters).filter(planned_at__gte=start, planned_at__lt=end)
    entries = [item_entry(item) for item in items]
    if not any(filters.values()):
        for collect in hooks.get_hooks(ENTRIES_HOOK):
            entries.extend(collect(start, end))
    return sorted(entries, key=lambda entry: (entry.starts_at, entry.title))


def unplanned_items(**filters):
    return (
        filtered_items(**filters)
        .filter(planned_at__isnull=True)
        .exclude(status=CalendarStatus.IDEA)
    )


def month_grid(year, month):
    """Weeks (Monday first) of days covering `month`, for the month view."""
    first = datetime.date(year, month, 1)
    start = first - datetime.timedelta(days=first.weekday())
    weeks = []
    day = start
    while True:
        weeks.append([day + datetime.timedelta(days=offset) for offset in range(7)])
        day += datetime.timedelta(days=7)
        if day.month != month and day > first:
            break
    return weeks


def local_bounds(first_day, last_day):
    """Aware datetimes for the start of `first_day` and the end of `last_day`."""
    start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time.min))
    end = timezone.make_aware(
        datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min)
    )
    return start, end
