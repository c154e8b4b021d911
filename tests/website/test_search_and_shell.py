from django.test import Client

import pytest

from tests.factories import StandardPageFactory, english, french
from website.models import FooterText, NavigationMenu, NavigationMenuItem, SiteSettings


@pytest.fixture
def searchable(site_tree):
    for number in range(12):
        StandardPageFactory(
            parent=site_tree["home_fr"],
            title=f"Vente sociale, épisode {number}",
            slug=f"vente-sociale-{number}",
            locale=french(),
        )
    StandardPageFactory(
        parent=site_tree["home_en"], title="Zanzibar selling", slug="zanzibar", locale=english()
    )
    return site_tree


def test_search_finds_pages_of_the_visitors_language_only(client, searchable):
    response = client.get("/en/search/", {"q": "Zanzibar"})
    titles = [result.title for result in response.context["page_obj"].object_list]
    assert titles == ["Zanzibar selling"]
    assert client.get("/fr/search/", {"q": "Zanzibar"}).context["paginator"].count == 0


def test_search_results_are_paginated(client, searchable):
    first = client.get("/fr/search/", {"q": "vente"})
    assert first.context["paginator"].count == 12
    assert len(first.context["page_obj"].object_list) == 10
    assert "page=2" in first.content.decode()
    second = client.get("/fr/search/", {"q": "vente", "page": "2"})
    assert len(second.context["page_obj"].object_list) == 2


@pytest.mark.parametrize("page", ["abc", "999", "-1"])
def test_bad_page_numbers_fall_back_gracefully(client, searchable, page):
    response = client.get("/fr/search/", {"q": "vente", "page": page})
    assert response.status_code == 200


def test_empty_and_oversized_queries_never_fail(client, searchable):
    empty = client.get("/fr/search/", {"q": "   "})
    assert empty.status_code == 200
    assert list(empty.context["page_obj"].object_list) == []
    huge = client.get("/fr/search/", {"q": "vente " * 500})
    assert huge.status_code == 200
    assert len(huge.context["search_query"]) <= 200


def test_search_page_is_not_indexed_by_robots(client, searchable):
    assert (
        '<meta name="robots" content="noindex">' in client.get("/fr/search/?q=x").content.decode()
    )


def test_header_and_footer_come_from_the_admin_in_each_language(client, site_tree):
    for locale, page, label in [
        (french(), site_tree["about_fr"], "Qui sommes-nous"),
        (english(), site_tree["about_en"], "Who we are"),
    ]:
        NavigationMenu(
            location="header",
            locale=locale,
            items=[NavigationMenuItem(link_page=page, label=label)],
        ).save()
        FooterText.objects.create(locale=locale, body=f"<p>Footer {locale.language_code}</p>")

    french_html = client.get("/fr/").content.decode()
    english_html = client.get("/en/").content.decode()
    assert '<a href="/fr/a-propos/">Qui sommes-nous</a>' in french_html
    assert "Footer fr" in french_html and "Footer en" not in french_html
    assert '<a href="/en/about/">Who we are</a>' in english_html
    assert "Footer en" in english_html


def test_legal_links_follow_the_visitors_language(client, site_tree):
    settings = SiteSettings.for_site(site_tree["home_fr"].get_site())
    settings.legal_notice_page = site_tree["about_fr"]
    settings.save()
    assert 'href="/en/about/">About us</a>' in client.get("/en/").content.decode()
    assert 'href="/fr/a-propos/">À propos</a>' in client.get("/fr/").content.decode()


def test_public_pages_are_the_same_for_every_visitor(site_tree, django_user_model):
    anonymous = Client().get("/fr/a-propos/").content
    user = django_user_model.objects.create_user("lea", "lea@example.com")
    signed_in = Client()
    signed_in.force_login(user)
    assert signed_in.get("/fr/a-propos/").content == anonymous


@pytest.mark.urls("tests.website.failing_urls")
def test_server_errors_show_the_bilingual_500_page(db):
    response = Client(raise_request_exception=False).get("/explode/")
    assert response.status_code == 500
    assert "Une erreur est survenue" in response.content.decode()
    assert "Something went wrong" in response.content.decode()


def test_linkedin_sign_in_appears_when_configured(client, site_tree, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "linkedin",
                    "name": "LinkedIn",
                    "client_id": "id",
                    "secret": "secret",
                    "settings": {"server_url": "https://www.linkedin.com/oauth"},
                }
            ]
        }
    }
    html = client.get("/en/accounts/login/").content.decode()
    assert "LinkedIn" in html
    assert "/en/accounts/oidc/linkedin/login/" in html
