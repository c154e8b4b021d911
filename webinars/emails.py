"""Every e-mail a registrant receives, queued through the outbox.

Each message is written with :func:`website.mail.queue_email` in the caller's
transaction, under a key naming the registration, the kind of message and the
invite sequence (plus the reminder offset and start time for reminders), so
re-running a cause never sends twice. Texts are rendered in the registrant's
language; dates and times in the organiser's time zone, written out in full.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.translation import gettext as _

from leads import api as leads
from webinars.ics import CANCEL, REQUEST, invite_calendar
from webinars.links import absolute, organiser_from_header, page_url, personal_url
from website.mail import queue_email

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


def _content(registration, kind, extra):
    """Subject, paragraphs and links of one kind of message (in the active language)."""
    webinar = registration.webinar
    title = _title(registration)
    join = personal_url(registration, "join")
    manage = personal_url(registration, "manage")
    replay = {"label": _("Watch the replay"), "url": join} if webinar.has_replay else None
    whitepaper = None
    if webinar.related_whitepaper_id and webinar.related_whitepaper.live:
        whitepaper = {
            "label": _("Read the related white paper"),
            "url": webinar.related_whitepaper.get_full_url(),
        }
    if kind in ("confirmation", "promoted"):
        subject = (
            _("You have a seat: %(title)s") if kind == "promoted" else _("Registered: %(title)s")
        ) % {"title": title}
        paragraphs = [
            _("A seat has just been freed for you. You are now registered for “%(title)s”.")
            if kind == "promoted"
            else _("Your registration for “%(title)s” is confirmed."),
            _("The invite is attached: open it to add the webinar to your calendar."),
        ]
        links = [
            {"label": _("Your personal join link"), "url": join},
            {"label": _("See or cancel your registration"), "url": manage},
        ]
    elif kind == "waitlisted":
        subject = _("Waiting list: %(title)s") % {"title": title}
        paragraphs = [
            _("“%(title)s” is full, so you are on the waiting list."),
            _("If a seat is freed, you will get it automatically, with your calendar invite."),
        ]
        links = [{"label": _("See or cancel your registration"), "url": manage}]
    elif kind == "update":
        subject = _("Updated: %(title)s") % {"title": title}
        paragraphs = [
            _("The time or the join link of “%(title)s” changed. Here are the new details."),
            _("Your calendar invite is updated by the attached file."),
        ]
        links = [
            {"label": _("Your personal join link"), "url": join},
            {"label": _("See or cancel your registration"), "url": manage},
        ]
    elif kind == "cancelled":
        subject = _("Registration cancelled: %(title)s") % {"title": title}
        paragraphs = [
            _("Your registration for “%(title)s” is cancelled."),
            _("The attached file removes the event from your calendar."),
        ]
        links = [{"label": _("See the webinar"), "url": page_url(webinar, registration.language)}]
    elif kind == "webinar_cancelled":
        subject = _("Cancelled: %(title)s") % {"title": title}
        paragraphs = [
            _("We are sorry: “%(title)s” is cancelled."),
            _("The attached file removes the event from your calendar."),
        ]
        links = []
    elif kind == "reminder":
        subject = _("Reminder: %(title)s, %(when)s") % {
            "title": title,
            "when": extra["offset_text"],
        }
        paragraphs = [
            _("“%(title)s” starts %(when)s.") % {"title": title, "when": extra["offset_text"]}
        ]
        links = [{"label": _("Your personal join link"), "url": join}]
        if extra.get("ask_confirmation"):
            paragraphs.append(
                _(
                    "This webinar is full and people are waiting for a seat. Still coming? "
                    "If not, give your seat away with one click."
                )
            )
            links.append(
                {"label": _("Give my seat away"), "url": personal_url(registration, "release")}
            )
        links.append({"label": _("See or cancel your registration"), "url": manage})
    elif kind == "followup_attended":
        subject = _("Thank you for attending “%(title)s”") % {"title": title}
        paragraphs = [
            _(
                "Thank you for joining us. Here is the replay, the slides "
                "and a question: how was it?"
            ),
        ]
        links = [link for link in [replay, whitepaper] if link]
        if webinar.slides_id:
            links.append(
                {"label": _("Download the slides"), "url": absolute(webinar, webinar.slides.url)}
            )
        links += [
            {"label": "★" * stars, "url": personal_url(registration, "rate", stars)}
            for stars in range(1, 6)
        ]
    elif kind == "followup_missed":
        subject = _("Sorry we missed you at “%(title)s”") % {"title": title}
        paragraphs = [_("You could not make it: no problem, the replay is waiting for you.")]
        links = [link for link in [replay, whitepaper] if link]
    else:
        raise ValueError(kind)
    return subject, [p % {"title": title} if "%(title)s" in p else p for p in paragraphs], links


def _title(registration):
    from webinars.ics import _localized_title

    return _localized_title(registration.webinar, registration.language)


# Follow-ups promote the replay, a white paper and a rating: marketing e-mails
# (RFC 8058 one-click unsubscribe). Confirmations, invites and reminders are
# the service the person asked for: transactional, no List-Unsubscribe.
MARKETING_KINDS = {"followup_attended", "followup_missed"}


def build_message(registration, kind, *, with_invite=True, **extra):
    """The `EmailMultiAlternatives` for `kind`, in the registrant's language.

    Invites are multipart/alternative (text, HTML, then text/calendar with the
    method), plus the same calendar attached as invite.ics. `with_invite=False`
    leaves the calendar out (people on the waiting list never had an invite,
    so there is nothing to cancel in their calendar).
    """
    contact = leads.identify(None, registration.email)
    with translation.override(registration.language):
        subject, paragraphs, links = _content(registration, kind, extra)
        context = {
            "preferences_url": leads.preferences_url(contact),
            "registration": registration,
            "greeting": (
                _("Hello %(name)s,") % {"name": registration.first_name}
                if registration.first_name
                else _("Hello,")
            ),
            "title": _title(registration),
            "when": when_text(registration.webinar, registration.language),
            "paragraphs": paragraphs,
            "links": links,
            "show_when": kind not in ("followup_attended", "followup_missed"),
        }
        text = render_to_string("webinars/email/message.txt", context)
        html = render_to_string("webinars/email/message.html", context)
    message = EmailMultiAlternatives(
        subject=subject.replace("\n", " ").replace("\r", " "),
        body=text,
        from_email=organiser_from_header(),
        to=[registration.email],
    )
    message.attach_alternative(html, "text/html")
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
