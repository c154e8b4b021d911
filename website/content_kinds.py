"""The kinds of content on the editorial calendar: one shared vocabulary.

Each content app declares its kinds once, from its ``AppConfig.ready``::

    register_content_kind("webinar", _("Webinar"))

The calendar (``editorial.CalendarItem.kind``) takes its choices from here, so
the planning app never hard-codes what other apps publish. The stored values
are the short strings given here; changing one needs a data migration.
"""

_kinds = {}


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
