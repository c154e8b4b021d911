"""Calendar invites: MIME layout, iCalendar properties, updates and cancellations."""

from datetime import timedelta

from django.core import mail
from django.db import transaction

import icalendar
import pytest

from tests.factories import french
from tests.smtp import SMTPServer
from tests.webinars.factories import (
    RegistrationFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
)
from webinars import emails
from webinars import registration as service
from webinars.links import organiser
from webinars.models import Registration, WebinarStatus
from website.mail import message_to_payload, payload_to_message


def _calendar_part(message):
    content = next(
        c for c, mimetype in message.alternatives if mimetype.startswith("text/calendar")
    )
    return icalendar.Calendar.from_ical(content)


def _event(message):
    return _calendar_part(message).walk("VEVENT")[0]


def test_confirmation_mime_layout_and_invite_properties(webinar):
    registration = RegistrationFactory(webinar=webinar, language="en", first_name="Sarah")
    message = payload_to_message(
        message_to_payload(emails.build_message(registration, "confirmation"))
    )
    parsed = message.message()
    assert parsed.get_content_type() == "multipart/mixed"
    alternative, attachment = parsed.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    types = [part.get_content_type() for part in alternative.get_payload()]
    assert types == ["text/plain", "text/html", "text/calendar"]
    calendar_header = alternative.get_payload()[2]["Content-Type"].replace('"', "")
    assert calendar_header.startswith("text/calendar; method=REQUEST")
    assert calendar_header.lower().endswith("charset=utf-8")
    assert calendar_header.lower().count("charset") == 1
    assert attachment.get_filename() == "invite.ics"

    calendar = icalendar.Calendar.from_ical(attachment.get_payload(decode=True))
    assert calendar["method"] == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert event["uid"] == registration.ics_uid
    assert event["sequence"] == 0
    assert "dtstamp" in event
    for name in ("dtstart", "dtend"):
        assert event[name].to_ical().endswith(b"Z")
    assert event.decoded("dtstart") == webinar.starts_at
    name, address = organiser()
    assert str(event["organizer"]) == f"mailto:{address}"
    assert address in message.from_email and "noreply" not in address
    attendee = event["attendee"]
    assert str(attendee) == f"mailto:{registration.email}"
    assert attendee.params["RSVP"] == "FALSE"
    join = f"/webinars/join/{registration.signed_token}/"
    assert join in str(event["location"]) and join in str(event["url"])
    assert join in str(event["description"])
    assert join in message.body
    # Date and time written in the registrant's language.
    assert webinar.local_starts_at.strftime("%A") in message.body
    assert webinar.local_starts_at.strftime("%H:%M") in message.body


def test_french_registrant_reads_the_date_in_french(webinar):
    registration = RegistrationFactory(webinar=webinar, language="fr")
    body = emails.build_message(registration, "confirmation").body
    french_days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    assert french_days[webinar.local_starts_at.weekday()] in body


def test_reschedule_sends_an_update_with_the_same_uid_and_next_sequence(
    webinar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        service.register(webinar, email="lea@example.org", language="fr")
        webinar.save_revision().publish()  # first publish records what was announced
    original = _event(mail.outbox[0])
    webinar.starts_at += timedelta(hours=2)
    webinar.ends_at += timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        webinar.save_revision().publish()
        webinar.save_revision().publish()  # publishing again without change sends nothing
    assert len(mail.outbox) == 2
    update = _event(mail.outbox[1])
    assert _calendar_part(mail.outbox[1])["method"] == "REQUEST"
    assert update["uid"] == original["uid"]
    assert update["sequence"] == original["sequence"] + 1
    assert update.decoded("dtstart") == webinar.starts_at

    webinar.join_url = "https://teams.example.com/l/meetup-join/other"
    with django_capture_on_commit_callbacks(execute=True):
        webinar.save_revision().publish()
    assert _event(mail.outbox[2])["sequence"] == 2


def test_cancelling_the_webinar_sends_method_cancel_to_everyone(
    webinar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        service.register(webinar, email="a@example.org", language="fr")
        service.register(webinar, email="b@example.org", language="en")
        webinar.save_revision().publish()
        webinar.status = WebinarStatus.CANCELLED
        webinar.save_revision().publish()
    cancellations = mail.outbox[2:]
    assert sorted(m.to[0] for m in cancellations) == ["a@example.org", "b@example.org"]
    for message in cancellations:
        calendar = _calendar_part(message)
        assert calendar["method"] == "CANCEL"
        event = calendar.walk("VEVENT")[0]
        assert event["status"] == "CANCELLED" and event["sequence"] == 1
    assert set(Registration.objects.values_list("status", flat=True)) == {"cancelled"}


@pytest.fixture
def smtp(settings):
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 5
        yield server


@pytest.mark.django_db(transaction=True)
def test_confirmation_reaches_a_real_smtp_server_with_its_invite(smtp, site_tree):

    index = WebinarIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    webinar = WebinarPageFactory(parent=index, locale=french())
    with transaction.atomic():
        service.register(webinar, email="Lea@Example.org", language="fr", first_name="Léa")
    assert len(smtp.messages) == 1
    received = smtp.messages[0]
    assert received["rcpt_tos"] == ["lea@example.org"]
    message = received["message"]
    calendar_part = next(
        part for part in message.walk() if part.get_content_type() == "text/calendar"
    )
    assert calendar_part.get_param("method") == "REQUEST"
    calendar = icalendar.Calendar.from_ical(calendar_part.get_payload(decode=True))
    assert calendar.walk("VEVENT")[0]["attendee"] == "mailto:lea@example.org"
    assert any(part.get_filename() == "invite.ics" for part in message.walk())


def test_waitlisted_people_get_no_calendar_to_cancel(webinar, django_capture_on_commit_callbacks):
    webinar.capacity = 1
    webinar.save()
    with django_capture_on_commit_callbacks(execute=True):
        service.register(webinar, email="seat@example.org", language="fr")
        waiting = service.register(webinar, email="wait@example.org", language="fr").registration
        service.cancel(waiting)
    waitlist_notice, cancellation = mail.outbox[1], mail.outbox[2]
    for message in (waitlist_notice, cancellation):
        assert message.to == ["wait@example.org"]
        assert not [m for _c, m in message.alternatives if m.startswith("text/calendar")]
        assert message.attachments == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_kind_builds_in_the_registrants_language_with_its_links(webinar, language):
    registration = RegistrationFactory(webinar=webinar, language=language)
    join = f"/webinars/join/{registration.signed_token}/"
    manage = f"/webinars/registration/{registration.signed_token}/"
    hello = {"fr": "Bonjour Élodie,", "en": "Hello Élodie,"}[language]
    for kind in emails.KINDS:
        message = emails.build_message(
            registration, kind, offset_text="dans 1 heure", ask_confirmation=True
        )
        html = message.alternatives[0][0]
        assert message.body.startswith(hello), (kind, message.body)
        assert f'<html lang="{language}">' in html, kind
        assert "/email/preferences/" in message.body and "/email/preferences/" in html
        if kind in {"confirmation", "promoted", "update", "reminder"}:
            assert join in message.body and join in html, kind
        if kind not in {"webinar_cancelled", "followup_attended", "followup_missed", "cancelled"}:
            assert manage in message.body and manage in html, kind
        has_list_unsubscribe = "List-Unsubscribe" in message.extra_headers
        assert has_list_unsubscribe == (kind in emails.MARKETING_KINDS), kind
    with pytest.raises(ValueError):
        emails.build_message(registration, "unknown")
