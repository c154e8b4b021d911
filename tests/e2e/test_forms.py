"""Shared form rendering in a real browser: errors shown and announced, honeypot out of reach."""

import os

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import CONSENT_COOKIE, DEFAULT_TIMEOUT_MS, DESKTOP

pytestmark = pytest.mark.e2e

# Headless Chromium says "HeadlessChrome", which the form screening treats as a bot.
PERSON_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/140.0 Safari/537.36"
)
SCREENSHOTS = os.environ.get("FORMS_SCREENSHOTS")  # a folder: keep screenshots to look at


@pytest.fixture
def person(browser, demo_site):
    context = browser.new_context(
        base_url=demo_site["url"], locale="fr-FR", viewport=DESKTOP, user_agent=PERSON_USER_AGENT
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.add_cookies([{"name": CONSENT_COOKIE, "value": "refused", "url": demo_site["url"]}])
    yield context.new_page()
    context.close()


def test_newsletter_errors_are_visible_wired_and_the_honeypot_is_unreachable(person):
    person.goto("/newsletter/")
    form = person.locator("form.newsletter-form")
    form.locator("input[name=email]").fill("pas-une-adresse")
    person.wait_for_timeout(3500)  # the screening rejects instant submissions
    form.locator("button[type=submit]").click()

    email = form.locator("input[name=email]")
    errors = form.locator("#id_email_error")
    expect(errors).to_be_visible()
    expect(errors).to_contain_text("Saisissez une adresse de courriel valide.")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_accessible_description("Saisissez une adresse de courriel valide.")
    expect(form.locator("#id_consent_error")).to_contain_text("Veuillez cocher la case")
    # One error style: the site's red, AA on white.
    assert errors.evaluate("e => getComputedStyle(e).color") == "rgb(185, 28, 28)"
    # Required fields are announced, not only starred.
    expect(email).to_have_accessible_name("Votre e-mail professionnel (obligatoire)")
    # The box comes first, its label on its right.
    box = form.locator("input[name=consent]").bounding_box()
    label = form.locator("label[for=id_consent]").bounding_box()
    assert box["x"] < label["x"]

    trap = form.locator("input[name=website]")
    assert trap.count() == 1
    where = trap.bounding_box()
    assert where is None or where["x"] + where["width"] <= 0  # off screen
    # Tabbing through the form never lands on it.
    email.focus()
    for _ in range(12):
        person.keyboard.press("Tab")
        assert person.evaluate("document.activeElement.name") != "website"
    if SCREENSHOTS:
        person.screenshot(path=os.path.join(SCREENSHOTS, "newsletter.png"), full_page=True)
