"""Mailchimp's audience webhook: unsubscribes, cleaned addresses and profile edits.

Mailchimp does not sign its calls: the secret is a path segment, compared in
constant time by the view. Events repeat during Mailchimp's retries and come
back as echoes of Aimant's own upserts, so every handler is idempotent and
changes nothing when nothing differs.
"""

import logging
import re
from urllib.parse import parse_qsl

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from leads.models import Contact, MailchimpMember, Purpose
from leads.models.audience import subscriber_hash
from leads.models.contacts import normalise_email
from leads.privacy import may_contact, record_consent

logger = logging.getLogger("aimant.leads.mailchimp")

EVENT_TYPES = {"subscribe", "unsubscribe", "profile", "upemail", "cleaned", "campaign"}
TEXT_VERSION = "mailchimp-webhook"
_KEY_PART = re.compile(r"\[([^\[\]]*)\]")


class MalformedWebhook(ValueError):
    """The body is not a Mailchimp audience event Aimant can read."""


def parse_body(body):
    """Decode the form body into nested dicts: ``data[merges][FNAME]`` → data/merges/FNAME.

    Django's ``request.POST`` keeps such keys flat, hence this parser.
    """
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
    except (UnicodeDecodeError, ValueError) as error:
        raise MalformedWebhook("The body is not form-encoded.") from error
    event = {}
    for key, value in pairs:
        head, _, tail = key.partition("[")
        parts = [head] + (_KEY_PART.findall("[" + tail) if tail else [])
        node = event
        for part in parts[:-1]:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise MalformedWebhook(f"The key {key!r} clashes with another.")
            node = child
        if isinstance(node.get(parts[-1]), dict):
            raise MalformedWebhook(f"The key {key!r} clashes with another.")
        node[parts[-1]] = value
    return event


def _email(data, key="email"):
    email = normalise_email(data.get(key))
    try:
        validate_email(email)
    except ValidationError:
        raise MalformedWebhook(f"data[{key}] is not an e-mail address.") from None
    return email


def _contact(email):
    return Contact.objects.filter(email=email).first()


def _set_member_status(contact, status, *, flag_reason=""):
    defaults = {"email_hash": subscriber_hash(contact.email), "status": status}
    if flag_reason:
        defaults.update(flagged=True, flag_reason=flag_reason)
    MailchimpMember.objects.update_or_create(contact=contact, defaults=defaults)


def _withdraw(contact, source):
    if may_contact(contact, Purpose.MARKETING_EMAIL):
        record_consent(
            contact,
            Purpose.MARKETING_EMAIL,
            False,
            text_version=TEXT_VERSION,
            language=contact.preferred_language,
            source=source,
        )


def _apply_profile(contact, merges):
    """Copy what the person edited in Mailchimp; save only when something differs."""
    languages = {code for code, _name in settings.LANGUAGES}
    wanted = {
        "first_name": merges.get("FNAME", ""),
        "last_name": merges.get("LNAME", ""),
        "company": merges.get("COMPANY", ""),
    }
    if merges.get("LANGUAGE") in languages:
        wanted["preferred_language"] = merges["LANGUAGE"]
    changed = []
    for field, value in wanted.items():
        value = (value or "").strip()[: Contact._meta.get_field(field).max_length]
        if value and getattr(contact, field) != value:
            setattr(contact, field, value)
            changed.append(field)
    if changed:
        contact.save(update_fields=[*changed, "updated_at"])
    return changed


def on_subscribe(data):
    contact = _contact(_email(data))
    if contact is None or may_contact(contact, Purpose.MARKETING_EMAIL):
        # Unknown people stay in Mailchimp only; an echo of our own upsert changes nothing.
        return "ignored"
    record_consent(
        contact,
        Purpose.MARKETING_EMAIL,
        True,
        text_version=TEXT_VERSION,
        language=contact.preferred_language,
        source="mailchimp:subscribe",
    )
    _set_member_status(contact, MailchimpMember.Status.SUBSCRIBED)
    return "subscribed"


def on_unsubscribe(data):
    contact = _contact(_email(data))
    if contact is None:
        return "ignored"
    deleted = data.get("action") == "delete"
    _set_member_status(
        contact,
        MailchimpMember.Status.DELETED if deleted else MailchimpMember.Status.UNSUBSCRIBED,
    )
    _withdraw(contact, f"mailchimp:unsubscribe:{data.get('reason', '')}"[:255])
    return "unsubscribed"


def on_cleaned(data):
    contact = _contact(_email(data))
    if contact is None:
        return "ignored"
    # The address bounces: flag first, so the withdrawal queues no sync.
    _set_member_status(
        contact,
        MailchimpMember.Status.CLEANED,
        flag_reason=f"cleaned ({data.get('reason', '')})"[:255],
    )
    _withdraw(contact, "mailchimp:cleaned")
    return "cleaned"


def on_profile(data):
    contact = _contact(_email(data))
    if contact is None:
        return "ignored"
    merges = data.get("merges")
    return (
        "updated"
        if _apply_profile(contact, merges if isinstance(merges, dict) else {})
        else "unchanged"
    )


def on_upemail(data):
    old, new = _email(data, "old_email"), _email(data, "new_email")
    contact = _contact(old)
    if contact is None or old == new:
        return "ignored"
    if Contact.objects.filter(email=new).exists():
        # Two contacts would share an address: staff merge them by hand.
        logger.warning("Mailchimp address change for contact %s clashes with another", contact.pk)
        return "conflict"
    contact.email = new
    contact.save(update_fields=["email", "updated_at"])
    MailchimpMember.objects.filter(contact=contact).update(email_hash=subscriber_hash(new))
    return "email changed"


HANDLERS = {
    "subscribe": on_subscribe,
    "unsubscribe": on_unsubscribe,
    "cleaned": on_cleaned,
    "profile": on_profile,
    "upemail": on_upemail,
}


@transaction.atomic
def handle_event(body):
    """Apply one webhook body; returns what was done. Raises :class:`MalformedWebhook`."""
    event = parse_body(body)
    kind = event.get("type")
    data = event.get("data")
    if kind not in EVENT_TYPES or not isinstance(data, dict):
        raise MalformedWebhook("Unknown event type or missing data.")
    if data.get("list_id") != settings.MAILCHIMP_LIST_ID:
        # Another audience of the same account: not ours to apply.
        return "other audience"
    handler = HANDLERS.get(kind)
    return handler(data) if handler else "ignored"
