"""The demo's articles, infographics and editorial planning."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Locale

from editorial import planning
from editorial.models import (
    ArticlePage,
    CalendarItem,
    IdeaRound,
    IdeaVote,
    InfographicPage,
    Series,
)
from website.demo_files import load_data, load_items
from website.models import Person, Persona, Theme


def test_every_file_is_a_live_page_in_each_of_its_languages():
    for kind, model in (("articles", ArticlePage), ("infographics", InfographicPage)):
        for item in load_items("editorial", kind):
            pages = model.objects.live().filter(
                slug__in=[item.field("slug", code) for code in item.languages]
            )
            assert {page.locale.language_code for page in pages} == set(item.languages), item.key
            assert len({page.translation_key for page in pages}) == 1, item.key
            for page in pages:
                assert page.title == item.field("title", page.locale.language_code)


def test_taxonomy_and_authors_exist_in_both_languages():
    english = Locale.objects.get(language_code="en")
    for model, kind in ((Theme, "themes"), (Persona, "personas"), (Series, "series")):
        for item in load_items("editorial", kind):
            source = model.objects.get(locale__language_code="fr", slug=item["slug"])
            translation = source.get_translation_or_none(english)
            assert translation is not None and translation.slug == item.field("slug", "en")
    for item in load_items("editorial", "authors"):
        author = Person.objects.get(locale__language_code="fr", name=item["name"])
        assert author.get_translation(english).role == item.field("role", "en")
    for article in ArticlePage.objects.live().filter(locale__language_code="fr"):
        assert article.themes.exists() and article.personas.exists() and article.authors.exists()
        for translation in article.get_translations().live():
            assert translation.specific.body.raw_data, translation


def test_articles_cover_every_format_and_the_series_is_complete():
    formats = set(ArticlePage.objects.values_list("format", flat=True))
    assert formats == {"article", "tips", "testimonial", "interview"}
    for series in Series.objects.filter(locale__language_code="fr"):
        episodes = sorted(
            ArticlePage.objects.filter(series=series, locale__language_code="fr").values_list(
                "episode_number", flat=True
            )
        )
        assert episodes == list(range(1, len(episodes) + 1))


def test_publication_dates_are_in_the_past_and_spread_over_months():
    today = timezone.localdate()
    pages = ArticlePage.objects.live().filter(locale__language_code="fr")
    dates = set(pages.values_list("publication_date", flat=True))
    assert max(dates) <= today and len(dates) >= 6
    assert max(dates) - min(dates) >= timedelta(days=60)
    for page in [*pages, *InfographicPage.objects.live()]:
        assert page.first_published_at <= timezone.now()
    # The calendar shows each published page on the day it was published.
    for item in CalendarItem.objects.filter(page__in=pages).select_related("page"):
        day = timezone.localtime(item.planned_at).date()
        assert day == item.page.specific.publication_date


def test_planning_has_a_closed_and_an_open_round_and_a_calendar_around_today():
    plan = load_data("editorial", "planning")
    assert IdeaRound.objects.get(title=plan["open_round"]["title"]).is_open()
    assert IdeaRound.objects.filter(closes_on__gte=timezone.localdate()).count() == 1
    assert IdeaVote.objects.filter(round__title=plan["closed_round"]["title"]).exists()
    assert IdeaVote.objects.filter(round__title=plan["open_round"]["title"]).exists()
    statuses = set(CalendarItem.objects.values_list("status", flat=True))
    assert statuses == {"idea", "writing", "in_review", "scheduled", "published"}
    now = timezone.now()
    planned = CalendarItem.objects.filter(planned_at__isnull=False)
    assert planned.filter(planned_at__lt=now - timedelta(days=30)).exists()
    assert planned.filter(planned_at__gt=now + timedelta(days=30)).exists()
    assert not planned.filter(planned_at__gt=now + timedelta(days=62)).exists()
    for item in CalendarItem.objects.filter(page__isnull=False).select_related("page"):
        assert item.status == planning.page_status(item.page)


def test_articles_render_and_the_home_page_shows_the_latest(demo_client):
    for article in ArticlePage.objects.live()[:4]:
        assert demo_client.get(article.url).status_code == 200, article.url
    for infographic in InfographicPage.objects.live()[:2]:
        assert demo_client.get(infographic.url).status_code == 200, infographic.url
    home = demo_client.get("/fr/").content.decode()
    latest = ArticlePage.objects.live().filter(locale__language_code="fr")
    assert latest.latest("publication_date").title in home
