"""A prospect downloads a white paper in a real browser: gate, e-mail, link, PDF."""

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.e2e.conftest import CONSENT_COOKIE, DEFAULT_TIMEOUT_MS, DESKTOP, PERSON_USER_AGENT
from tests.factories import french
from tests.whitepapers.factories import WhitePaperIndexPageFactory, WhitePaperPageFactory, chapter
from website.models import HomePage
from whitepapers.models import Download

pytestmark = pytest.mark.e2e

FIRST_CHAPTER = "Pourquoi la prospection à froid s’essouffle"


@pytest.fixture
def paper(demo_site):

    home = HomePage.objects.get(locale=french())
    index = WhitePaperIndexPageFactory(parent=home, locale=french())
    paper = WhitePaperPageFactory(
        parent=index,
        locale=french(),
        title="Attirer sans prospecter",
        body=[chapter(FIRST_CHAPTER), chapter("Organiser l’équipe"), chapter("Le plan")],
    )
    # Publishing builds the PDF (tasks run inline in tests).
    paper.save_revision().publish()
    assert paper.current_build().status == "succeeded"
    return paper


@pytest.fixture
def mailbox(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    return Path(tmp_path)


@pytest.fixture
def person(browser, demo_site):
    context = browser.new_context(
        base_url=demo_site["url"],
        locale="fr-FR",
        viewport=DESKTOP,
        user_agent=PERSON_USER_AGENT,
        accept_downloads=True,
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.add_cookies([{"name": CONSENT_COOKIE, "value": "refused", "url": demo_site["url"]}])
    yield context.new_page()
    context.close()


def test_gate_email_link_and_pdf(person, paper, mailbox):
    person.goto(paper.url)
    expect(person.locator("h1")).to_have_text("Attirer sans prospecter")
    expect(person.locator(".whitepaper__toc li").first).to_have_text(FIRST_CHAPTER)
    form = person.locator("form.gate__form")
    form.locator("input[name=email]").fill("claire.martin@acme.example")
    form.locator("input[name=first_name]").fill("Claire")
    form.locator("input[name=last_name]").fill("Martin")
    form.locator("input[name=company]").fill("Acme Industrie")
    # People take a few seconds to fill a form; the screening rejects faster ones.
    person.wait_for_timeout(3200)
    form.locator("button.button").click()
    expect(person).to_have_url(re.compile(r"/thanks/$"))

    [message_file] = list(mailbox.glob("*.log"))
    message = message_file.read_text()
    assert "To: claire.martin@acme.example" in message
    path = re.search(r"https?://[^/\s]+(/fr/downloads/[^/\s]+/)", message).group(1)

    person.goto(path)
    expect(person.locator("h1")).to_have_text("Attirer sans prospecter")
    with person.expect_download() as download_info:
        person.locator("form[method=post] button").click()
    pdf = Path(download_info.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 1
    text = " ".join(page.extract_text() for page in reader.pages)
    assert FIRST_CHAPTER in text

    download = Download.objects.get()
    assert download.contact.email == "claire.martin@acme.example"
    assert download.channel == "email_link"
