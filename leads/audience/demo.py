"""Demo audience: e-mail preferences for the demo subscribers, a suppressed address,
and one retention run, so the Audience screens have something to show."""

from django.db import transaction

from leads.audience.gdpr import purge_inactive_contacts
from leads.demo import DEMO_DOMAIN
from leads.models import (
    Contact,
    EmailPreferences,
    EmailSuppression,
    Purpose,
    RetentionPurge,
    Topic,
)
from leads.models.audience import suppression_hash
from leads.privacy import may_contact

# Someone who unsubscribed and whose data was erased: only the fingerprint remains.
SUPPRESSED_DEMO_ADDRESS = f"ancien.abonne@{DEMO_DOMAIN}"


@transaction.atomic
def seed_audience():
    """Idempotent; returns a one-line summary."""
    topics = Topic.values
    created = 0
    subscribers = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").order_by("pk")
    for contact in subscribers:
        if not may_contact(contact, Purpose.MARKETING_EMAIL):
            continue
        _preferences, was_created = EmailPreferences.objects.get_or_create(
            contact=contact,
            defaults={
                "topics": [
                    topics[contact.pk % len(topics)],
                    topics[(contact.pk + 1) % len(topics)],
                ],
                "languages": [contact.preferred_language or "fr"],
                "frequency": EmailPreferences.Frequency.WEEKLY
                if contact.pk % 3 == 0
                else EmailPreferences.Frequency.MONTHLY,
            },
        )
        created += was_created
    EmailSuppression.objects.get_or_create(
        email_hash=suppression_hash(SUPPRESSED_DEMO_ADDRESS), defaults={"reason": "unsubscribed"}
    )
    if not RetentionPurge.objects.exists():
        # A real run: the demo contacts are all recent, so it purges nobody.
        purge_inactive_contacts()
    total = EmailPreferences.objects.count()
    return f"Audience: {total} subscribers with e-mail preferences ({created} new)."
