"""Consent records and legal bases: what may be done with a contact's data."""

import ipaddress

from django.db import transaction

from leads.clients import client_ip
from leads.models import ConsentEvent, LegalBasis


def truncate_ip(address):
    """Keep only the network part: /24 for IPv4, /48 for IPv6 (CNIL guidance)."""
    if not address:
        return ""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return ""
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


@transaction.atomic
def record_consent(contact, purpose, granted, *, text_version, language, source="", request=None):
    """Append a grant or withdrawal to the ledger and update the legal basis."""
    event = ConsentEvent.objects.create(
        contact=contact,
        purpose=purpose,
        granted=granted,
        text_version=text_version,
        language=language,
        source=source[:255],
        ip_address=truncate_ip(client_ip(request)) if request is not None else "",
    )
    basis, _ = LegalBasis.objects.get_or_create(
        contact=contact, purpose=purpose, defaults={"basis": LegalBasis.Basis.NONE}
    )
    if granted:
        basis.basis = LegalBasis.Basis.CONSENT
    elif basis.basis == LegalBasis.Basis.CONSENT:
        basis.basis = LegalBasis.Basis.NONE
    basis.save()
    return event


def latest_consent(contact, purpose):
    """The most recent consent event for `purpose`, or None."""
    return contact.consent_events.filter(purpose=purpose).order_by("-created_at", "-pk").first()


def may_contact(contact, purpose):
    """Whether sending for `purpose` is allowed: consent given, or legitimate
    interest that the person has not objected to (an objection is a withdrawal)."""
    basis = contact.legal_bases.filter(purpose=purpose).first()
    if basis is None or basis.basis == LegalBasis.Basis.NONE:
        return False
    latest = latest_consent(contact, purpose)
    if basis.basis == LegalBasis.Basis.CONSENT:
        return latest is not None and latest.granted
    return latest is None or latest.granted
