"""Every e-mail a registrant receives, queued through the outbox.

Each message is written with :func:`website.mail.queue_email` in the caller's
transaction, under a key naming the registration, the kind of message and the
invite sequence (plus the reminder offset and start time for reminders), so
re-running a cause never sends twice. Each kind is the templates
``webinars/emails/<kind>`` rendered by :func:`website.mail.build_email` in the
registrant's language; dates and times in the organiser's time zone, written
out in full.
"""

from django.utils import formats, translation
from django.utils.translation import gettext as _

import leads
from webinars.ics import CANCEL, REQUEST, _localized_title, invite_calendar
from webinars.links import absolute, organiser_from_header, page_url, personal_url
from website.mail import build_email, queue_email

INVITE_FILENAME = "invite.ics"
# Kinds whose e-mail carries the calendar invite, and with which method.
INVITE_METHODS = {
    "confirmation": REQUEST,
    "promoted": REQUEST,
    "update": REQUEST,
    "cancelled": CANCEL,
    "webinar_cancelled": CANCEL,
}


def when_text(webinar, language):
    """ "mardi 14 octobre 2025, 11:00–12:00 (Europe/Paris)" in `language`."""
    start, end = webinar.local_starts_at, webinar.local_ends_at
    with translation.override(language):
        day = formats.date_format(start, "l j F Y")
        return _("%(day)s, %(start)s–%(end)s (%(zone)s time)") % {
            "day": day,
            "start": formats.time_format(start, "H:i"),
            "end": formats.time_format(end, "H:i"),
            "zone": webinar.time_zone,
        }


def _context(registration, extra):
    """What the templates of every kind may show: the webinar and the personal links."""
    webinar = registration.webinar
    whitepaper = webinar.related_whitepaper if webinar.related_whitepaper_id else None
    join = personal_url(registration, "join")
    return {
        "registration": registration,
        "title": _localized_title(webinar, registration.language),
        "when": when_text(webinar, registration.language),
        "join_url": join,
        "manage_url": personal_url(registration, "manage"),
        "release_url": personal_url(registration, "release"),
        "webinar_url": page_url(webinar, registration.language),
        "replay_url": join if webinar.has_replay else "",
        "whitepaper_url": whitepaper.get_full_url() if whitepaper and whitepaper.live else "",
        "slides_url": absolute(webinar, webinar.slides.url) if webinar.slides_id else "",
        "ratings": [
            {"stars": "★" * stars, "url": personal_url(registration, "rate", stars)}
            for stars in range(1, 6)
        ],
        **extra,
    }


# Follow-ups promote the replay, a white paper and a rating: marketing e-mails
# (RFC 8058 one-click unsubscribe). Confirmations, invites and reminders are
# the service the person asked for: transactional, no List-Unsubscribe.
MARKETING_KINDS = {"followup_attended", "followup_missed"}
# Every kind, each the templates webinars/emails/<kind>{_subject.txt,.txt,.html}.
KINDS = (
    "confirmation",
    "promoted",
    "waitlisted",
    "update",
    "cancelled",
    "webinar_cancelled",
    "reminder",
    "followup_attended",
    "followup_missed",
)


def build_message(registration, kind, *, with_invite=True, **extra):
    """The `EmailMultiAlternatives` for `kind`, in the registrant's language.

    `extra` reaches the templates (a reminder's `offset_text` and
    `ask_confirmation`). Invites are multipart/alternative (text, HTML, then
    text/calendar with the method), plus the same calendar attached as
    invite.ics. `with_invite=False` leaves the calendar out (people on the
    waiting list never had an invite, so there is nothing to cancel in their
    calendar).
    """
    if kind not in KINDS:
        raise ValueError(kind)
    contact = leads.identify(None, registration.email)
    context = {**_context(registration, extra), "preferences_url": leads.preferences_url(contact)}
    message = build_email(
        f"webinars/emails/{kind}",
        context,
        registration.language,
        to=[registration.email],
        from_email=organiser_from_header(),
    )
    if kind in MARKETING_KINDS:
        message.extra_headers.update(leads.marketing_headers(contact))
    method = INVITE_METHODS.get(kind) if with_invite else None
    if method:
        calendar = invite_calendar(registration, method)
        message.attach_alternative(
            calendar.decode("utf-8"), f"text/calendar; method={method}; charset=UTF-8"
        )
        message.attach(INVITE_FILENAME, calendar, "application/ics")
    return message


def queue(registration, kind, *, key=None, **extra):
    """Queue one message; the default key is registration + kind + invite sequence."""
    key = key or f"webinars:registration:{registration.pk}:{kind}:seq{registration.sequence}"
    return queue_email(build_message(registration, kind, **extra), key)
