"""The editorial calendar's shared vocabulary: kinds of content, and dated entries.

Each content app declares its kinds once, from its ``AppConfig.ready``::

    register_content_kind("webinar", _("Webinar"))

The calendar (``editorial.CalendarItem.kind``) takes its choices from here, so
the planning app never hard-codes what other apps publish. The stored values
are the short strings given here; changing one needs a data migration.

Apps that show dated things on the calendar which are not content pieces (a
webinar's live session) return :class:`CalendarEntry` objects from the
``aimant_calendar_entries`` hook; the calendar builds the same objects for its
own items.
"""

import datetime
from dataclasses import dataclass

_kinds = {}


@dataclass(frozen=True)
class CalendarEntry:
    """Something dated shown on the calendar; planned items and hook entries alike."""

    uid: str
    title: str
    starts_at: datetime.datetime
    kind_label: str
    status: str
    status_label: str
    colour: str
    url: str = ""
    assignee: str = ""
    language: str = ""
    # The editorial CalendarItem behind the entry, when there is one (None for
    # hook entries); typed loosely because the ground floor knows no app's models.
    item: object | None = None


def register_content_kind(value, label):
    """Declare a kind of content (`value` is stored in the database, `label` is shown)."""
    if _kinds.get(value, label) != label:
        raise ValueError(f"Content kind {value!r} is already registered with another label.")
    _kinds[value] = label


def content_kind_choices():
    """(value, label) pairs of every registered kind, in registration order.

    Used as a callable ``choices`` on model fields, so registering a kind never
    changes a migration.
    """
    return list(_kinds.items())


def content_kind_values():
    """The stored values of every registered kind."""
    return list(_kinds)


def content_kind_label(value):
    """The label of `value`, or `value` itself for a kind no app declares any more."""
    return _kinds.get(value, value)
