from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from editorial import planning
from editorial.models import (
    ArticlePage,
    CalendarItem,
    IdeaRound,
    IdeaVote,
    InfographicPage,
    Series,
)
from website.models import Persona, Theme


def _counts():
    return {
        "themes": Theme.objects.filter(locale__language_code="fr").count(),
        "personas": Persona.objects.filter(locale__language_code="fr").count(),
        "articles_fr": ArticlePage.objects.live().filter(locale__language_code="fr").count(),
        "articles_en": ArticlePage.objects.filter(locale__language_code="en").count(),
        "infographics": InfographicPage.objects.filter(locale__language_code="fr").count(),
        "items": CalendarItem.objects.count(),
        "votes": IdeaVote.objects.count(),
        "rounds": IdeaRound.objects.count(),
    }


def test_editorial_demo_content_is_complete_and_idempotent(db, client):
    call_command("seed_demo", stdout=StringIO())
    first = _counts()
    assert first["themes"] >= 4
    assert first["personas"] >= 3
    assert first["articles_fr"] == 12
    assert first["articles_en"] >= 6
    assert first["infographics"] == 2
    formats = set(ArticlePage.objects.values_list("format", flat=True))
    assert formats == {"article", "tips", "testimonial", "interview"}
    series = Series.objects.get(locale__language_code="fr")
    episodes = ArticlePage.objects.filter(series=series, locale__language_code="fr")
    assert sorted(episodes.values_list("episode_number", flat=True)) == [1, 2, 3]

    # Planning: a closed and an open round with votes, a calendar around today.
    assert first["rounds"] == 2 and first["votes"] > 0
    assert IdeaRound.objects.filter(closes_on__gte=timezone.localdate()).count() == 1
    statuses = set(CalendarItem.objects.values_list("status", flat=True))
    assert statuses == {"idea", "writing", "in_review", "scheduled", "published"}
    today = timezone.now()
    planned = CalendarItem.objects.filter(planned_at__isnull=False)
    assert planned.filter(planned_at__lt=today - timedelta(days=30)).exists()
    assert planned.filter(planned_at__gt=today + timedelta(days=30)).exists()
    assert not planned.filter(planned_at__gt=today + timedelta(days=62)).exists()
    for item in CalendarItem.objects.filter(page__isnull=False).select_related("page"):
        assert item.status == planning.page_status(item.page)

    call_command("seed_demo", stdout=StringIO())
    assert _counts() == first

    for article in ArticlePage.objects.live()[:4]:
        response = client.get(article.url, HTTP_HOST="127.0.0.1:8000")
        assert response.status_code == 200, article.url
    home = client.get("/fr/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert (
        ArticlePage.objects.live()
        .filter(locale__language_code="fr")
        .latest("publication_date")
        .title
        in home
    )
