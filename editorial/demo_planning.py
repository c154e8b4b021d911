"""Demo planning: a closed and an open ideas round with votes, and a calendar
spread over the past and the next two months (drafts, a page in review, a
scheduled one, plans without a page yet). The ideas and their dates are in
`editorial/demo_content/planning.yaml`."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from editorial import planning
from editorial.models import (
    ArticlePage,
    CalendarItem,
    CalendarStatus,
    IdeaRound,
    IdeaVote,
    InfographicPage,
)
from website.demo_files import load_data, relative_date
from website.models import Persona, Theme


def _at_nine(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


def _place_published_pages():
    """Put each published page on the day it was published, not the seeding day."""
    for article in ArticlePage.objects.all():
        CalendarItem.objects.filter(page=article).update(
            planned_at=_at_nine(article.publication_date)
        )
    for infographic in InfographicPage.objects.filter(first_published_at__isnull=False):
        day = timezone.localtime(infographic.first_published_at).date()
        CalendarItem.objects.filter(page=infographic).update(planned_at=_at_nine(day))


def _idea(round_, spec, fr, proposer):
    article_format = spec.get("format") or ""
    item, _created = CalendarItem.objects.get_or_create(
        title=spec["title"],
        defaults={
            "angle": spec["angle"],
            "theme": Theme.objects.filter(slug=spec["theme"], locale=fr).first(),
            "persona": Persona.objects.filter(slug=spec["persona"], locale=fr).first(),
            "format": article_format,
            "kind": "article" if article_format else "infographic",
            "locale": fr,
            "round": round_,
            "proposed_by": proposer,
        },
    )
    return item


def _advance(item, status, planned_at, editor, manager):
    """Take a promoted item to `status` the way the team would, through the workflow."""
    if item.page_id or status == CalendarStatus.IDEA:
        if status == CalendarStatus.IDEA and item.planned_at is None:
            CalendarItem.objects.filter(pk=item.pk).update(planned_at=planned_at)
        return
    item = planning.promote(item, editor, planned_at=planned_at, assignee=editor)
    if status == CalendarStatus.WRITING:
        return
    page = item.page.specific
    page.standfirst = item.angle
    if status == CalendarStatus.SCHEDULED:
        page.go_live_at = planned_at
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    if status == CalendarStatus.SCHEDULED:
        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, manager, "approve")


@transaction.atomic
def seed_planning():
    """Two ideas rounds with votes and a calendar around today; idempotent."""
    fr = Locale.objects.get(language_code="fr")
    today = timezone.localdate()
    User = get_user_model()
    staff = {user.username: user for user in User.objects.filter(is_active=True)}
    editor = staff.get("sophie.bernard") or staff.get("admin")
    manager = staff.get("thomas.girard") or staff.get("admin")
    voters = [user for user in (staff.get("admin"), editor, manager) if user]

    _place_published_pages()
    plan = load_data("editorial", "planning")

    closed_spec = plan["closed_round"]
    closed, _ = IdeaRound.objects.get_or_create(
        title=closed_spec["title"],
        defaults={
            "opens_on": relative_date(closed_spec["opens"], today),
            "closes_on": relative_date(closed_spec["closes"], today),
        },
    )
    for rank, spec in enumerate(closed_spec["ideas"]):
        item = _idea(closed, spec, fr, voters[rank % len(voters)])
        # Votes of a closed round are history: written directly, limits were met then.
        for voter in voters[: max(len(voters) - rank // 2, 1)]:
            IdeaVote.objects.get_or_create(round=closed, item=item, voter=voter)
        planned_at = _at_nine(relative_date(spec["planned"], today))
        _advance(item, CalendarStatus(spec["status"]), planned_at, editor, manager)

    open_spec = plan["open_round"]
    current, _ = IdeaRound.objects.get_or_create(
        title=open_spec["title"],
        defaults={
            "opens_on": relative_date(open_spec["opens"], today),
            "closes_on": relative_date(open_spec["closes"], today),
        },
    )
    open_ideas = [
        _idea(current, spec, fr, voters[number % len(voters)])
        for number, spec in enumerate(open_spec["ideas"])
    ]
    for offset, voter in enumerate(voters):
        if IdeaVote.objects.filter(round=current, voter=voter).exists():
            continue
        for idea in open_ideas[offset : offset + 7]:
            planning.cast_vote(current, idea, voter)
    items = CalendarItem.objects.count()
    return f"Planning: 2 ideas rounds, {items} calendar items."
