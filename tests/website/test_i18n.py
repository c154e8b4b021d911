import re

from django.utils import translation

import pytest

from tests.factories import StandardPageFactory, french
from website.models import StandardPage


def _alternates(html):
    return dict(re.findall(r'<link\s+rel="alternate"\s+hreflang="([^"]+)"\s+href="([^"]+)">', html))


def _links_to(html, href, hreflang):
    """Whether the page has a link to `href` in `hreflang` (attributes may be laid on lines)."""
    return re.search(rf'href="{re.escape(href)}"\s+hreflang="{hreflang}"', html) is not None


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [("en-GB,en;q=0.9", "/en/"), ("fr-FR,fr;q=0.9", "/fr/"), ("de-DE", "/fr/"), ("", "/fr/")],
)
def test_root_redirects_by_browser_language(client, site_tree, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == target


def test_each_language_tree_is_served_under_its_prefix(client, site_tree):
    french_html = client.get("/fr/a-propos/").content.decode()
    english_html = client.get("/en/about/").content.decode()
    assert '<html lang="fr">' in french_html
    assert "<h1>À propos</h1>" in french_html
    assert '<html lang="en">' in english_html
    assert "<h1>About us</h1>" in english_html


def test_pages_declare_their_translations_as_hreflang_alternates(client, site_tree):
    alternates = _alternates(client.get("/en/about/").content.decode())
    assert alternates == {
        "fr": "http://testserver/fr/a-propos/",
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/fr/a-propos/",
    }


def test_an_untranslated_page_declares_no_false_alternate(client, site_tree):
    StandardPageFactory(parent=site_tree["home_fr"], slug="seulement-fr", locale=french())
    alternates = _alternates(client.get("/fr/seulement-fr/").content.decode())
    assert alternates == {
        "fr": "http://testserver/fr/seulement-fr/",
        "x-default": "http://testserver/fr/seulement-fr/",
    }


def test_language_switcher_goes_to_the_translated_page(client, site_tree):
    html = client.get("/fr/a-propos/").content.decode()
    assert _links_to(html, "http://testserver/en/about/", "en")


def test_language_switcher_falls_back_to_the_home_page_without_translation(client, site_tree):
    StandardPageFactory(parent=site_tree["home_fr"], slug="seulement-fr", locale=french())
    html = client.get("/fr/seulement-fr/").content.decode()
    assert _links_to(html, "http://testserver/en/", "en")


def test_language_switcher_on_non_page_views_keeps_the_path(client, site_tree):
    html = client.get("/fr/search/?q=vente").content.decode()
    assert _links_to(html, "http://testserver/en/search/?q=vente", "en")


def test_ui_strings_are_translated_to_french(client, site_tree):
    with translation.override("fr"):
        assert translation.gettext("Skip to content") != "Skip to content"
    html = client.get("/fr/").content.decode()
    assert "Skip to content" not in html


def test_editors_can_translate_a_page_from_the_admin(client, site_tree, admin_user):

    page = StandardPageFactory(parent=site_tree["home_fr"], slug="a-traduire", locale=french())
    client.force_login(admin_user)
    response = client.post(
        f"/admin/translation/submit/page/{page.pk}/",
        {"locales": [site_tree["home_en"].locale_id]},
    )
    assert response.status_code == 302
    translation_page = StandardPage.objects.get(
        translation_key=page.translation_key, locale=site_tree["home_en"].locale
    )
    assert translation_page.get_parent().pk == site_tree["home_en"].pk
