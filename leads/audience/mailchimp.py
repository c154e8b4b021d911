"""Keep the Mailchimp audience in step with the contacts who consented.

Each change to a contact schedules one ``mailchimp`` delivery (coalesced: at
most one pending per contact). The sender reads the contact as it is when it
runs, never a snapshot, so a consent withdrawn while a sync waited in the
queue is sent as an unsubscribe. Bulk syncs go through Mailchimp's batch
operations. Without an API key, server prefix and list id, sync is off.
"""

import contextlib
import io
import json
import logging
import tarfile
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

import requests
from mailchimp_marketing import Client
from mailchimp_marketing.api_client import ApiClient, ApiClientError

from leads.models import (
    Contact,
    EmailPreferences,
    EmailSuppression,
    InteractionKind,
    LegalBasis,
    LifecycleStage,
    MailchimpMember,
    Purpose,
    ScoringSettings,
)
from leads.models.audience import subscriber_hash
from leads.privacy import may_contact
from website.models import Delivery
from website.outbox import (
    PermanentDeliveryError,
    TransientDeliveryError,
    register_sender,
    schedule_delivery,
)

logger = logging.getLogger("aimant.leads.mailchimp")

CHANNEL = "mailchimp"
# Mailchimp's answers that mean "this address can never be subscribed by the
# API": recognised by title, since the detail contains the address.
COMPLIANCE_TITLES = {"Member In Compliance State", "Forgotten Email Not Subscribed"}
# Operations per batch request; Mailchimp accepts more, smaller batches finish sooner.
BATCH_SIZE = 500
STAGE_TAG_PREFIX = "stage:"
LANGUAGE_TAG_PREFIX = "lang:"
FREQUENCY_TAG_PREFIX = "frequency:"
# Mailchimp refuses more than 10 simultaneous connections per key; workers
# share this cache counter to stay at 8, leaving room for staff tools.
MAX_CONCURRENT_CALLS = 8
SLOT_KEY = "leads:mailchimp:busy"
SLOT_TIMEOUT_SECONDS = 120
BUSY_RETRY_SECONDS = 5


def is_configured():
    """Whether the API key, server prefix and audience id are all set."""
    return bool(
        settings.MAILCHIMP_API_KEY
        and settings.MAILCHIMP_SERVER_PREFIX
        and settings.MAILCHIMP_LIST_ID
    )


class _RecordingApiClient(ApiClient):
    """The official client, keeping the last HTTP response so Retry-After can be read."""

    last_response = None

    def request(self, method, url, query_params=None, headers=None, body=None):
        self.last_response = None
        response = super().request(method, url, query_params, headers=headers, body=body)
        self.last_response = response
        return response


def client():
    """A configured Mailchimp client with a short timeout."""
    mailchimp = Client()
    api_client = _RecordingApiClient(
        {
            "api_key": settings.MAILCHIMP_API_KEY,
            "server": settings.MAILCHIMP_SERVER_PREFIX,
            "timeout": settings.MAILCHIMP_TIMEOUT,
        }
    )
    if settings.MAILCHIMP_API_HOST:
        api_client.host = settings.MAILCHIMP_API_HOST.rstrip("/")
    # Every API group holds the client it was built with: swap it everywhere.
    mailchimp.api_client = api_client
    for group in vars(mailchimp).values():
        if hasattr(group, "api_client"):
            group.api_client = api_client
    return mailchimp


class MailchimpError(Exception):
    """A Mailchimp answer, classified: `permanent`, `compliance`, `retry_after`."""

    def __init__(self, message, *, status=None, title="", retry_after=None):
        super().__init__(message)
        self.status = status
        self.title = title
        self.retry_after = retry_after

    @property
    def compliance(self):
        return self.title in COMPLIANCE_TITLES

    @property
    def transient(self):
        return self.status is None or self.status == 429 or self.status >= 500

    def as_delivery_error(self):
        if self.transient:
            return TransientDeliveryError(str(self), retry_after=self.retry_after)
        return PermanentDeliveryError(str(self))


def _error_body(text):
    if isinstance(text, dict):
        return text
    try:
        body = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return body if isinstance(body, dict) else {}


def _retry_after(api_client):
    response = getattr(api_client, "last_response", None)
    value = response.headers.get("Retry-After") if response is not None else None
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def call(mailchimp, operation, *args, **kwargs):
    """Run one client call; failures become a classified :class:`MailchimpError`."""
    try:
        result = operation(*args, **kwargs)
    except ApiClientError as error:
        if error.status_code is None:
            # The client wraps network errors and timeouts without a status.
            raise MailchimpError(f"Mailchimp unreachable: {type(error.text).__name__}") from None
        body = _error_body(error.text)
        title = body.get("title", "")
        raise MailchimpError(
            f"Mailchimp answered {error.status_code}: {title or 'error'}",
            status=error.status_code,
            title=title,
            retry_after=_retry_after(mailchimp.api_client),
        ) from None
    # The client returns the bare response when an answer has no JSON body,
    # even an error: check it rather than take it for success.
    if isinstance(result, requests.Response) and not result.ok:
        raise MailchimpError(
            f"Mailchimp answered {result.status_code}",
            status=result.status_code,
            retry_after=_retry_after(mailchimp.api_client),
        )
    return result


def score_band(contact, scoring=None):
    """A, B or C: both thresholds met, one met, none (what a campaign segments on)."""
    scoring = scoring or ScoringSettings.load()
    met = (contact.fit >= scoring.fit_threshold) + (
        contact.engagement >= scoring.engagement_threshold
    )
    return {2: "A", 1: "B"}.get(met, "C")


def _slug_tag(prefix, label):
    return f"{prefix}{label.strip()[:80]}" if label.strip() else ""


def member_tags(contact):
    """The tags Mailchimp should carry: themes, lifecycle stage, webinars, white papers,
    and the person's topics, languages and frequency.

    Stage tags of other stages are sent as inactive so a contact never holds two.
    """
    active = {_slug_tag(STAGE_TAG_PREFIX, contact.stage)}
    interactions = contact.interactions.filter(
        kind__in=[
            InteractionKind.WEBINAR_ATTENDANCE,
            InteractionKind.WHITEPAPER_DOWNLOAD,
            InteractionKind.NEWSLETTER_SIGNUP,
            InteractionKind.WEBINAR_REGISTRATION,
            InteractionKind.ARTICLE_READ,
        ]
    ).values_list("kind", "label", "themes")
    for kind, label, themes in interactions:
        if kind == InteractionKind.WEBINAR_ATTENDANCE:
            active.add(_slug_tag("webinar:", label))
        elif kind == InteractionKind.WHITEPAPER_DOWNLOAD:
            active.add(_slug_tag("whitepaper:", label))
        for theme in themes or []:
            if isinstance(theme, str):
                active.add(_slug_tag("theme:", theme))
    inactive = {
        f"{STAGE_TAG_PREFIX}{stage}" for stage in LifecycleStage.values if stage != contact.stage
    }
    preferences = EmailPreferences.objects.filter(contact=contact).first()
    if preferences is not None:
        for topic in preferences.topics:
            active.add(_slug_tag("topic:", topic))
        # Campaigns are segmented by language and frequency: the unchosen ones are
        # sent as inactive, so a changed preference removes the old tag.
        for code, _name in settings.LANGUAGES:
            chosen = code in (preferences.languages or [])
            (active if chosen else inactive).add(f"{LANGUAGE_TAG_PREFIX}{code}")
        for frequency in EmailPreferences.Frequency.values:
            chosen = frequency == preferences.frequency
            (active if chosen else inactive).add(f"{FREQUENCY_TAG_PREFIX}{frequency}")
    active.discard("")
    return [{"name": name, "status": "active"} for name in sorted(active)] + [
        {"name": name, "status": "inactive"} for name in sorted(inactive)
    ]


def member_body(contact, subscribed, scoring=None):
    """The PUT body for the member: status and merge fields from the current contact."""
    status = "subscribed" if subscribed else "unsubscribed"
    return {
        "email_address": contact.email,
        "status_if_new": status,
        "status": status,
        "language": contact.preferred_language,
        "merge_fields": {
            "FNAME": contact.first_name,
            "LNAME": contact.last_name,
            "COMPANY": contact.company,
            "LANGUAGE": contact.preferred_language,
            "SCOREBAND": score_band(contact, scoring),
        },
    }


def wants_sync(contact):
    """Whether Mailchimp should hear about the contact at all.

    Consented contacts are upserted; contacts already in Mailchimp are kept up
    to date (an unsubscribe must reach it); flagged and suppressed ones are left alone.
    """
    member = MailchimpMember.objects.filter(contact=contact).first()
    if member is not None:
        return not member.flagged
    if EmailSuppression.is_suppressed(contact.email):
        return False
    return may_contact(contact, Purpose.MARKETING_EMAIL)


def schedule_sync(contact, *, consent_changed=False):
    """Queue a sync of the contact after commit, unless one is already pending.

    `consent_changed` queues it even before the legal basis is updated (the
    sender decides with the state it finds). Returns the pending delivery, or
    None when sync is off or not wanted.
    """
    if not is_configured() or contact.pk is None:
        return None
    if consent_changed:
        member = MailchimpMember.objects.filter(contact=contact).first()
        if (member is not None and member.flagged) or EmailSuppression.is_suppressed(contact.email):
            return None
    elif not wants_sync(contact):
        return None
    prefix = f"{CHANNEL}:member:{contact.pk}:"
    pending = Delivery.objects.filter(
        channel=CHANNEL, status=Delivery.Status.PENDING, key__startswith=prefix
    ).first()
    if pending is not None:
        return pending
    delivery, _ = schedule_delivery(
        CHANNEL, f"{prefix}{uuid.uuid4().hex}", {"contact_id": contact.pk}
    )
    return delivery


def _flag(contact, email_hash, reason):
    MailchimpMember.objects.update_or_create(
        contact=contact,
        defaults={
            "email_hash": email_hash,
            "status": MailchimpMember.Status.UNSUBSCRIBED,
            "flagged": True,
            "flag_reason": reason[:255],
        },
    )


def _record_synced(contact, email_hash, subscribed):
    MailchimpMember.objects.update_or_create(
        contact=contact,
        defaults={
            "email_hash": email_hash,
            "status": (
                MailchimpMember.Status.SUBSCRIBED
                if subscribed
                else MailchimpMember.Status.UNSUBSCRIBED
            ),
            "synced_at": timezone.now(),
        },
    )


def sync_contact(contact, mailchimp=None):
    """Upsert the contact's member and tags as they are now; returns what was done.

    Raises :class:`MailchimpError`; a compliance answer flags the contact first.
    """
    if not wants_sync(contact):
        return "skipped"
    mailchimp = mailchimp or client()
    subscribed = may_contact(contact, Purpose.MARKETING_EMAIL)
    email_hash = subscriber_hash(contact.email)
    list_id = settings.MAILCHIMP_LIST_ID
    try:
        call(
            mailchimp,
            mailchimp.lists.set_list_member,
            list_id,
            email_hash,
            member_body(contact, subscribed),
        )
        call(
            mailchimp,
            mailchimp.lists.update_list_member_tags,
            list_id,
            email_hash,
            {"tags": member_tags(contact)},
        )
    except MailchimpError as error:
        if error.compliance:
            _flag(contact, email_hash, error.title)
            logger.warning("Mailchimp refused contact %s: %s", contact.pk, error.title)
        raise
    _record_synced(contact, email_hash, subscribed)
    return "subscribed" if subscribed else "unsubscribed"


class ConnectionSlot:
    """Hold one of the MAX_CONCURRENT_CALLS slots, or raise a transient error to come back."""

    def __enter__(self):
        cache.add(SLOT_KEY, 0, timeout=SLOT_TIMEOUT_SECONDS)
        try:
            busy = cache.incr(SLOT_KEY)
        except ValueError:  # the counter expired between add and incr
            cache.add(SLOT_KEY, 1, timeout=SLOT_TIMEOUT_SECONDS)
            busy = 1
        if busy > MAX_CONCURRENT_CALLS:
            self.__exit__()
            raise TransientDeliveryError(
                "Too many Mailchimp calls in progress.", retry_after=BUSY_RETRY_SECONDS
            )
        return self

    def __exit__(self, *exc_info):
        # The counter may have expired meanwhile: nothing to give back then.
        with contextlib.suppress(ValueError):
            cache.decr(SLOT_KEY)
        return False


@register_sender(CHANNEL)
def send_member_sync(delivery):
    """Outbox sender: sync the contact named in the payload, reading its current state."""
    if not is_configured():
        raise PermanentDeliveryError("Mailchimp is not configured.")
    contact = Contact.objects.filter(pk=delivery.payload.get("contact_id")).first()
    if contact is None:
        return {"result": "contact deleted"}
    with ConnectionSlot():
        try:
            result = sync_contact(contact)
        except MailchimpError as error:
            raise error.as_delivery_error() from None
    return {"result": result}


FORGET_CHANNEL = "mailchimp_forget"


def delete_member_permanently(email=None, mailchimp=None, *, email_hash=None):
    """Erase the member in Mailchimp for good (``actions/delete-permanent``).

    Takes the address or its subscriber hash. A member Mailchimp does not
    know (404) counts as deleted.
    """
    if not is_configured():
        return False
    mailchimp = mailchimp or client()
    try:
        call(
            mailchimp,
            mailchimp.lists.delete_list_member_permanent,
            settings.MAILCHIMP_LIST_ID,
            email_hash or subscriber_hash(email),
        )
    except MailchimpError as error:
        if error.status != 404:
            raise
    return True


def schedule_forget(email):
    """Queue the permanent delete of an erased person's member (payload: the hash only)."""
    email_hash = subscriber_hash(email)
    return schedule_delivery(
        FORGET_CHANNEL, f"mailchimp:forget:{email_hash}", {"subscriber_hash": email_hash}
    )


@register_sender(FORGET_CHANNEL)
def send_forget(delivery):
    """Outbox sender for erasures: retried like any sync, listed if it fails for good."""
    if not is_configured():
        raise PermanentDeliveryError("Mailchimp is not configured.")
    with ConnectionSlot():
        try:
            delete_member_permanently(email_hash=delivery.payload["subscriber_hash"])
        except MailchimpError as error:
            raise error.as_delivery_error() from None
    return {"result": "deleted"}


def ping(mailchimp=None):
    """Check the key and address: Mailchimp's health check answers "Everything's Chimpy!"."""
    mailchimp = mailchimp or client()
    return call(mailchimp, mailchimp.ping.get).get("health_status", "")


# Bulk sync -----------------------------------------------------------------


def contacts_to_sync():
    """Every contact Mailchimp should hear about, for an initial or full sync."""
    # One filter() call, so purpose and basis apply to the same legal-basis row.
    consenting = Contact.objects.filter(
        legal_bases__purpose=Purpose.MARKETING_EMAIL,
        legal_bases__basis__in=[LegalBasis.Basis.CONSENT, LegalBasis.Basis.LEGITIMATE_INTEREST],
    )
    known = Contact.objects.filter(mailchimp_member__flagged=False)
    return (consenting | known).distinct().order_by("pk")


def batch_operations(contacts, scoring=None):
    """Two operations per contact (member PUT, tags POST), named by contact id."""
    list_id = settings.MAILCHIMP_LIST_ID
    operations = []
    for contact in contacts:
        if not wants_sync(contact):
            continue
        subscribed = may_contact(contact, Purpose.MARKETING_EMAIL)
        path = f"/lists/{list_id}/members/{subscriber_hash(contact.email)}"
        operations.append(
            {
                "method": "PUT",
                "path": path,
                "operation_id": f"member-{contact.pk}",
                "body": json.dumps(member_body(contact, subscribed, scoring)),
            }
        )
        operations.append(
            {
                "method": "POST",
                "path": f"{path}/tags",
                "operation_id": f"tags-{contact.pk}",
                "body": json.dumps({"tags": member_tags(contact)}),
            }
        )
    return operations


def _read_batch_results(url):
    """Download the results archive and return its entries (each `response` decoded)."""
    answer = requests.get(url, timeout=settings.MAILCHIMP_TIMEOUT)
    answer.raise_for_status()
    entries = []
    with tarfile.open(fileobj=io.BytesIO(answer.content), mode="r:gz") as archive:
        for member in archive.getmembers():
            if not member.isfile() or not member.name.endswith(".json"):
                continue
            for entry in json.load(archive.extractfile(member)):
                response = entry.get("response")
                entry["response"] = _error_body(response) if isinstance(response, str) else {}
                entries.append(entry)
    return entries


def run_batch(operations, mailchimp=None, *, poll_seconds=None, max_polls=720):
    """Start a batch, wait until Mailchimp finishes it, return its result entries."""
    mailchimp = mailchimp or client()
    poll_seconds = settings.MAILCHIMP_BATCH_POLL_SECONDS if poll_seconds is None else poll_seconds
    batch = call(mailchimp, mailchimp.batches.start, {"operations": operations})
    for _ in range(max_polls):
        # A new batch reports 0 operations and "pending": only "finished" means done.
        status = call(mailchimp, mailchimp.batches.status, batch["id"])
        if status.get("status") == "finished":
            if not status.get("response_body_url"):
                return []
            return _read_batch_results(status["response_body_url"])
        time.sleep(poll_seconds)
    raise MailchimpError(f"Batch {batch['id']} did not finish in time.")


def apply_batch_results(entries, contacts_by_id):
    """Record each member operation's outcome; returns (synced, flagged, failed) counts."""
    synced = flagged = failed = 0
    for entry in entries:
        operation = entry.get("operation_id", "")
        if not operation.startswith("member-"):
            continue
        contact = contacts_by_id.get(operation.removeprefix("member-"))
        if contact is None:
            continue
        email_hash = subscriber_hash(contact.email)
        code = entry.get("status_code", 0)
        title = entry["response"].get("title", "")
        if 200 <= code < 300:
            _record_synced(contact, email_hash, entry["response"].get("status") == "subscribed")
            synced += 1
        elif title in COMPLIANCE_TITLES:
            _flag(contact, email_hash, title)
            flagged += 1
        else:
            failed += 1
    return synced, flagged, failed


def sync_all(mailchimp=None, *, batch_size=BATCH_SIZE, poll_seconds=None):
    """Bulk sync through batch operations; returns totals (synced, flagged, failed)."""
    mailchimp = mailchimp or client()
    scoring = ScoringSettings.load()
    totals = [0, 0, 0]
    contacts = list(contacts_to_sync())
    per_batch = max(1, batch_size // 2)
    for start in range(0, len(contacts), per_batch):
        chunk = contacts[start : start + per_batch]
        operations = batch_operations(chunk, scoring)
        if not operations:
            continue
        entries = run_batch(operations, mailchimp, poll_seconds=poll_seconds)
        with transaction.atomic():
            counts = apply_batch_results(entries, {str(c.pk): c for c in chunk})
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    return tuple(totals)
