"""Newsletter in a real browser: sign up, confirm from the e-mail, one-click unsubscribe."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from leads.audience.newsletter import one_click_unsubscribe_url
from leads.models import Contact, Purpose
from leads.privacy import may_contact
from tests.e2e.conftest import CONSENT_COOKIE, DEFAULT_TIMEOUT_MS, DESKTOP, PERSON_USER_AGENT

pytestmark = pytest.mark.e2e

EMAIL = "hugo.bernard@acme.example"


@pytest.fixture
def mailbox(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    return Path(tmp_path)


@pytest.fixture
def person(browser, demo_site):
    context = browser.new_context(
        base_url=demo_site["url"], locale="fr-FR", viewport=DESKTOP, user_agent=PERSON_USER_AGENT
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.add_cookies([{"name": CONSENT_COOKIE, "value": "refused", "url": demo_site["url"]}])
    yield context.new_page()
    context.close()


def local_path(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_sign_up_confirm_and_unsubscribe_in_one_click(person, mailbox):

    person.goto("/newsletter/")
    form = person.locator("form.newsletter-form")
    form.locator("input[name=email]").fill(EMAIL)
    form.locator("select[name=language]").select_option("fr")
    form.locator("input[name=topics][value=webinars]").check()
    form.locator("input[name=consent]").check()
    # People take a few seconds to fill a form; the screening rejects faster ones.
    person.wait_for_timeout(3200)
    form.locator("button[type=submit]").click()
    expect(person.locator("[data-state=sent]")).to_be_visible()
    assert not Contact.objects.filter(email=EMAIL).exists()

    [message_file] = list(mailbox.glob("*.log"))
    message = message_file.read_text()
    assert f"To: {EMAIL}" in message
    assert "List-Unsubscribe" not in message  # a confirmation is transactional
    link = re.search(r"https?://\S+/newsletter/confirm/\S+/", message).group(0)

    person.goto(local_path(link))  # opening the link alone confirms nothing
    assert not Contact.objects.filter(email=EMAIL).exists()
    person.locator("form[method=post] button").click()
    expect(person.locator("[data-state=confirmed]")).to_be_visible()
    contact = Contact.objects.get(email=EMAIL)
    assert may_contact(contact, Purpose.MARKETING_EMAIL)

    # The mail client's one-click unsubscribe: a bare POST, no session, no CSRF token.
    answer = person.context.request.post(
        local_path(one_click_unsubscribe_url(contact)),
        data="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.ok
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)

    # The same link opened in the browser shows the state, with the preferences link.
    person.goto(local_path(one_click_unsubscribe_url(contact)))
    person.locator("form[method=post] button").click()
    expect(person.locator("[data-state=unsubscribed]")).to_be_visible()
