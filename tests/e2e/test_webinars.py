"""Registering for a webinar in a real browser; the invite read back from the file backend."""

import re
import zoneinfo
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PERSON_USER_AGENT
from tests.factories import french
from tests.webinars.factories import WebinarIndexPageFactory, WebinarPageFactory

pytestmark = pytest.mark.e2e

SEPARATOR = b"\n" + b"-" * 79 + b"\n"


@pytest.fixture
def mailbox(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)

    def read():
        messages = []
        for path in sorted(Path(tmp_path).glob("*.log"), key=lambda p: p.stat().st_mtime_ns):
            for chunk in path.read_bytes().split(SEPARATOR):
                if chunk.strip():
                    messages.append(message_from_bytes(chunk.lstrip(), policy=policy.default))
        return messages

    return read


@pytest.fixture
def webinar(demo_site):

    index = WebinarIndexPageFactory(parent=demo_site["home_fr"], locale=french())
    return WebinarPageFactory(parent=index, locale=french(), title="Vendre sur LinkedIn")


def _invite(message):
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
    return calendar, calendar.walk("VEVENT")[0]


def test_register_receive_invite_reschedule_and_cancel(new_page, webinar, mailbox):
    page = new_page(user_agent=PERSON_USER_AGENT)
    page.goto(webinar.url)
    expect(page.locator("h1")).to_have_text("Vendre sur LinkedIn")
    page.locator("input[name=email]").fill("Lea.Martin@Example.org")
    page.locator("input[name=first_name]").fill("Léa")
    page.locator("input[name=last_name]").fill("Martin")
    page.locator("input[name=company]").fill("Martin Industries")
    page.locator("input[name=consent]").check()
    page.wait_for_timeout(3200)  # people take a moment; instant submissions look like bots
    page.locator("form.registration-form button[type=submit]").click()
    expect(page.locator("[role=status]").first).to_be_visible()

    messages = mailbox()
    assert len(messages) == 1
    confirmation = messages[0]
    assert confirmation["To"] == "lea.martin@example.org"
    calendar, event = _invite(confirmation)
    assert calendar["method"] == "REQUEST"
    assert str(event["attendee"]) == "mailto:lea.martin@example.org"
    join = re.search(r"/webinars/join/[^/\s]+/", str(event["location"])).group(0)
    assert join in str(event["url"]) and join in str(event["description"])
    assert join in confirmation.get_body(preferencelist=("plain",)).get_content()
    assert any(part.get_filename() == "invite.ics" for part in confirmation.walk())

    # Rescheduled by an editor: the same UID comes back with SEQUENCE + 1.
    webinar.save_revision().publish()
    webinar.starts_at += timedelta(hours=1)
    webinar.ends_at += timedelta(hours=1)
    webinar.save_revision().publish()
    update_calendar, update = _invite(mailbox()[1])
    assert update_calendar["method"] == "REQUEST"
    assert update["uid"] == event["uid"] and update["sequence"] == event["sequence"] + 1

    # The registrant cancels from their personal page.
    manage = re.search(r"https?://\S+/webinars/registration/[^/\s]+/", str(event["description"]))
    page.goto(manage.group(0).replace(manage.group(0).split("/webinars/")[0], ""))
    page.locator("a[href*='/cancel/']").click()
    page.locator("main form button[type=submit]").click()
    expect(page.locator("[role=status]").first).to_be_visible()
    cancel_calendar, cancellation = _invite(mailbox()[2])
    assert cancel_calendar["method"] == "CANCEL"
    assert cancellation["uid"] == event["uid"] and cancellation["status"] == "CANCELLED"
    assert cancellation["sequence"] == update["sequence"] + 1


def test_visitor_sees_the_time_in_their_own_zone(browser, demo_site, webinar):
    context = browser.new_context(
        base_url=demo_site["url"], timezone_id="America/New_York", locale="fr-FR"
    )
    try:
        page = context.new_page()
        page.goto(webinar.url)
        visitor_time = page.locator("[data-visitor-time]").first
        expect(visitor_time).to_be_visible()
        expect(visitor_time).to_contain_text("America/New_York")
        local = webinar.starts_at.astimezone(zoneinfo.ZoneInfo("America/New_York"))
        expect(visitor_time).to_contain_text(local.strftime("%H:%M"))
    finally:
        context.close()
