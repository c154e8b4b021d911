from django.test import RequestFactory

import pytest

from leads.models import ConsentEvent, LegalBasis, Purpose
from leads.privacy import may_contact, record_consent, truncate_ip
from tests.leads.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("address", "stored"),
    [
        ("192.168.12.34", "192.168.12.0"),
        ("2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::"),
        ("garbage", ""),
        ("", ""),
    ],
)
def test_ip_addresses_are_stored_truncated(address, stored):
    assert truncate_ip(address) == stored


def test_consent_is_an_append_only_ledger():
    contact = ContactFactory()
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.77")
    grant = record_consent(
        contact,
        Purpose.MARKETING_EMAIL,
        True,
        text_version="newsletter-v3",
        language="fr",
        source="/fr/newsletter/",
        request=request,
    )
    assert grant.ip_address == "203.0.113.0"
    assert may_contact(contact, Purpose.MARKETING_EMAIL)

    record_consent(
        contact, Purpose.MARKETING_EMAIL, False, text_version="unsubscribe", language="fr"
    )
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)
    assert ConsentEvent.objects.filter(contact=contact).count() == 2

    grant.granted = False
    with pytest.raises(ValueError, match="append-only"):
        grant.save()


def test_legitimate_interest_allows_contact_until_the_person_objects():
    contact = ContactFactory()
    LegalBasis.objects.create(
        contact=contact,
        purpose=Purpose.WEBINAR_COMMUNICATIONS,
        basis=LegalBasis.Basis.LEGITIMATE_INTEREST,
        note="Informed on the registration form, objection link in every e-mail",
    )
    assert may_contact(contact, Purpose.WEBINAR_COMMUNICATIONS)
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)  # no basis at all
    record_consent(
        contact, Purpose.WEBINAR_COMMUNICATIONS, False, text_version="objection", language="en"
    )
    assert not may_contact(contact, Purpose.WEBINAR_COMMUNICATIONS)
