"""Calendar objects built with `icalendar`: personal invites, public events and feeds.

Invites follow what Outlook, Gmail and Apple Calendar all accept and update:
one immutable UID per registration, a SEQUENCE that only grows, UTC times,
DTSTAMP, the organiser mailbox (also the From address) and the attendee with
RSVP=FALSE, and METHOD inside the calendar matching the e-mail part.
"""

from datetime import UTC, timedelta

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

import icalendar

from webinars.links import absolute, organiser, personal_url

PRODID = "-//Aimant//Webinars//FR"
REQUEST = "REQUEST"
CANCEL = "CANCEL"
PUBLISH = "PUBLISH"


def _calendar(method):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _utc(moment):
    return moment.astimezone(UTC)


def invite_description(registration):
    """The invite's text: summary, personal join link and self-service page."""
    webinar = registration.webinar
    with translation.override(registration.language):
        return "\n\n".join(
            [
                webinar.summary,
                _("Your personal join link: %(url)s") % {"url": personal_url(registration, "join")},
                _("See or cancel your registration: %(url)s")
                % {"url": personal_url(registration, "manage")},
            ]
        )


def invite_calendar(registration, method=REQUEST):
    """The invite of one registration (REQUEST, or CANCEL with STATUS:CANCELLED)."""
    webinar = registration.webinar
    calendar = _calendar(method)
    event = icalendar.Event()
    event.add("uid", registration.ics_uid)
    event.add("sequence", registration.sequence)
    event.add("dtstamp", _utc(timezone.now()))
    event.add("dtstart", _utc(webinar.starts_at))
    event.add("dtend", _utc(webinar.ends_at))
    event.add("summary", _localized_title(webinar, registration.language))
    join = personal_url(registration, "join")
    event.add("location", join)
    event.add("url", join)
    event.add("description", invite_description(registration))
    name, address = organiser()
    organizer = icalendar.vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = icalendar.vText(name)
    event.add("organizer", organizer)
    attendee = icalendar.vCalAddress(f"mailto:{registration.email}")
    if registration.full_name:
        attendee.params["cn"] = icalendar.vText(registration.full_name)
    attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = icalendar.vText("DECLINED" if method == CANCEL else "ACCEPTED")
    attendee.params["rsvp"] = icalendar.vText("FALSE")
    event.add("attendee", attendee)
    if method == CANCEL:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event["summary"])
        alarm.add("trigger", -timedelta(minutes=10))
        event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()


def _localized_title(webinar, language):
    locale = Locale.objects.filter(language_code=language).first()
    translated = webinar.get_translation_or_none(locale) if locale else None
    return (translated or webinar).title


def _public_event(page, request=None):
    event_page = page.event
    event = icalendar.Event()
    event.add("uid", f"webinar-{page.translation_key}@aimant")
    event.add("dtstamp", _utc(timezone.now()))
    event.add("dtstart", _utc(event_page.starts_at))
    event.add("dtend", _utc(event_page.ends_at))
    event.add("summary", page.title)
    url = page.get_full_url(request) or absolute(page, page.url or "/")
    event.add("url", url)
    event.add("location", url)
    event.add("description", f"{page.summary}\n\n{url}")
    event.add("status", "CANCELLED" if event_page.status == "cancelled" else "CONFIRMED")
    if event_page.last_published_at:
        event.add("last-modified", _utc(event_page.last_published_at))
    return event


def public_calendar(page, request=None):
    """An "add to calendar" file for anyone: METHOD:PUBLISH, no attendee."""
    calendar = _calendar(PUBLISH)
    calendar.add_component(_public_event(page, request))
    return calendar.to_ical()


def feed_calendar(index_page, request=None):
    """The upcoming webinars of one language's index as a subscribable feed."""
    calendar = _calendar(PUBLISH)
    calendar.add("x-wr-calname", index_page.title)
    for page in index_page.upcoming():
        calendar.add_component(_public_event(page, request))
    return calendar.to_ical()


def ics_response(data, filename):
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def parse(data):
    """Parse iCalendar bytes (used by tests and the e-mail preview)."""
    return icalendar.Calendar.from_ical(data)
