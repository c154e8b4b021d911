"""The download-link e-mail, delivered through the outbox to a real SMTP server."""

import re

import pytest

from tests.smtp import SMTPServer
from website.models import Delivery
from whitepapers.models import DownloadLink


@pytest.fixture
def smtp(settings):
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 5
        yield server


def test_the_link_email_reaches_smtp_once_in_text_and_html(smtp, submit_gate, make_paper):
    paper = make_paper(title="Attirer sans prospecter")
    fields = {"email": "lea@example.com", "first_name": "Léa", "last_name": "D", "company": "X"}
    submit_gate(paper, **fields)
    [received] = smtp.messages
    assert received["rcpt_tos"] == ["lea@example.com"]
    message = received["message"]
    assert "Attirer sans prospecter" in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    url = re.search(r"http://testserver/fr/downloads/[^/\s]+/", text).group(0)
    assert f'href="{url}"' in html
    assert "Léa" in text and "7" in text  # greeting and validity in days

    link = DownloadLink.objects.get()
    delivery = Delivery.objects.get(key=f"whitepapers:download-link:{link.pk}")
    assert delivery.status == Delivery.Status.SENT
    assert delivery.payload["body"] == ""  # the personal link is not kept once sent

    # The same person asking again moments later gets the same link, no second e-mail.
    submit_gate(paper)
    assert len(smtp.messages) == 1 and DownloadLink.objects.count() == 1
