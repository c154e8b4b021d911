"""Contacts, tracking, scoring, the sales queue and privacy tools (issues #6-#8).

Other apps talk to leads through this small API only:

- ``leads.track(request_or_contact, kind, obj=None, **data)`` records an interaction;
- ``leads.identify(request, email, **fields)`` finds or creates the contact and
  merges the visitor's anonymous history into it;
- ``leads.record_consent(contact, purpose, granted, text_version=..., language=...)``;
- ``leads.marketing_headers(contact)`` / ``leads.preferences_url(contact)`` for
  marketing e-mails, ``leads.is_suppressed(email)`` for importers (issue #8).

Erasure and export reach other apps through the Wagtail hooks
``aimant_erase_contact(contact)`` and ``aimant_export_contact(contact)``
(see leads/audience/gdpr.py).

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


def marketing_headers(contact):
    """RFC 8058 ``List-Unsubscribe`` headers for a marketing e-mail to `contact` (issue #8).

    Add them (``message.extra_headers.update(...)``) to every marketing or
    promotional e-mail, never to transactional ones (a confirmation, a join link).
    """
    from leads.audience.newsletter import marketing_headers as _marketing_headers

    return _marketing_headers(contact)


def preferences_url(contact):
    """The signed link to the contact's e-mail preferences page, for e-mail footers."""
    from leads.audience.newsletter import preferences_url as _preferences_url

    return _preferences_url(contact)


def is_suppressed(email):
    """Whether the address was erased and must not be imported again."""
    from leads.models import EmailSuppression

    return EmailSuppression.is_suppressed(email)
