"""The outbound CRM webhook: signed JSON events through the outbox.

Each event has a unique id the CRM can de-duplicate on; retries (and staff
re-sends) carry the same id. The signature is HMAC-SHA256 with the shared
secret over ``"<timestamp>.<body>"``, sent in ``X-Aimant-Signature`` with the
timestamp in ``X-Aimant-Timestamp``, so a receiver can also refuse replays.
"""

import hashlib
import hmac
import json
import time
import uuid

from django.utils import timezone

import requests

from leads.models import Contact, SalesSettings
from website.models import Delivery
from website.outbox import (
    PermanentDeliveryError,
    TransientDeliveryError,
    register_sender,
    schedule_delivery,
)

CHANNEL = "crm_webhook"
TIMEOUT_SECONDS = 10
SIGNATURE_HEADER = "X-Aimant-Signature"
TIMESTAMP_HEADER = "X-Aimant-Timestamp"
EVENT_HEADER = "X-Aimant-Event"
EVENT_ID_HEADER = "X-Aimant-Event-Id"


def sign(secret, timestamp, body):
    """Hex HMAC-SHA256 of ``"<timestamp>.<body>"`` (body as sent, bytes or text)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def lead_document(lead):
    """What the CRM receives about a lead: identity, score, stage, owner."""
    contact = lead.contact
    owner = contact.owner
    return {
        "id": lead.pk,
        "stage": lead.stage,
        "qualified_at": lead.qualified_at.isoformat() if lead.qualified_at else None,
        "assigned_via": lead.assigned_via,
        "owner": {"username": owner.get_username(), "email": owner.email} if owner else None,
        "contact": {
            "id": contact.pk,
            "email": contact.email,
            "first_name": contact.first_name,
            "last_name": contact.last_name,
            "company": contact.company,
            "job_title": contact.job_title,
            "country": contact.country,
            "language": contact.preferred_language,
            "lifecycle_stage": contact.stage,
            "score": {
                "fit": contact.fit,
                "know": round(contact.know, 2),
                "like": round(contact.like, 2),
                "trust": round(contact.trust, 2),
            },
            "first_touch": contact.first_touch,
            "last_touch": contact.last_touch,
        },
    }


def emit(event_type, lead, **extra):
    """Queue one event for the CRM (inside the caller's transaction); None when not configured."""
    sales_settings = SalesSettings.load()
    if not sales_settings.webhook_url:
        return None
    lead.contact = Contact.objects.select_related("owner").get(pk=lead.contact_id)
    lead.refresh_from_db()
    event_id = str(uuid.uuid4())
    body = json.dumps(
        {
            "id": event_id,
            "type": event_type,
            "occurred_at": timezone.now().isoformat(),
            "lead": lead_document(lead),
            **extra,
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    delivery, _created = schedule_delivery(
        CHANNEL,
        f"crm:{event_id}",
        {
            "event_id": event_id,
            "event": event_type,
            "url": sales_settings.webhook_url,
            "body": body,
        },
    )
    return delivery


def resend(delivery):
    """Send the same event again (same id, so the CRM can de-duplicate) as a new delivery."""
    event_id = delivery.payload["event_id"]
    copies = Delivery.objects.filter(key__startswith=f"crm:{event_id}").count()
    payload = {name: delivery.payload[name] for name in ("event_id", "event", "url", "body")}
    new, _created = schedule_delivery(CHANNEL, f"crm:{event_id}:resend:{copies}", payload)
    return new


def _response_excerpt(response):
    return response.text[:1000]


@register_sender(CHANNEL)
def send_webhook(delivery):
    """POST the event; 2xx is delivered, 429/5xx/network errors retry, other 4xx fail."""
    secret = SalesSettings.load().webhook_secret
    body = delivery.payload["body"].encode("utf-8")
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "Aimant-CRM-Webhook/1",
        EVENT_HEADER: delivery.payload["event"],
        EVENT_ID_HEADER: delivery.payload["event_id"],
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: f"sha256={sign(secret, timestamp, body)}",
    }
    try:
        response = requests.post(
            delivery.payload["url"], data=body, headers=headers, timeout=TIMEOUT_SECONDS
        )
    except requests.Timeout as error:
        raise TransientDeliveryError(f"Timed out after {TIMEOUT_SECONDS} s.") from error
    except requests.RequestException as error:
        raise TransientDeliveryError(f"{type(error).__name__}: {error}") from error
    result = f"HTTP {response.status_code}: {_response_excerpt(response)}"
    if 200 <= response.status_code < 300:
        return {
            "response_status": response.status_code,
            "response_body": _response_excerpt(response),
            "sent_at_timestamp": timestamp,
        }
    if response.status_code == 429 or response.status_code >= 500:
        retry_after = response.headers.get("Retry-After", "")
        raise TransientDeliveryError(
            result, retry_after=int(retry_after) if retry_after.isdigit() else None
        )
    raise PermanentDeliveryError(result)
