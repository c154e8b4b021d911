import json
import re
from datetime import timedelta

from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase

import pytest

from editorial.models import ArticleIndexPage, ArticlePage, InfographicPage, RelatedArticle
from tests.editorial.factories import (
    ArticlePageFactory,
    InfographicPageFactory,
    SeriesFactory,
    ThemeFactory,
    paragraph,
)
from tests.factories import english, french, translate
from website.models import HomePage


def _json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


class ArticlePageRulesTests(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage, InfographicPage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())


def test_reading_time_is_computed_from_the_body(article_index):
    article = ArticlePageFactory(
        parent=article_index["fr"], locale=french(), body=[paragraph(460), paragraph(10)]
    )
    assert article.reading_time == 3  # 470 words at 230 a minute, rounded up


def test_article_renders_with_its_format_themes_and_tips(client, article_index):
    theme = ThemeFactory(name="Vente sociale", slug="vente-sociale")
    article = ArticlePageFactory(
        parent=article_index["fr"],
        locale=french(),
        title="7 conseils pour LinkedIn",
        format="tips",
        body=[
            paragraph(50),
            {
                "type": "tips",
                "value": [
                    {"title": "Soignez votre profil", "text": "Photo."},
                    {"title": "Publiez chaque semaine", "text": ""},
                ],
            },
        ],
    )
    article.themes.add(theme)
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "<h1>7 conseils pour LinkedIn</h1>" in html
    assert 'class="tips"' in html and "Soignez votre profil" in html
    assert "?theme=vente-sociale" in html
    assert "linkedin.com/sharing/share-offsite/?url=http%3A%2F%2Ftestserver" in html
    assert "data-track-read" in html


def test_article_json_ld(client, article_index):
    article = ArticlePageFactory(parent=article_index["fr"], locale=french(), title="Prospecter")
    data = _json_ld(client.get(article.url).content.decode())
    assert data["@type"] == "Article"
    assert data["headline"] == "Prospecter"
    assert data["datePublished"] == article.publication_date.isoformat()
    assert data["inLanguage"] == "fr"
    assert data["timeRequired"] == "PT1M"


def test_related_reading_prefers_editor_picks_then_shared_themes(article_index):
    theme, other = ThemeFactory(), ThemeFactory()
    index = article_index["fr"]
    article = ArticlePageFactory(parent=index, locale=french())
    article.themes.add(theme)
    article.save()
    same_theme = ArticlePageFactory(parent=index, locale=french())
    same_theme.themes.add(theme)
    same_theme.save()
    unrelated = ArticlePageFactory(parent=index, locale=french())
    unrelated.themes.add(other)
    unrelated.save()
    draft = ArticlePageFactory(parent=index, locale=french(), live=False)
    draft.themes.add(theme)
    draft.save()
    future = ArticlePageFactory(
        parent=index, locale=french(), publication_date=timezone.localdate() + timedelta(days=3)
    )
    future.themes.add(theme)
    future.save()

    assert article.related_reading() == [same_theme]
    RelatedArticle.objects.create(article=article, page=unrelated)
    assert article.related_reading() == [unrelated]


def test_series_navigation(client, article_index):
    series = SeriesFactory()
    episodes = [
        ArticlePageFactory(
            parent=article_index["fr"],
            locale=french(),
            title=f"Épisode {number}",
            series=series,
            episode_number=number,
        )
        for number in (1, 2, 3)
    ]
    navigation = episodes[1].series_navigation()
    assert (navigation["number"], navigation["total"]) == (2, 3)
    assert navigation["previous"] == episodes[0]
    assert navigation["next"] == episodes[2]
    html = client.get(episodes[1].url).content.decode()
    assert "2" in html and "3" in html
    # Whitespace-tolerant: the formatter may lay a tag's attributes on several lines.
    assert re.search(rf'rel="prev"\s+href="{re.escape(episodes[0].url)}"', html)
    assert re.search(rf'rel="next"\s+href="{re.escape(episodes[2].url)}"', html)


def test_infographic_page_has_a_text_alternative_and_image_json_ld(client, article_index):
    infographic = InfographicPageFactory(parent=article_index["fr"], locale=french())
    html = client.get(infographic.url).content.decode()
    assert "68 % des acheteurs B2B" in html
    assert 'id="embed-code"' in html
    data = _json_ld(html)
    assert data["@type"] == "ImageObject"
    assert data["contentUrl"].startswith("http://testserver/")
    assert data["width"] == 600


def test_index_filters_and_paginates(client, article_index):
    theme = ThemeFactory(slug="crm")
    index = article_index["fr"]
    tips = ArticlePageFactory(parent=index, locale=french(), format="tips", title="Astuces CRM")
    tips.themes.add(theme)
    tips.save_revision().publish()
    for _ in range(13):
        ArticlePageFactory(parent=index, locale=french())
    InfographicPageFactory(parent=index, locale=french(), title="Chiffres")

    first = client.get(index.url)
    assert len(first.context["page_obj"].object_list) == 12
    assert first.context["page_obj"].paginator.count == 15
    by_theme = client.get(index.url, {"theme": "crm"}).context["page_obj"].object_list
    assert [item.title for item in by_theme] == ["Astuces CRM"]
    by_format = client.get(index.url, {"format": "infographic"}).context["page_obj"].object_list
    assert [item.title for item in by_format] == ["Chiffres"]
    assert client.get(index.url, {"format": "nonsense", "page": "x"}).status_code == 200


@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feeds_list_published_articles_of_one_language(client, article_index, feed):
    index = article_index["fr"]
    live = ArticlePageFactory(parent=index, locale=french(), title="Publié")
    ArticlePageFactory(parent=index, locale=french(), title="Brouillon", live=False)
    ArticlePageFactory(
        parent=index,
        locale=french(),
        title="Plus tard",
        publication_date=timezone.localdate() + timedelta(days=2),
    )
    translate(live, english(), title="Published", slug="published")
    response = client.get(f"{index.url}feed/{feed}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Publié" in body
    assert "Brouillon" not in body and "Plus tard" not in body and "Published" not in body
    english_body = client.get(f"{article_index['en'].url}feed/{feed}/").content.decode()
    assert "Published" in english_body and "Publié" not in english_body


def test_home_page_lists_the_latest_articles(client, article_index):
    ArticlePageFactory(parent=article_index["fr"], locale=french(), title="Dernier article")
    html = client.get("/fr/").content.decode()
    assert "Dernier article" in html


def test_translated_article_links_its_translation(client, article_index):
    article = ArticlePageFactory(parent=article_index["fr"], locale=french(), slug="vendre")
    translate(article, english(), title="Selling", slug="selling")
    html = client.get("/fr/articles/vendre/").content.decode()
    assert re.search(
        r'<link\s+rel="alternate"\s+hreflang="en"\s+href="http://testserver/en/articles/selling/">',
        html,
    )


def test_an_article_can_carry_a_newsletter_sign_up(article_index, client):
    page = ArticlePageFactory(
        parent=article_index["fr"],
        body=[
            paragraph(20),
            {"type": "newsletter", "value": {"heading": "Recevez nos conseils", "text": ""}},
        ],
    )
    html = client.get(page.url).content.decode()
    assert "Recevez nos conseils" in html
    assert 'name="email"' in html
