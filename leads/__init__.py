"""Contacts, tracking, scoring, the sales queue and privacy tools (issues #6-#8).

Other apps talk to leads through this small API only:

- ``leads.track(request_or_contact, kind, obj=None, **data)`` records an interaction;
- ``leads.identify(request, email, **fields)`` finds or creates the contact and
  merges the visitor's anonymous history into it;
- ``leads.record_consent(contact, purpose, granted, text_version=..., language=...)``.

The functions import lazily so that importing `leads` never loads models
before Django's app registry is ready.
"""


def track(request_or_contact, kind, obj=None, **data):
    from leads.tracking import track as _track

    return _track(request_or_contact, kind, obj, **data)


def identify(request, email, **fields):
    from leads.tracking import identify as _identify

    return _identify(request, email, **fields)


def record_consent(contact, purpose, granted, **details):
    from leads.privacy import record_consent as _record_consent

    return _record_consent(contact, purpose, granted, **details)
