"""The calendar, rounds, feed and scheduled-content screens, through the admin."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest
from icalendar import Calendar

from editorial.models import CalendarFeedToken, CalendarItem, IdeaRound, IdeaVote
from tests.editorial.factories import ArticlePageFactory
from tests.factories import french


@pytest.fixture
def editor_client(client, make_member):
    editor = make_member("Editors", "editor")
    client.force_login(editor)
    client.user = editor
    return client


@pytest.fixture
def planned(article_index):
    page = ArticlePageFactory(parent=article_index["fr"], title="Dix gestes de social selling")
    item = CalendarItem.objects.get(page=page)
    moment = timezone.make_aware(datetime.datetime(2026, 11, 18, 9, 30))
    CalendarItem.objects.filter(pk=item.pk).update(planned_at=moment)
    item.refresh_from_db()
    return item


VIEWS = [
    ("editorial_calendar:calendar", {}),
    ("editorial_calendar:round", {}),
    ("editorial_calendar:feed", {}),
    ("editorial_calendar:scheduled", {}),
]


@pytest.mark.parametrize(("name", "kwargs"), VIEWS)
@pytest.mark.parametrize("group_name", ["Sales reps", None])
def test_reps_and_prospects_cannot_reach_planning_views(
    client, make_member, django_user_model, site_tree, name, kwargs, group_name
):
    if group_name:
        client.force_login(make_member(group_name, "rep"))
    else:
        client.force_login(django_user_model.objects.create_user("prospect@example.com"))
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert not response["Location"].startswith("/admin/planning/")


def test_a_rep_cannot_move_or_vote(client, make_member, planned):
    client.force_login(make_member("Sales reps", "rep"))
    before = planned.planned_at
    response = client.post(
        reverse("editorial_calendar:move", args=[planned.pk]), {"day": "2026-11-30"}
    )
    assert response.status_code in (302, 403)
    planned.refresh_from_db()
    assert planned.planned_at == before


def test_the_month_view_shows_items_on_their_day(editor_client, planned):
    response = editor_client.get(reverse("editorial_calendar:calendar"), {"date": "2026-11-01"})
    assert response.status_code == 200
    html = response.content.decode()
    cell = html.split('data-day="2026-11-18"', 1)[1].split("</td>", 1)[0]
    assert "Dix gestes de social selling" in cell
    assert reverse("editorial_calendar:move", args=[planned.pk]) in cell


def test_the_week_view_and_filters(editor_client, planned):
    url = reverse("editorial_calendar:calendar")
    response = editor_client.get(url, {"view": "week", "date": "2026-11-18"})
    assert "Dix gestes de social selling" in response.content.decode()
    response = editor_client.get(url, {"date": "2026-11-18", "status": "idea"})
    assert "Dix gestes de social selling" not in response.content.decode()
    response = editor_client.get(url, {"date": "not-a-date", "status": "nonsense"})
    assert response.status_code == 200


def test_dragging_posts_a_new_day_and_gets_json(editor_client, planned):
    response = editor_client.post(
        reverse("editorial_calendar:move", args=[planned.pk]),
        {"day": "2026-11-27"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    assert response.json()["day"] == "2026-11-27"
    planned.refresh_from_db()
    local = timezone.localtime(planned.planned_at)
    assert (local.date(), local.time()) == (datetime.date(2026, 11, 27), datetime.time(9, 30))


def test_an_invalid_move_answers_400_and_changes_nothing(editor_client, planned):
    before = planned.planned_at
    response = editor_client.post(
        reverse("editorial_calendar:move", args=[planned.pk]),
        {"day": "2026-13-45"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400
    assert "n’est pas une date valide" in response.json()["error"]
    planned.refresh_from_db()
    assert planned.planned_at == before


def test_the_keyboard_form_moves_and_redirects_back(editor_client, planned):
    item_url = reverse("editorial_calendar:item", args=[planned.pk])
    assert 'type="date"' in editor_client.get(item_url).content.decode()
    response = editor_client.post(
        reverse("editorial_calendar:move", args=[planned.pk]),
        {"day": "2026-12-02", "next": item_url},
    )
    assert response.status_code == 302
    assert response["Location"] == item_url
    planned.refresh_from_db()
    assert timezone.localtime(planned.planned_at).date() == datetime.date(2026, 12, 2)
    # An off-site "next" is ignored.
    response = editor_client.post(
        reverse("editorial_calendar:move", args=[planned.pk]),
        {"day": "2026-12-03", "next": "https://evil.example/"},
    )
    assert response["Location"] == item_url


def test_voting_through_the_round_view(editor_client, site_tree):
    today = timezone.localdate()
    round_ = IdeaRound.objects.create(
        title="Hiver", opens_on=today, closes_on=today + datetime.timedelta(days=7)
    )
    idea = CalendarItem.objects.create(title="Communautés clients", locale=french(), round=round_)
    url = reverse("editorial_calendar:vote", args=[round_.pk, idea.pk])
    editor_client.post(url, {"action": "vote"})
    response = editor_client.post(url, {"action": "vote"}, follow=True)
    assert "déjà voté" in response.content.decode()
    assert IdeaVote.objects.filter(item=idea).count() == 1
    page = editor_client.get(reverse("editorial_calendar:round", args=[round_.pk]))
    assert "Il vous reste 9 votes." in page.content.decode()
    editor_client.post(url, {"action": "withdraw"})
    assert not IdeaVote.objects.exists()


def test_promotion_through_the_admin_opens_the_draft(editor_client, article_index):
    idea = CalendarItem.objects.create(title="Prospecter sans appeler à froid", locale=french())
    response = editor_client.post(
        reverse("editorial_calendar:promote", args=[idea.pk]),
        {"kind": "article", "planned_at": "2026-12-10 10:00", "assignee": editor_client.user.pk},
    )
    idea.refresh_from_db()
    assert idea.page is not None
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[idea.page_id])


def parse(response):
    return Calendar.from_ical(
        b"".join(response.streaming_content) if response.streaming else response.content
    )


def test_the_feed_has_one_event_per_planned_item_with_stable_uids(editor_client, planned):
    CalendarItem.objects.create(title="Idée sans date", locale=french())
    editor_client.get(reverse("editorial_calendar:feed"))
    token = CalendarFeedToken.objects.get(user=editor_client.user).token
    feed_url = reverse("editorial_calendar_feed", args=[token])
    anonymous = editor_client.__class__()
    first = anonymous.get(feed_url)
    assert first["Content-Type"].startswith("text/calendar")
    events = list(parse(first).walk("VEVENT"))
    mine = [event for event in events if "Dix gestes" in str(event["SUMMARY"])]
    assert len(mine) == 1
    assert not [event for event in events if "Idée sans date" in str(event["SUMMARY"])]
    assert mine[0].decoded("DTSTART") == planned.planned_at
    uid = str(mine[0]["UID"])
    editor_client.post(reverse("editorial_calendar:move", args=[planned.pk]), {"day": "2026-11-25"})
    moved = [e for e in parse(anonymous.get(feed_url)).walk("VEVENT") if str(e["UID"]) == uid]
    assert len(moved) == 1
    assert timezone.localtime(moved[0].decoded("DTSTART")).date() == datetime.date(2026, 11, 25)


def test_a_wrong_or_revoked_feed_token_is_a_404(editor_client, planned, client):
    editor_client.get(reverse("editorial_calendar:feed"))
    old = CalendarFeedToken.objects.get(user=editor_client.user).token
    assert client.get(reverse("editorial_calendar_feed", args=["x" * 43])).status_code == 404
    editor_client.post(reverse("editorial_calendar:feed"))
    assert not CalendarFeedToken.objects.filter(token=old).exists()
    assert client.get(reverse("editorial_calendar_feed", args=[old])).status_code == 404
    editor_client.get(reverse("editorial_calendar:feed"))
    new = CalendarFeedToken.objects.get(user=editor_client.user).token
    assert new != old
    assert client.get(reverse("editorial_calendar_feed", args=[new])).status_code == 200


def test_a_feed_token_stops_working_when_the_member_leaves(editor_client, planned, client):
    editor_client.get(reverse("editorial_calendar:feed"))
    token = CalendarFeedToken.objects.get(user=editor_client.user).token
    editor_client.user.groups.clear()
    assert client.get(reverse("editorial_calendar_feed", args=[token])).status_code == 404
