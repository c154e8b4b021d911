"""Newsletter double opt-in, e-mail preferences and RFC 8058 one-click unsubscribe."""

import re

from django.core import mail, signing
from django.core.mail import EmailMessage
from django.urls import reverse

import pytest

from leads import api as leads
from leads.audience import newsletter
from leads.audience.blocks import NewsletterSignupBlock
from leads.models import (
    ConsentEvent,
    Contact,
    EmailPreferences,
    EmailSuppression,
    InteractionKind,
    Purpose,
    QuarantinedSubmission,
)
from leads.models.audience import suppression_hash
from leads.privacy import may_contact, record_consent
from leads.screening import FORM_SALT
from tests.leads.factories import ContactFactory
from website import outbox
from website.models import Delivery

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "email": "Camille.Roux@Example.com",
        "language": "en",
        "topics": ["webinars", "content"],
        "consent": "on",
        "website": "",
        # Shown long ago (epoch): the screening's minimum fill time has passed.
        "form_rendered_at": signing.dumps(0, salt=FORM_SALT),
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def _browser(client):
    # Screening treats a request without a user agent as a bot.
    client.defaults["HTTP_USER_AGENT"] = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


def send_queued():
    for delivery in Delivery.objects.filter(status=Delivery.Status.PENDING):
        outbox.deliver(delivery.pk)


def confirmation_link():
    (message,) = mail.outbox
    return re.search(r"https?://\S+/newsletter/confirm/\S+/", message.body).group(0)


def path_of(url):
    return "/" + url.split("/", 3)[3]


def test_signup_sends_a_confirmation_and_records_nothing(client):
    response = client.post(reverse("leads:newsletter_signup"), form_data())
    assert response.status_code == 200
    assert b'data-state="sent"' in response.content
    assert not Contact.objects.exists() and not ConsentEvent.objects.exists()
    send_queued()
    (message,) = mail.outbox
    assert message.to == ["camille.roux@example.com"]
    assert "List-Unsubscribe" not in message.extra_headers  # transactional
    assert "Confirm your subscription" in message.subject


def test_confirmation_get_confirms_nothing_and_post_records_consent(client):
    client.post(reverse("leads:newsletter_signup"), form_data())
    send_queued()
    link = path_of(confirmation_link())
    assert client.get(link).status_code == 200  # a mail scanner following the link
    assert not Contact.objects.exists()
    response = client.post(link)
    assert b'data-state="confirmed"' in response.content
    contact = Contact.objects.get(email="camille.roux@example.com")
    assert may_contact(contact, Purpose.MARKETING_EMAIL)
    event = ConsentEvent.objects.get(contact=contact)
    assert (event.source, event.language) == ("newsletter", "en")
    assert event.text_version == newsletter.CONSENT_TEXT_VERSION
    assert contact.email_preferences.topics == ["content", "webinars"]
    assert contact.interactions.filter(kind=InteractionKind.NEWSLETTER_SIGNUP).count() == 1
    client.post(link)  # a second click changes nothing
    assert ConsentEvent.objects.filter(contact=contact).count() == 1


def test_repeated_signups_send_one_email(client):
    for _ in range(3):
        client.post(reverse("leads:newsletter_signup"), form_data())
    assert Delivery.objects.filter(key__startswith="newsletter:confirm:").count() == 1


def test_forged_or_expired_links_are_refused(client, settings):
    assert client.get("/newsletter/confirm/forged/").status_code == 400
    assert client.post("/newsletter/confirm/forged/").status_code == 400
    assert client.get("/email/preferences/forged/").status_code == 400
    assert client.post("/email/unsubscribe/forged/").status_code == 400


def test_missing_consent_is_a_clear_400(client):
    data = form_data()
    del data["consent"]
    response = client.post(reverse("leads:newsletter_signup"), data)
    assert response.status_code == 400
    assert "Veuillez cocher la case pour vous abonner" in response.content.decode()
    assert not Delivery.objects.exists()


def test_honeypot_is_quarantined_and_sends_nothing(client):
    response = client.post(reverse("leads:newsletter_signup"), form_data(website="spam.example"))
    assert response.status_code == 200
    assert QuarantinedSubmission.objects.get().reason == "honeypot"
    assert not Delivery.objects.exists()


def test_signup_is_rate_limited(client):
    for _ in range(newsletter.RATE_LIMIT):
        client.post(reverse("leads:newsletter_signup"), form_data())
    assert client.post(reverse("leads:newsletter_signup"), form_data()).status_code == 429


def subscriber():
    contact = ContactFactory(email="paul.leroy@example.com", preferred_language="fr")
    record_consent(contact, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    return contact


def test_marketing_headers_are_rfc_8058(client):
    contact = subscriber()
    message = newsletter.add_marketing_headers(
        EmailMessage("Webinaire", "…", to=[contact.email]), contact
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("http")
    # What a mail client does: POST the fixed body, no session, no CSRF token.
    client.handler.enforce_csrf_checks = True
    response = client.post(
        path_of(url),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)
    assert ConsentEvent.objects.filter(contact=contact, granted=False).get().source == (
        "one-click unsubscribe"
    )


def test_unsubscribe_get_only_shows_a_button(client):
    contact = subscriber()
    response = client.get(path_of(newsletter.one_click_unsubscribe_url(contact)))
    assert response.status_code == 200
    assert may_contact(contact, Purpose.MARKETING_EMAIL)


def test_preferences_page_saves_choices(client):
    contact = subscriber()
    url = path_of(newsletter.preferences_url(contact))
    assert (
        "Vos préférences" in client.get(url).content.decode() or client.get(url).status_code == 200
    )
    response = client.post(
        url, {"topics": ["sales"], "languages": ["fr", "en"], "frequency": "weekly"}
    )
    assert b'data-state="saved"' in response.content
    preferences = EmailPreferences.objects.get(contact=contact)
    assert (preferences.topics, preferences.languages, preferences.frequency) == (
        ["sales"],
        ["en", "fr"],
        "weekly",
    )
    assert client.post(url, {"frequency": "hourly"}).status_code == 400


def test_preferences_page_unsubscribes_from_all(client):
    contact = subscriber()
    url = path_of(newsletter.preferences_url(contact))
    response = client.post(url, {"unsubscribe_all": "1"})
    assert b'data-state="unsubscribed"' in response.content
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)


def test_links_die_when_the_address_changes(client):
    contact = subscriber()
    url = path_of(newsletter.preferences_url(contact))
    contact.email = "paul.leroy@example.org"
    contact.save()
    assert client.get(url).status_code == 400


def test_block_renders_the_form():
    block = NewsletterSignupBlock()
    html = block.render(block.to_python({"heading": "Newsletter", "text": "Chaque mois"}))
    assert 'action="/newsletter/"' in html and 'name="website"' in html


def test_a_confirmed_opt_in_lifts_an_earlier_suppression(client):

    EmailSuppression.objects.create(email_hash=suppression_hash("back@example.com"), reason="x")
    token = newsletter.signup_token("back@example.com", "fr", [])
    client.post(reverse("leads:newsletter_confirm", args=[token]))
    assert not EmailSuppression.is_suppressed("back@example.com")
    assert may_contact(Contact.objects.get(email="back@example.com"), Purpose.MARKETING_EMAIL)


def test_the_leads_api_gives_other_apps_headers_and_the_preferences_link():

    contact = subscriber()
    assert leads.marketing_headers(contact) == newsletter.marketing_headers(contact)
    assert leads.preferences_url(contact) == newsletter.preferences_url(contact)
    assert leads.is_suppressed("never-erased@example.com") is False
