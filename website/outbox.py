"""Reliable delivery of outgoing side effects through `Delivery` rows.

Callers write a row with :func:`schedule_delivery` inside the transaction that
causes it; after commit a task runs :func:`deliver`, which claims the row,
calls the channel's sender and records the outcome. Transient failures are
retried with exponential backoff and jitter; permanent ones and exhausted
retries are dead-lettered for staff to inspect and retry from the admin.
"""

import logging
import random
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from django_tasks import task

from website.models import Delivery

logger = logging.getLogger("aimant.outbox")

# Long enough for any sender to finish; a row still "sending" after this was
# abandoned by a killed worker and goes back to the queue.
CLAIM_LEASE = timedelta(minutes=10)
BASE_BACKOFF_SECONDS = 30
MAX_BACKOFF_SECONDS = 6 * 60 * 60

_senders = {}


class TransientDeliveryError(Exception):
    """The send failed for a reason that may pass (network, 429, 5xx, SMTP 4xx).

    `retry_after` (seconds) lets a sender pass on what the remote side asked for.
    """

    def __init__(self, message, *, retry_after=None):
        super().__init__(message)
        self.retry_after = retry_after


class PermanentDeliveryError(Exception):
    """The send can never succeed as it is (refused recipient, 4xx API error)."""


def register_sender(channel):
    """Register the function that sends deliveries of `channel`.

    The function receives the claimed `Delivery` and returns an optional dict
    merged into its payload (for instance to redact what was sent); it raises
    :class:`TransientDeliveryError` or :class:`PermanentDeliveryError`.
    """

    def decorator(func):
        _senders[channel] = func
        return func

    return decorator


def schedule_delivery(channel, key, payload):
    """Create the delivery for `key` unless it exists, and send it after commit.

    Returns ``(delivery, created)``. Must be called inside the transaction
    that causes the delivery, so both are stored or neither is.
    """
    with transaction.atomic():
        delivery, created = Delivery.objects.get_or_create(
            key=key, defaults={"channel": channel, "payload": payload}
        )
    if created:
        transaction.on_commit(lambda: enqueue_delivery(delivery.pk))
    return delivery, created


def enqueue_delivery(delivery_id, run_after=None):
    """Hand the delivery to the task queue; the row, not the queue, is the truth."""
    send = deliver_task
    if run_after is not None and send.get_backend().supports_defer:
        send = send.using(run_after=run_after)
    send.enqueue(delivery_id)


def backoff_delay(attempts, *, retry_after=None):
    """Exponential backoff with full jitter, at least what the remote asked for."""
    ceiling = min(MAX_BACKOFF_SECONDS, BASE_BACKOFF_SECONDS * 2 ** max(attempts - 1, 0))
    delay = random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not security
    if retry_after:
        delay = max(delay, float(retry_after))
    return timedelta(seconds=delay)


def claim(delivery_id):
    """Atomically take the delivery for sending; None when it is not ours to send."""
    now = timezone.now()
    claimed = Delivery.objects.filter(
        pk=delivery_id, status=Delivery.Status.PENDING, next_attempt_at__lte=now
    ).update(
        status=Delivery.Status.SENDING,
        claimed_until=now + CLAIM_LEASE,
        attempts=F("attempts") + 1,
    )
    if not claimed:
        return None
    return Delivery.objects.get(pk=delivery_id)


def deliver(delivery_id):
    """Send one delivery if it is due and unclaimed; record the outcome."""
    delivery = claim(delivery_id)
    if delivery is None:
        return None
    sender = _senders.get(delivery.channel)
    try:
        if sender is None:
            raise PermanentDeliveryError(f"No sender is registered for {delivery.channel!r}.")
        changes = sender(delivery) or {}
    except PermanentDeliveryError as error:
        _dead_letter(delivery, str(error))
    except TransientDeliveryError as error:
        _retry_or_dead_letter(delivery, str(error), retry_after=error.retry_after)
    except Exception as error:
        logger.exception("Delivery %s failed unexpectedly", delivery.pk)
        _retry_or_dead_letter(delivery, f"{type(error).__name__}: {error}")
    else:
        delivery.payload = {**delivery.payload, **changes}
        delivery.status = Delivery.Status.SENT
        delivery.sent_at = timezone.now()
        delivery.claimed_until = None
        delivery.last_error = ""
        delivery.save(update_fields=["payload", "status", "sent_at", "claimed_until", "last_error"])
    return delivery.status


@task()
def deliver_task(delivery_id: int):
    """Send one delivery in the background (claims it first, so a duplicate run sends nothing)."""
    return deliver(delivery_id)


def _dead_letter(delivery, error):
    logger.warning("Delivery %s dead-lettered after %s attempt(s)", delivery.pk, delivery.attempts)
    delivery.status = Delivery.Status.DEAD
    delivery.claimed_until = None
    delivery.last_error = error
    delivery.save(update_fields=["status", "claimed_until", "last_error"])


def _retry_or_dead_letter(delivery, error, *, retry_after=None):
    if delivery.attempts >= settings.DELIVERY_MAX_ATTEMPTS:
        _dead_letter(delivery, error)
        return
    delivery.status = Delivery.Status.PENDING
    delivery.claimed_until = None
    delivery.last_error = error
    delivery.next_attempt_at = timezone.now() + backoff_delay(
        delivery.attempts, retry_after=retry_after
    )
    delivery.save(update_fields=["status", "claimed_until", "last_error", "next_attempt_at"])
    logger.info("Delivery %s will be retried at %s", delivery.pk, delivery.next_attempt_at)
    enqueue_delivery(delivery.pk, run_after=delivery.next_attempt_at)


def retry(delivery):
    """Put a dead-lettered delivery back in the queue (staff action)."""
    updated = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.DEAD).update(
        status=Delivery.Status.PENDING,
        attempts=0,
        next_attempt_at=timezone.now(),
        last_error="",
    )
    if updated:
        transaction.on_commit(lambda: enqueue_delivery(delivery.pk))
    return bool(updated)


def sweep(now=None, *, grace=timedelta(seconds=30)):
    """Re-trigger deliveries whose task was lost; return how many were re-queued.

    A row is lost when it has been due for longer than `grace` (its task never
    ran: the queue was flushed or the worker was down) or when its claim
    expired (the worker died while sending).
    """
    now = now or timezone.now()
    Delivery.objects.filter(status=Delivery.Status.SENDING, claimed_until__lt=now).update(
        status=Delivery.Status.PENDING, claimed_until=None, next_attempt_at=now - grace
    )
    due = Delivery.objects.filter(
        Q(status=Delivery.Status.PENDING) & Q(next_attempt_at__lte=now - grace)
    ).values_list("pk", flat=True)
    count = 0
    for delivery_id in due.iterator():
        enqueue_delivery(delivery_id)
        count += 1
    return count
