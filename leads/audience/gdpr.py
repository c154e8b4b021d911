"""Data-subject rights: export everything held about a person, erase it, purge the inactive.

Other apps hold data about contacts too (webinar registrations, download
links). leads never imports them; they answer two Wagtail hooks instead:

- ``aimant_export_contact(contact)`` returns a dict ``{section title: data}``
  (JSON-serialisable) added to the export;
- ``aimant_erase_contact(contact)`` deletes or anonymises what the app holds
  about the contact. It runs inside the erasure transaction, before the
  contact is deleted, while ``contact.email`` is still readable.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import Max, Q, TextField
from django.db.models.functions import Cast, Coalesce, Greatest
from django.utils import timezone

from wagtail import hooks

from leads.audience.mailchimp import is_configured, schedule_forget
from leads.models import (
    Contact,
    EmailPreferences,
    EmailSuppression,
    LifecycleStage,
    MailchimpMember,
    QuarantinedSubmission,
    RetentionPurge,
    ScoreEntry,
)
from leads.models.audience import suppression_hash
from website.models import Delivery

EXPORT_HOOK = "aimant_export_contact"
ERASE_HOOK = "aimant_erase_contact"
CONTACT_EXPORT_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "seniority",
    "company_size",
    "country",
    "phone",
    "preferred_language",
    "persona",
    "persona_label",
    "source",
    "first_touch",
    "last_touch",
    "stage",
    "fit",
    "know",
    "like",
    "trust",
    "created_at",
    "updated_at",
    "last_activity_at",
)


def _exported(value):
    """A contact field as JSON data: related objects (the persona) by their name."""
    return str(value) if isinstance(value, models.Model) else value


def export_contact(contact):
    """Everything held about the contact, as sections of JSON-serialisable data."""
    data = {
        "contact": {field: _exported(getattr(contact, field)) for field in CONTACT_EXPORT_FIELDS},
        "consents": list(
            contact.consent_events.order_by("created_at").values(
                "purpose",
                "granted",
                "text_version",
                "language",
                "source",
                "ip_address",
                "created_at",
            )
        ),
        "legal_bases": list(contact.legal_bases.values("purpose", "basis", "note", "updated_at")),
        "interactions": list(
            contact.interactions.order_by("occurred_at").values(
                "kind", "label", "subject", "themes", "data", "occurred_at"
            )
        ),
        "scores": list(
            ScoreEntry.objects.filter(contact=contact)
            .order_by("occurred_at", "pk")
            .values("rule_name", "dimension", "points", "occurred_at")
        ),
        "email_preferences": list(
            EmailPreferences.objects.filter(contact=contact).values(
                "topics", "languages", "frequency", "updated_at"
            )
        ),
        "mailchimp": list(
            MailchimpMember.objects.filter(contact=contact).values("status", "synced_at")
        ),
    }
    for exporter in hooks.get_hooks(EXPORT_HOOK):
        data.update(exporter(contact) or {})
    return data


def _deliveries_mentioning(email):
    """Outbox rows whose payload or error text contains the address."""
    return Delivery.objects.annotate(payload_text=Cast("payload", TextField())).filter(
        Q(payload_text__icontains=email) | Q(last_error__icontains=email)
    )


@transaction.atomic
def erase_contact(contact, *, suppress=True, reason="erasure request"):
    """Delete the contact and every personal trace of it, here, in other apps and Mailchimp.

    With `suppress`, a fingerprint of the address is kept so no import or sync
    adds the person again. Mailchimp's permanent delete is an outbox delivery
    written in the same transaction (retried, and listed for staff if it fails).
    """
    email = contact.email
    for eraser in hooks.get_hooks(ERASE_HOOK):
        eraser(contact)
    # Unsent messages to the person are dropped; sent ones lose their content.
    mentions = _deliveries_mentioning(email)
    mentions.filter(status__in=[Delivery.Status.PENDING, Delivery.Status.DEAD]).delete()
    mentions.update(payload={"erased": True}, last_error="")
    Delivery.objects.filter(
        channel="mailchimp", key__startswith=f"mailchimp:member:{contact.pk}:"
    ).delete()
    QuarantinedSubmission.objects.filter(email__iexact=email).delete()
    # A prospect's own account goes too; colleagues' accounts are never touched.
    get_user_model().objects.filter(
        email__iexact=email, is_staff=False, is_superuser=False
    ).delete()
    contact.visitors.all().delete()
    was_in_mailchimp = MailchimpMember.objects.filter(contact=contact).exists()
    contact.delete()
    if suppress:
        EmailSuppression.objects.get_or_create(
            email_hash=suppression_hash(email), defaults={"reason": reason[:50]}
        )
    if was_in_mailchimp and is_configured():
        schedule_forget(email)
    return True


def inactive_contacts(now=None):
    """Contacts with no activity that came from them since the retention cutoff.

    Activity that counts: an interaction (a click, a form, a registration) or
    a consent the person gave or withdrew. Customers are kept (contract basis).
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.LEADS_RETENTION_DAYS)
    last_seen = Greatest(
        "created_at",
        Coalesce(Max("interactions__occurred_at"), "created_at"),
        Coalesce(Max("consent_events__created_at"), "created_at"),
    )
    return (
        Contact.objects.exclude(stage=LifecycleStage.CUSTOMER)
        .annotate(last_seen=last_seen)
        .filter(last_seen__lt=cutoff),
        cutoff,
    )


def purge_inactive_contacts(now=None):
    """Erase every inactive contact and record the run; returns the report row."""
    contacts, cutoff = inactive_contacts(now)
    purged = 0
    for contact in list(contacts):
        # No suppression: the person did not object; they may come back.
        erase_contact(contact, suppress=False, reason="retention")
        purged += 1
    return RetentionPurge.objects.create(cutoff=cutoff, purged=purged)
