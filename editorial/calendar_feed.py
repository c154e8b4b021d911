"""The team's editorial calendar as an iCalendar feed, one secret address per member.

Calendar apps poll the address; each planned item is one event whose UID never
changes, so moving an item moves the event instead of duplicating it.
"""

import datetime

from django.utils import timezone

from wagtail.models import Site

from icalendar import Calendar, Event

from editorial import planning
from editorial.models import CalendarFeedToken

FEED_PAST = datetime.timedelta(days=92)
FEED_FUTURE = datetime.timedelta(days=366)
EVENT_LENGTH = datetime.timedelta(minutes=30)


def feed_token_for(user):
    """The member's current feed token, created on first use."""
    token, _created = CalendarFeedToken.objects.get_or_create(user=user)
    return token


def user_for_token(token):
    """The active member who owns `token` and may still see the calendar, or None."""
    if not token or len(token) > 64:
        return None
    found = CalendarFeedToken.objects.select_related("user").filter(token=token).first()
    if found is None or not found.user.is_active:
        return None
    if not found.user.has_perm("editorial.view_calendaritem"):
        return None
    return found.user


def uid_domain():
    site = Site.objects.filter(is_default_site=True).first()
    return site.hostname if site else "aimant.localhost"


def build_feed(now=None, *, admin_base_url=""):
    """The calendar from three months back to a year ahead, as iCalendar bytes."""
    now = now or timezone.now()
    calendar = Calendar()
    calendar.add("prodid", "-//Aimant//Editorial calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Aimant — editorial calendar")
    calendar.add("x-wr-timezone", "UTC")
    domain = uid_domain()
    for entry in planning.entries_between(now - FEED_PAST, now + FEED_FUTURE):
        event = Event()
        event.add("uid", f"{entry.uid.split('@', 1)[0]}@{domain}")
        event.add("dtstamp", now)
        starts_at = entry.starts_at.astimezone(datetime.UTC)
        event.add("dtstart", starts_at)
        event.add("dtend", starts_at + EVENT_LENGTH)
        event.add("summary", f"[{entry.kind_label}] {entry.title}")
        details = [f"{entry.kind_label} · {entry.status_label}"]
        if entry.assignee:
            details.append(entry.assignee)
        if entry.url:
            details.append(admin_base_url + entry.url)
        event.add("description", "\n".join(details))
        event.add("status", "CONFIRMED" if entry.status == "published" else "TENTATIVE")
        event.add("transp", "TRANSPARENT")
        if entry.item is not None:
            event.add("last-modified", entry.item.updated_at.astimezone(datetime.UTC))
            if entry.item.theme_id:
                event.add("categories", [entry.item.theme.name])
        if entry.url:
            event.add("url", admin_base_url + entry.url)
        calendar.add_component(event)
    return calendar.to_ical()
