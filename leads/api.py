"""The public API of leads: the only module other apps import (issue #12).

Content apps (editorial, webinars, whitepapers) record what visitors do and
protect their public forms through these names, and never reach into leads'
internals; ``make lint`` (import-linter, ``[tool.importlinter]`` in
pyproject.toml) fails when they do. Import it as a module, so calls read
like the design's ``leads.track(...)``::

    from leads import api as leads

    contact = leads.identify(request, email, first_name=first_name)
    leads.track(contact, "webinar_registration", page)

People and what they do
    :func:`track`, :func:`identify`, :func:`contact_for`, :func:`contact_by_id`,
    :func:`record_consent`.
Marketing e-mail
    :func:`marketing_headers`, :func:`preferences_url`, :func:`is_suppressed`.
Public forms
    :class:`ScreenedFormMixin` (honeypot and signed timestamp, declared once),
    :func:`screen_submission` (quarantines spam; :class:`SpamReason` says why),
    :func:`form_timestamp`, :func:`rate_limited`, :func:`client_ip` (behind
    ``TRUSTED_PROXY_COUNT`` proxies only), :func:`is_bot`.
Blocks
    :class:`NewsletterSignupBlock`, for any page's StreamField.

Erasure and export reach other apps the other way round, through the Wagtail
hooks ``aimant_erase_contact(contact)`` and ``aimant_export_contact(contact)``
(see leads/audience/gdpr.py), so leads never imports them.

This module imports leads' models, so it can be imported only once Django's
app registry has loaded the apps (from models, views, forms, hooks), not from
``leads/__init__.py``, which Django imports before any model exists.
"""

from leads.audience.blocks import NewsletterSignupBlock
from leads.audience.newsletter import marketing_headers, preferences_url
from leads.clients import client_ip, is_bot, rate_limited
from leads.models import Contact, EmailSuppression
from leads.privacy import record_consent
from leads.screening import ScreenedFormMixin, SpamReason, form_timestamp, screen_submission
from leads.tracking import contact_for, identify, track

__all__ = [
    "NewsletterSignupBlock",
    "ScreenedFormMixin",
    "SpamReason",
    "client_ip",
    "contact_by_id",
    "contact_for",
    "form_timestamp",
    "identify",
    "is_bot",
    "is_suppressed",
    "marketing_headers",
    "preferences_url",
    "rate_limited",
    "record_consent",
    "screen_submission",
    "track",
]


def contact_by_id(contact_id):
    """The contact with this primary key (e.g. one an app keeps in the session), or None."""
    if not contact_id:
        return None
    return Contact.objects.filter(pk=contact_id).first()


def is_suppressed(email):
    """Whether the address was erased and must not be imported again (issue #8)."""
    return EmailSuppression.is_suppressed(email)
