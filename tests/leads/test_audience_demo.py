from leads.audience.demo import SUPPRESSED_DEMO_ADDRESS, seed_audience
from leads.demo import DEMO_DOMAIN
from leads.models import (
    EmailPreferences,
    EmailSuppression,
    Purpose,
    RetentionPurge,
)
from leads.privacy import record_consent
from tests.leads.factories import ContactFactory


def test_demo_audience_has_preferences_a_suppression_and_a_purge_report(db):
    subscriber = ContactFactory(email=f"abonnee@{DEMO_DOMAIN}", preferred_language="en")
    record_consent(subscriber, Purpose.MARKETING_EMAIL, True, text_version="demo", language="en")
    ContactFactory(email=f"sans.consentement@{DEMO_DOMAIN}")
    seed_audience()
    preferences = EmailPreferences.objects.get()
    assert preferences.contact == subscriber
    assert preferences.languages == ["en"] and preferences.topics
    assert EmailSuppression.is_suppressed(SUPPRESSED_DEMO_ADDRESS)
    assert RetentionPurge.objects.get().purged == 0
    seed_audience()
    assert (EmailPreferences.objects.count(), RetentionPurge.objects.count()) == (1, 1)
