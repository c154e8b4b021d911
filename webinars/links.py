"""Absolute addresses for e-mails and calendars (no request at hand in tasks)."""

from email.utils import parseaddr

from django.conf import settings
from django.urls import reverse

from wagtail.models import Locale

DEFAULT_ORGANISER = "Aimant <webinaires@aimant.localhost>"


def organiser():
    """(name, address) of the mailbox that sends invites and organises the events.

    It is both the From of every webinar e-mail and the ORGANIZER of every
    invite: calendars accept updates only from the organiser, and replies to a
    no-reply address would be lost.
    """
    name, address = parseaddr(getattr(settings, "WEBINARS_ORGANISER_EMAIL", DEFAULT_ORGANISER))
    return name or "Aimant", address


def organiser_from_header():
    name, address = organiser()
    return f"{name} <{address}>"


def site_root(webinar):
    site = webinar.get_site()
    if site is not None:
        return site.root_url
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")


def absolute(webinar, path):
    return f"{site_root(webinar)}{path}"


def personal_url(registration, name, *extra):
    """The absolute address of a personal page (join, manage, cancel…) of `registration`."""
    path = reverse(f"webinars:{name}", args=[registration.signed_token, *extra])
    return absolute(registration.webinar, path)


def page_url(webinar, language):
    """The webinar page in `language` when translated, else the event's own page."""
    locale = Locale.objects.filter(language_code=language).first()
    translation = webinar.get_translation_or_none(locale) if locale else None
    page = translation or webinar
    return page.get_full_url() or absolute(webinar, page.url or "/")
