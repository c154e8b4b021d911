import json
import re
from datetime import timedelta

from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase

import icalendar
import pytest

from tests.editorial.factories import ThemeFactory
from tests.factories import PersonFactory, english, french, translate
from tests.screening import assert_screening_fields_once
from tests.webinars.factories import WebinarPageFactory
from webinars.models import WebinarIndexPage, WebinarPage
from webinars.models.pages import parse_offsets
from website.models import HomePage


def _json_ld(html):
    documents = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(document) for document in documents]


class WebinarPageRulesTests(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(WebinarIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(WebinarIndexPage, {WebinarPage})
        self.assertAllowedParentPageTypes(WebinarPage, {WebinarIndexPage})
        self.assertAllowedSubpageTypes(WebinarPage, set())
        self.assertCanCreateAt(HomePage, WebinarIndexPage)
        self.assertCanCreateAt(WebinarIndexPage, WebinarPage)


def test_webinar_page_shows_organiser_time_speakers_and_event_json_ld(client, webinar):
    speaker = PersonFactory(name="Claire Fontaine", linkedin_url="https://www.linkedin.com/in/cf")
    theme = ThemeFactory(name="Vente sociale", slug="vente-sociale")
    webinar.speakers.add(speaker)
    webinar.themes.add(theme)
    webinar.capacity = 20
    webinar.save_revision().publish()
    response = client.get(webinar.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Claire Fontaine" in html and "Vente sociale" in html
    local = timezone.localtime(webinar.starts_at, webinar.zone)
    assert local.strftime("%H:%M") in html
    assert "Europe/Paris" in html and "data-visitor-time" in html
    event = next(doc for doc in _json_ld(html) if doc.get("@type") == "Event")
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"]["@type"] == "VirtualLocation"
    assert event["offers"]["availability"] == "https://schema.org/InStock"
    assert event["startDate"] == local.isoformat()
    assert event["performer"][0]["name"] == "Claire Fontaine"
    assert 'name="consent"' in html
    assert_screening_fields_once(html)


def test_index_lists_upcoming_first_then_replays_and_filters_by_theme(client, webinar_index):
    theme = ThemeFactory(name="Prospection", slug="prospection")
    parent = webinar_index["fr"]
    later = WebinarPageFactory(parent=parent, locale=french(), title="Plus tard")
    sooner = WebinarPageFactory(
        parent=parent,
        locale=french(),
        title="Bientôt",
        starts_at=timezone.now() + timedelta(days=2),
        ends_at=timezone.now() + timedelta(days=2, hours=1),
    )
    sooner.themes.add(theme)
    sooner.save_revision().publish()
    WebinarPageFactory(
        parent=parent,
        locale=french(),
        title="Rediffusion",
        starts_at=timezone.now() - timedelta(days=5),
        ends_at=timezone.now() - timedelta(days=5) + timedelta(hours=1),
        replay_url="https://video.example.com/replay",
    )
    WebinarPageFactory(
        parent=parent,
        locale=french(),
        title="Passé sans replay",
        starts_at=timezone.now() - timedelta(days=3),
        ends_at=timezone.now() - timedelta(days=3) + timedelta(hours=1),
    )
    html = client.get(parent.url).content.decode()
    assert html.index("Bientôt") < html.index("Plus tard") < html.index("Rediffusion")
    assert "Passé sans replay" not in html
    filtered = client.get(parent.url, {"theme": "prospection"}).content.decode()
    assert "Bientôt" in filtered and "Plus tard" not in filtered
    assert later.title not in filtered


def test_home_page_lists_upcoming_webinars_through_the_hook(client, site_tree, webinar):
    html = client.get(site_tree["home_fr"].url).content.decode()
    assert "Vendre sur LinkedIn" in html


def test_translation_shares_the_event(client, webinar, webinar_index):
    english_page = translate(
        webinar, english(), title="Selling on LinkedIn", slug="selling-on-linkedin"
    )
    assert english_page.event.pk == webinar.pk
    response = client.get(english_page.url)
    assert response.status_code == 200
    assert "Selling on LinkedIn" in response.content.decode()


def test_reminder_offsets_are_parsed_and_validated():
    assert parse_offsets("7d, 1d, 1h, 10m") == [10080, 1440, 60, 10]

    with pytest.raises(ValueError):
        parse_offsets("7 weeks")


def test_public_calendar_and_feed_parse_with_icalendar(client, webinar, webinar_index):

    response = client.get(webinar.url + "calendar/")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["method"] == "PUBLISH"
    event = calendar.walk("VEVENT")[0]
    assert "attendee" not in event
    assert event.decoded("dtstart") == webinar.starts_at
    assert event["dtstart"].to_ical().endswith(b"Z")

    feed = icalendar.Calendar.from_ical(client.get(webinar_index["fr"].url + "feed/ics/").content)
    assert [str(e["summary"]) for e in feed.walk("VEVENT")] == ["Vendre sur LinkedIn"]
    english_feed = icalendar.Calendar.from_ical(
        client.get(webinar_index["en"].url + "feed/ics/").content
    )
    assert english_feed.walk("VEVENT") == []


def test_google_and_outlook_links_carry_utc_times(webinar):
    assert "dates=" in webinar.google_calendar_url()
    assert "calendar.google.com" in webinar.google_calendar_url()
    assert "outlook.office.com" in webinar.outlook_calendar_url()
