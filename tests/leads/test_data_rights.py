"""Data-subject rights pages: signed e-mail link, account area, staff actions."""

import json
import re

from django.core import mail, signing
from django.urls import reverse

import pytest

from leads.audience.privacy_views import privacy_token
from leads.models import Contact, EmailSuppression, InteractionKind, Purpose
from leads.privacy import record_consent
from leads.screening import FORM_SALT
from leads.tracking import track
from tests.leads.factories import ContactFactory
from website import outbox
from website.models import Delivery

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


@pytest.fixture
def person():
    contact = ContactFactory(email="ines.moreau@example.com", first_name="Inès")
    record_consent(contact, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    track(contact, InteractionKind.WHITEPAPER_DOWNLOAD, label="Guide ABM")
    return contact


def test_request_sends_a_link_only_to_known_addresses(client, person):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    stamp = signing.dumps(0, salt=FORM_SALT)
    for email in ("ines.moreau@example.com", "nobody@example.com"):
        response = client.post(
            reverse("leads:data_request"), {"email": email, "form_rendered_at": stamp}
        )
        assert b'data-state="sent"' in response.content  # same answer either way
    for delivery in Delivery.objects.all():
        outbox.deliver(delivery.pk)
    (message,) = mail.outbox
    assert message.to == ["ines.moreau@example.com"]
    link = re.search(r"https?://\S+/privacy/\S+/", message.body).group(0)
    assert client.get("/" + link.split("/", 3)[3]).status_code == 200


def test_export_json_and_html_by_signed_link(client, person):
    url = reverse("leads:data_rights", args=[privacy_token(person)])
    data = json.loads(client.get(url, {"format": "json"}).content)
    assert data["contact"]["email"] == "ines.moreau@example.com"
    assert data["interactions"][0]["label"] == "Guide ABM"
    html = client.get(url, {"format": "html"}).content.decode()
    assert "Guide ABM" in html and "ines.moreau@example.com" in html


def test_erasure_by_link_needs_the_confirmation_box(client, person):
    url = reverse("leads:data_rights", args=[privacy_token(person)])
    assert client.post(url).status_code == 400
    assert Contact.objects.filter(pk=person.pk).exists()
    response = client.post(url, {"confirm": "erase"})
    assert b'data-state="erased"' in response.content
    assert not Contact.objects.filter(pk=person.pk).exists()
    assert EmailSuppression.is_suppressed("ines.moreau@example.com")
    assert client.get(url).status_code == 400  # the link dies with the data


def test_forged_link_is_refused(client):
    assert client.get(reverse("leads:data_rights", args=["forged"])).status_code == 400


def test_account_area_redirects_to_the_signed_page(client, person, django_user_model):
    user = django_user_model.objects.create_user("ines", "ines.moreau@example.com", "pass-12345")
    client.force_login(user)
    response = client.get(reverse("leads:my_data"))
    assert response.status_code == 302
    assert client.get(response.url, {"format": "json"}).status_code == 200


def test_staff_export_and_erase(client, admin_user, person):
    client.force_login(admin_user)
    inspect = client.get(reverse("contacts:inspect", args=[person.pk])).content.decode()
    assert reverse("leads_staff_erase", args=[person.pk]) in inspect
    export = client.get(reverse("leads_staff_export", args=[person.pk]))
    assert json.loads(export.content)["contact"]["first_name"] == "Inès"
    client.post(reverse("leads_staff_erase", args=[person.pk]))
    assert not Contact.objects.filter(pk=person.pk).exists()


def test_staff_without_rights_cannot_erase(client, django_user_model, person):
    user = django_user_model.objects.create_user("intern", "intern@example.com", "pass-12345")
    client.force_login(user)
    assert client.post(reverse("leads_staff_erase", args=[person.pk])).status_code in {302, 403}
    assert client.get(reverse("leads_staff_export", args=[person.pk])).status_code in {302, 403}
    assert Contact.objects.filter(pk=person.pk).exists()
