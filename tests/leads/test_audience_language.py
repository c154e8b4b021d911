"""Pages reached from an e-mail speak the person's language, whatever the browser says."""

from django.urls import reverse

import pytest

from leads.audience import newsletter
from leads.audience.privacy_views import privacy_token
from tests.leads.factories import ContactFactory

pytestmark = pytest.mark.django_db


def local(url):
    return "/" + url.split("/", 3)[3] if url.startswith("http") else url


def test_pages_from_emails_use_the_person_language(client):
    contact = ContactFactory(preferred_language="en")
    urls = [
        newsletter.preferences_url(contact),
        newsletter.one_click_unsubscribe_url(contact),
        reverse(
            "leads:newsletter_confirm", args=[newsletter.signup_token("a@example.com", "en", [])]
        ),
        reverse("leads:data_rights", args=[privacy_token(contact)]),
    ]
    for url in urls:
        response = client.get(local(url), HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 200
        assert 'lang="en"' in response.content.decode(), url
