"""Ideas rounds, votes, promotion to a draft and the calendar following pages."""

import datetime

from django.utils import timezone

import pytest

from editorial import planning
from editorial.models import CalendarItem, CalendarStatus, IdeaRound, IdeaVote
from tests.editorial.factories import ArticlePageFactory, ThemeFactory
from tests.factories import english, french, translate


@pytest.fixture
def open_round(db):
    today = timezone.localdate()
    return IdeaRound.objects.create(
        title="Automne",
        opens_on=today - datetime.timedelta(days=3),
        closes_on=today + datetime.timedelta(days=10),
    )


def ideas(round_, count, locale):
    return [
        CalendarItem.objects.create(title=f"Idée {number}", locale=locale, round=round_)
        for number in range(count)
    ]


def test_a_proposed_idea_joins_the_open_round(open_round, make_member, site_tree):
    editor = make_member("Editors")
    idea = planning.propose_idea(editor, title="Le social selling en 5 gestes", locale=french())
    assert idea.round == open_round
    assert idea.status == CalendarStatus.IDEA
    assert idea.proposed_by == editor
    assert idea.planned_at is None


def test_each_member_has_ten_votes_per_round(open_round, make_member, site_tree):
    editor = make_member("Editors")
    backlog = ideas(open_round, 11, french())
    for idea in backlog[:10]:
        planning.cast_vote(open_round, idea, editor)
    with pytest.raises(planning.PlanningError, match="10 votes"):
        planning.cast_vote(open_round, backlog[10], editor)
    assert IdeaVote.objects.filter(voter=editor).count() == 10
    # Withdrawing one frees a vote.
    assert planning.withdraw_vote(open_round, backlog[0], editor)
    planning.cast_vote(open_round, backlog[10], editor)
    assert planning.votes_left(open_round, editor) == 0


def test_voting_twice_for_the_same_idea_is_refused(open_round, make_member, site_tree):
    editor = make_member("Editors")
    (idea,) = ideas(open_round, 1, french())
    planning.cast_vote(open_round, idea, editor)
    with pytest.raises(planning.PlanningError, match="déjà voté"):
        planning.cast_vote(open_round, idea, editor)
    assert IdeaVote.objects.count() == 1


def test_a_closed_round_takes_no_more_votes(open_round, make_member, site_tree):
    editor = make_member("Editors")
    (idea,) = ideas(open_round, 1, french())
    IdeaRound.objects.filter(pk=open_round.pk).update(
        closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    open_round.refresh_from_db()
    with pytest.raises(planning.PlanningError, match="clos"):
        planning.cast_vote(open_round, idea, editor)
    assert not IdeaVote.objects.exists()


def test_the_ranking_puts_the_most_voted_ideas_first(open_round, make_member, site_tree):
    first, second, third = ideas(open_round, 3, french())
    voters = [make_member("Editors", name) for name in ("ana", "ben", "cle")]
    for voter in voters:
        planning.cast_vote(open_round, third, voter)
    planning.cast_vote(open_round, first, voters[0])
    ranked = list(planning.ranking(open_round))
    assert [(idea.pk, idea.vote_count) for idea in ranked] == [
        (third.pk, 3),
        (first.pk, 1),
        (second.pk, 0),
    ]


def test_promoting_an_idea_creates_a_linked_draft(article_index, make_member):
    editor = make_member("Editors")
    theme = ThemeFactory(name="Webinaires", slug="webinaires")
    idea = CalendarItem.objects.create(
        title="Réussir son premier webinaire",
        angle="Ce que l'on oublie toujours la veille.",
        locale=french(),
        theme=theme,
        format="tips",
    )
    planned_at = timezone.now() + datetime.timedelta(days=20)
    item = planning.promote(idea, editor, planned_at=planned_at)
    page = item.page.specific
    assert item.status == CalendarStatus.WRITING
    assert item.planned_at == planned_at
    assert item.assignee == editor
    assert not page.live
    assert page.get_parent().pk == article_index["fr"].pk
    assert page.standfirst == idea.angle
    assert page.format == "tips"
    assert list(page.themes.all()) == [theme]
    assert page.latest_revision is not None
    with pytest.raises(planning.PlanningError):
        planning.promote(item, editor, planned_at=planned_at)
    assert CalendarItem.objects.count() == 1


def test_promotion_needs_a_section_in_the_ideas_language(site_tree, make_member):
    editor = make_member("Editors")
    idea = CalendarItem.objects.create(title="Sans rubrique", locale=french())
    with pytest.raises(planning.PlanningError, match="pas encore de rubrique"):
        planning.promote(idea, editor, planned_at=timezone.now())
    idea.refresh_from_db()
    assert idea.page is None
    assert idea.status == CalendarStatus.IDEA


def test_pages_created_in_the_admin_appear_on_the_calendar(article_index):
    page = ArticlePageFactory(parent=article_index["fr"], title="Créer sa communauté")
    item = CalendarItem.objects.get(page=page)
    assert item.status == CalendarStatus.PUBLISHED
    assert item.kind == "article"
    assert item.planned_at is not None


def test_moving_changes_the_planned_date_only(article_index, settings):
    page = ArticlePageFactory(parent=article_index["fr"], live=False)
    go_live = (timezone.now() + datetime.timedelta(days=40)).replace(microsecond=0)
    page.go_live_at = go_live
    page.save_revision()
    item = CalendarItem.objects.get(page=page)
    with timezone.override("Europe/Paris"):
        planning.move(item, "2026-12-24")
        item.refresh_from_db()
        planned = timezone.localtime(item.planned_at)
    assert planned.date() == datetime.date(2026, 12, 24)
    page.refresh_from_db()
    assert page.latest_revision.as_object().go_live_at == go_live


@pytest.mark.parametrize("value", ["24/12/2026", "2026-02-30", "", "1899-01-01", "9999-01-01"])
def test_moving_to_an_invalid_date_changes_nothing(article_index, value):
    page = ArticlePageFactory(parent=article_index["fr"])
    item = CalendarItem.objects.get(page=page)
    before = item.planned_at
    with pytest.raises(planning.PlanningError):
        planning.move(item, value)
    item.refresh_from_db()
    assert item.planned_at == before


def test_month_grid_covers_whole_weeks():
    weeks = planning.month_grid(2026, 11)
    assert weeks[0][0] == datetime.date(2026, 10, 26)
    assert weeks[-1][-1] == datetime.date(2026, 12, 6)
    assert all(len(week) == 7 for week in weeks)


def test_a_translation_gets_its_own_item_linked_to_the_original(article_index):
    page = ArticlePageFactory(parent=article_index["fr"], title="Les communautés clients")
    translation = translate(page, english(), title="Customer communities", slug="communities")
    original, translated = (CalendarItem.objects.get(page=p) for p in (page, translation))
    assert translated.locale.language_code == "en"
    assert translated.title == "Customer communities"
    assert translated.page.translation_key == original.page.translation_key


def test_the_calendar_colour_is_the_pages_theme(article_index):
    theme = ThemeFactory(name="Prospection", slug="prospection", colour="#aa3300")
    page = ArticlePageFactory(parent=article_index["fr"])
    page.themes = [theme]
    page.save_revision().publish()
    assert CalendarItem.objects.get(page=page).colour == "#aa3300"
