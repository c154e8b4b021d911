"""The public site shell in a real browser: languages, navigation, search, consent, mobile."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

MOBILE_WIDTH = 375


def path_is(path):
    """A URL pattern matching `path` on any host, ignoring the query string."""
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(\?.*)?$")


def test_home_page_renders_in_french_and_in_english(page):
    page.goto("/fr/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("Des contenus qui attirent vos futurs clients")

    page.goto("/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Content that attracts your future customers")


@pytest.mark.parametrize(
    ("accept_language", "expected_path", "expected_lang"),
    [("en-GB", "/en/", "en"), ("fr-FR", "/fr/", "fr")],
)
def test_root_redirects_by_accept_language(new_page, accept_language, expected_path, expected_lang):
    page = new_page(locale=accept_language)
    page.goto("/")
    expect(page).to_have_url(path_is(expected_path))
    expect(page.locator("html")).to_have_attribute("lang", expected_lang)


def test_language_switcher_goes_to_the_translation_and_back(page):
    page.goto("/fr/a-propos/")
    expect(page.locator("h1")).to_have_text("À propos")

    page.locator("a[data-language-link][hreflang='en']").click()
    expect(page).to_have_url(path_is("/en/about/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("About us")

    page.locator("a[data-language-link][hreflang='fr']").click()
    expect(page).to_have_url(path_is("/fr/a-propos/"))
    expect(page.locator("h1")).to_have_text("À propos")


def test_header_navigation_link_reaches_the_page(page):
    page.goto("/fr/")
    nav = page.get_by_role("navigation", name="Navigation principale")
    nav.get_by_role("link", name="Contact", exact=True).click()
    expect(page).to_have_url(path_is("/fr/contact/"))
    expect(page.locator("h1")).to_have_text("Contact")
    expect(nav.get_by_role("link", name="Contact", exact=True)).to_have_attribute(
        "aria-current", "page"
    )


def test_search_from_the_header_finds_a_demo_page(page):
    page.goto("/fr/")
    search = page.locator("header form[role='search']")
    search.locator("input[name='q']").fill("vente")
    search.locator("button[type='submit']").click()
    expect(page).to_have_url(re.compile(r"/fr/search/\?q=vente$"))
    results = page.locator(".search-results")
    expect(results.get_by_role("link", name="À propos")).to_be_visible()
    results.get_by_role("link", name="À propos").click()
    expect(page).to_have_url(path_is("/fr/a-propos/"))


def test_consent_banner_refusal_is_remembered(new_page):
    page = new_page(consent=None)
    page.goto("/fr/")
    banner = page.locator("[data-consent-banner]")
    expect(banner).to_be_visible()

    banner.get_by_role("button", name="Refuser").click()
    expect(banner).to_be_hidden()
    cookies = {cookie["name"]: cookie["value"] for cookie in page.context.cookies()}
    assert cookies.get("aimant_consent") == "refused"

    page.reload()
    expect(page.locator("h1")).to_be_visible()
    expect(banner).to_be_hidden()


def test_mobile_menu_toggle_opens_the_menu_without_horizontal_scroll(new_page):
    page = new_page(width=MOBILE_WIDTH, height=740)
    page.goto("/fr/")
    toggle = page.locator(".nav-toggle")
    menu_link = page.locator("#site-nav").get_by_role("link", name="Contact", exact=True)
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu_link).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu_link).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE_WIDTH

    menu_link.click()
    expect(page).to_have_url(path_is("/fr/contact/"))
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE_WIDTH
