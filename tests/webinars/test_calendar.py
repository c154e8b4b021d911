"""Webinars on the editorial calendar: their pages, their live sessions, planning one."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from editorial import planning
from editorial.models import CalendarItem, CalendarStatus
from tests.factories import french
from tests.webinars.factories import WebinarPageFactory, in_days


def test_a_webinar_page_gets_a_calendar_item(webinar):
    item = CalendarItem.objects.get(page=webinar)
    assert item.kind == "webinar"
    assert item.status == CalendarStatus.PUBLISHED


def test_live_sessions_appear_on_the_calendar(webinar_index):
    session = WebinarPageFactory(
        parent=webinar_index["fr"], title="Vendre en 2027", starts_at=in_days(3)
    )
    start = timezone.now()
    entries = planning.entries_between(start, start + datetime.timedelta(days=7))
    live = [entry for entry in entries if entry.uid == f"webinar-session-{session.pk}@aimant"]
    assert len(live) == 1
    assert live[0].starts_at == session.starts_at
    assert "Vendre en 2027" in live[0].title
    assert live[0].item is None  # a session is not a movable plan


def test_a_webinar_idea_is_planned_as_a_draft_starting_at_the_planned_time(webinar_index):
    editor = get_user_model().objects.create_user("edith", email="edith@aimant.test")
    idea = CalendarItem.objects.create(
        title="Les communautés clients en direct",
        angle="Trois clients racontent leur communauté.",
        kind="webinar",
        locale=french(),
    )
    planned_at = in_days(30)
    item = planning.promote(idea, editor, planned_at=planned_at)
    page = item.page.specific
    assert page.get_parent().pk == webinar_index["fr"].pk
    assert not page.live
    assert (page.starts_at, page.ends_at) == (planned_at, planned_at + datetime.timedelta(hours=1))
    assert page.summary == idea.angle
