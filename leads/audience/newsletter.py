"""Newsletter sign-up with double opt-in, e-mail preferences and one-click unsubscribe.

Sign-up stores nothing: the confirmation e-mail carries a signed token with
what the person typed, and consent is recorded only when they press the
button on the confirmation page (a POST, so a mail scanner following the
link confirms nothing). Every marketing e-mail carries a signed link to the
preferences page and RFC 8058 one-click unsubscribe headers; transactional
e-mails (a confirmation the person just asked for) carry neither.
"""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from leads.models import (
    Contact,
    EmailPreferences,
    EmailSuppression,
    InteractionKind,
    Purpose,
    Topic,
)
from leads.models.audience import suppression_hash
from leads.privacy import client_ip, may_contact, record_consent
from leads.tracking import identify, track
from website.mail import build_email, queue_email

SIGNUP_SALT = "leads.newsletter-signup"
PREFERENCES_SALT = "leads.email-preferences"
SIGNUP_VALID_SECONDS = 7 * 24 * 60 * 60
# The version of the consent sentence shown on the sign-up form.
CONSENT_TEXT_VERSION = "newsletter-2026-11"
# Several sign-ups of one address within this window send one e-mail.
RESEND_WINDOW_SECONDS = 10 * 60
RATE_LIMIT = 10
RATE_WINDOW_SECONDS = 60 * 60


class InvalidLink(Exception):
    """The signed link is forged, cut, expired or names a contact that no longer exists."""


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def rate_limited(request):
    """Whether this connection sent too many newsletter forms lately (counts this one)."""
    key = f"leads:newsletter:{client_ip(request)}"
    cache.add(key, 0, timeout=RATE_WINDOW_SECONDS)
    try:
        return cache.incr(key) > RATE_LIMIT
    except ValueError:
        return False


def _clean_topics(topics):
    return sorted({topic for topic in topics or [] if topic in Topic.values})


def _email_fingerprint(email):
    return hashlib.sha256(email.encode()).hexdigest()[:16]


def signup_token(email, language, topics):
    return signing.dumps(
        {"e": email, "l": language, "t": _clean_topics(topics)}, salt=SIGNUP_SALT, compress=True
    )


def read_signup_token(token):
    """The (email, language, topics) a confirmation link carries."""
    try:
        data = signing.loads(token, salt=SIGNUP_SALT, max_age=SIGNUP_VALID_SECONDS)
        return data["e"], data["l"], _clean_topics(data["t"])
    except (signing.BadSignature, KeyError, TypeError) as error:
        raise InvalidLink(str(error)) from None


@transaction.atomic
def request_signup(email, language, topics):
    """Queue the confirmation e-mail (transactional: no unsubscribe headers).

    Returns ``(delivery, created)``; a repeat within minutes sends nothing new.
    """
    token = signup_token(email, language, topics)
    url = absolute(reverse("leads:newsletter_confirm", args=[token]))
    context = {"url": url, "valid_days": SIGNUP_VALID_SECONDS // 86400}
    message = build_email("leads/emails/newsletter_confirm", context, language, to=[email])
    window = int(time.time() // RESEND_WINDOW_SECONDS)
    return queue_email(message, key=f"newsletter:confirm:{_email_fingerprint(email)}:{window}")


@transaction.atomic
def confirm_signup(request, token):
    """Record the consent the link carries; returns the contact. Idempotent."""
    email, language, topics = read_signup_token(token)
    # A new, confirmed opt-in lifts an earlier suppression: the person asked again.
    EmailSuppression.objects.filter(email_hash=suppression_hash(email)).delete()
    contact = identify(request, email)
    if not contact.preferred_language or contact.preferred_language != language:
        Contact.objects.filter(pk=contact.pk).update(preferred_language=language)
        contact.preferred_language = language
    preferences, _ = EmailPreferences.objects.get_or_create(contact=contact)
    preferences.topics = sorted(set(preferences.topics) | set(topics))
    preferences.languages = preferences.languages or [language]
    preferences.save()
    if not may_contact(contact, Purpose.MARKETING_EMAIL):
        record_consent(
            contact,
            Purpose.MARKETING_EMAIL,
            True,
            text_version=CONSENT_TEXT_VERSION,
            language=language,
            source="newsletter",
            request=request,
        )
        track(contact, InteractionKind.NEWSLETTER_SIGNUP, themes=topics, label="newsletter")
    return contact


# Preferences and unsubscribe -------------------------------------------------


def preferences_token(contact):
    """A signed, non-expiring token naming the contact (and its current address)."""
    return signing.dumps(
        {"c": contact.pk, "h": _email_fingerprint(contact.email)}, salt=PREFERENCES_SALT
    )


def contact_from_token(token):
    """The contact a preferences or unsubscribe link names; InvalidLink otherwise."""
    try:
        data = signing.loads(token, salt=PREFERENCES_SALT)
        contact = Contact.objects.filter(pk=data["c"]).first()
    except (signing.BadSignature, KeyError, TypeError) as error:
        raise InvalidLink(str(error)) from None
    if contact is None or _email_fingerprint(contact.email) != data["h"]:
        raise InvalidLink("unknown contact")
    return contact


def preferences_url(contact):
    return absolute(reverse("leads:email_preferences", args=[preferences_token(contact)]))


def one_click_unsubscribe_url(contact):
    return absolute(reverse("leads:one_click_unsubscribe", args=[preferences_token(contact)]))


def marketing_headers(contact):
    """RFC 8058 headers for a marketing e-mail to `contact`."""
    return {
        "List-Unsubscribe": f"<{one_click_unsubscribe_url(contact)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def add_marketing_headers(message, contact):
    """Mark `message` (an EmailMessage) as marketing: one-click unsubscribe headers.

    Other apps call this on every marketing or webinar-promotion e-mail before
    queue_email, and put :func:`preferences_url` in the footer. Transactional
    e-mails (confirmations, the link someone just asked for) must not call it.
    """
    message.extra_headers = {**(message.extra_headers or {}), **marketing_headers(contact)}
    return message


@transaction.atomic
def unsubscribe_all(contact, *, source, request=None):
    """Withdraw marketing consent (idempotent); returns whether anything changed."""
    if not may_contact(contact, Purpose.MARKETING_EMAIL):
        return False
    record_consent(
        contact,
        Purpose.MARKETING_EMAIL,
        False,
        text_version=CONSENT_TEXT_VERSION,
        language=contact.preferred_language,
        source=source,
        request=request,
    )
    return True


@transaction.atomic
def update_preferences(contact, *, topics, languages, frequency, request=None):
    """Save what the person chose on the preferences page."""
    preferences, _ = EmailPreferences.objects.get_or_create(contact=contact)
    known_languages = {code for code, _name in settings.LANGUAGES}
    preferences.topics = _clean_topics(topics)
    preferences.languages = sorted({code for code in languages if code in known_languages})
    if frequency in EmailPreferences.Frequency.values:
        preferences.frequency = frequency
    preferences.save()
    # A topic change changes the Mailchimp tags: touching the contact queues a sync.
    contact.save(update_fields=["updated_at"])
    return preferences
