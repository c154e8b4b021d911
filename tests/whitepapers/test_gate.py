"""The gate: screening, rate limit, consent, e-mail and progressive profiling."""

import re

from django.core import mail

from leads.models import ConsentEvent, Contact, Interaction, QuarantinedSubmission
from tests.factories import english, translate
from tests.whitepapers.factories import WhitePaperPageFactory, chapter
from website.models import Delivery
from whitepapers.gate import CONSENT_TEXT_VERSION, RATE_LIMIT
from whitepapers.models import DownloadLink

FULL = {
    "email": "claire.martin@acme.example",
    "first_name": "Claire",
    "last_name": "Martin",
    "company": "Acme Industrie",
}


def _field_names(html):
    """Names of the fields the gate form asks for (not its hidden helpers)."""
    form = re.search(r'<form class="gate__form".*?</form>', html, re.S).group(0)
    names = set(re.findall(r'<input[^>]+name="([a-z_]+)"', form))
    return names - {"csrfmiddlewaretoken", "website", "form_rendered_at", "consent", "action"}


def test_a_new_visitor_gets_the_link_by_email(submit_gate, browser_client, make_paper):
    paper = make_paper(title="Attirer sans prospecter")
    response = submit_gate(paper, **FULL)
    assert response.status_code == 302 and response["Location"].endswith("/thanks/")
    contact = Contact.objects.get(email="claire.martin@acme.example")
    assert (contact.first_name, contact.last_name, contact.company) == (
        "Claire",
        "Martin",
        "Acme Industrie",
    )
    link = DownloadLink.objects.get(contact=contact, paper=paper)
    delivery = Delivery.objects.get(key=f"whitepapers:download-link:{link.pk}")
    assert delivery.channel == "email"
    [message] = mail.outbox
    assert message.to == ["claire.martin@acme.example"]
    assert "Attirer sans prospecter" in message.subject
    assert re.search(r"http://testserver/fr/downloads/[^/\s]+/", message.body)
    thanks = browser_client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Attirer sans prospecter" in thanks.content.decode()
    # The gate itself is not a download: nothing is scored before the file is taken.
    assert not Interaction.objects.filter(kind="whitepaper_download").exists()


def test_required_fields_are_the_editors_choice(submit_gate, make_paper):
    paper = make_paper(require_company=False, require_job_title=True)
    response = submit_gate(paper, email="a@b.example", first_name="A", last_name="B")
    assert response.status_code == 400
    assert "job_title" in response.context["form"].errors
    assert "company" not in response.context["form"].fields
    assert not Contact.objects.exists()


def test_invalid_email_gets_a_clear_error(submit_gate, make_paper):
    response = submit_gate(make_paper(), **{**FULL, "email": "not-an-address"})
    assert response.status_code == 400
    assert response.context["form"].errors["email"]


def test_consent_is_recorded_with_its_text_version_only_when_given(submit_gate, make_paper):
    paper = make_paper()
    submit_gate(paper, **FULL)
    assert not ConsentEvent.objects.exists()
    # Back later as a known contact, she ticks the box this time.
    submit_gate(paper, consent="on")
    event = ConsentEvent.objects.get(contact__email="claire.martin@acme.example")
    assert event.granted and event.purpose == "marketing_email"
    assert event.text_version == CONSENT_TEXT_VERSION and event.language == "fr"


def test_honeypot_submissions_are_quarantined(submit_gate, make_paper):
    response = submit_gate(make_paper(), **{**FULL, "website": "http://spam.example"})
    assert response.status_code == 200  # looks like success to the bot
    assert QuarantinedSubmission.objects.get().reason == "honeypot"
    assert not Contact.objects.exists() and not mail.outbox


def test_the_gate_is_rate_limited(submit_gate, make_paper):
    paper = make_paper()
    for number in range(RATE_LIMIT):
        submit_gate(paper, **{**FULL, "email": f"p{number}@example.com"})
    response = submit_gate(paper, **{**FULL, "email": "one-too-many@example.com"})
    assert response.status_code == 429
    assert not Contact.objects.filter(email="one-too-many@example.com").exists()


def test_a_known_contact_is_asked_no_known_field_on_a_second_paper(
    submit_gate, browser_client, make_paper
):
    first = make_paper(title="Premier", require_job_title=False)
    second = make_paper(title="Second", require_job_title=True)
    submit_gate(first, **FULL)
    html = browser_client.get(second.url).content.decode()
    # E-mail, names and company are known: only the job title is asked.
    assert _field_names(html) == {"job_title"}
    assert "claire.martin@acme.example" in html
    response = submit_gate(second, job_title="Directrice commerciale")
    assert response.status_code == 302
    contact = Contact.objects.get()
    assert contact.job_title == "Directrice commerciale"
    assert DownloadLink.objects.filter(contact=contact).count() == 2
    # Everything is known now: the form is a single button.
    third = make_paper(title="Troisième", require_job_title=True)
    assert _field_names(browser_client.get(third.url).content.decode()) == set()


def test_progressive_profiling_asks_at_most_two_new_fields(submit_gate, browser_client, make_paper):
    first = make_paper(
        require_first_name=False,
        require_last_name=False,
        require_company=False,
        require_job_title=False,
    )
    submit_gate(first, email="lea@example.com")
    second = make_paper()  # requires first name, last name and company
    asked = _field_names(browser_client.get(second.url).content.decode())
    assert asked == {"first_name", "last_name"}
    submit_gate(second, first_name="Léa", last_name="Durand")
    third = make_paper(require_job_title=True)
    assert _field_names(browser_client.get(third.url).content.decode()) == {
        "company",
        "job_title",
    }


def test_not_you_forgets_the_known_contact(submit_gate, browser_client, make_paper):
    paper = make_paper()
    submit_gate(paper, **FULL)
    browser_client.post(paper.url, {"action": "forget"})
    assert "email" in _field_names(browser_client.get(paper.url).content.decode())


def test_thank_you_page_offers_immediate_download_only_when_allowed(
    submit_gate, browser_client, make_paper
):
    closed = make_paper(title="Fermé")
    response = submit_gate(closed, **FULL)
    assert "/downloads/" not in browser_client.get(response["Location"]).content.decode()
    opened = make_paper(title="Ouvert", allow_immediate_download=True)
    response = submit_gate(opened)
    html = browser_client.get(response["Location"]).content.decode()
    action = re.search(r'action="(/fr/downloads/[^"]+)"', html).group(1)
    pdf = browser_client.post(action, {"from": "thanks"})
    assert pdf.status_code == 200 and b"".join(pdf.streaming_content).startswith(b"%PDF")
    download = opened.downloads.get()
    assert download.channel == "thank_you"


def test_thanks_without_a_submission_goes_back_to_the_form(browser_client, make_paper):
    paper = make_paper()
    response = browser_client.get(paper.url + "thanks/")
    assert response.status_code == 302 and response["Location"] == paper.url


def test_english_paper_gate_speaks_english(submit_gate, browser_client, paper_index):

    paper_fr = WhitePaperPageFactory(parent=paper_index["fr"], body=[chapter("Constat")])
    paper_en = translate(paper_fr, english(), title="Attract", slug="attract")
    html = browser_client.get(paper_en.url).content.decode()
    assert 'lang="en"' in html and "Work e-mail" in html


def test_a_signed_in_user_is_recognised_without_a_form_fill(
    browser_client, django_user_model, make_paper
):
    Contact.objects.create(
        email="nadia@example.com", first_name="Nadia", last_name="Benali", company="Orbis"
    )
    user = django_user_model.objects.create_user("nadia", "nadia@example.com", "pw")
    browser_client.force_login(user)
    html = browser_client.get(make_paper(require_job_title=True).url).content.decode()
    assert _field_names(html) == {"job_title"}
    assert "nadia@example.com" in html


def test_the_editor_sees_a_pdf_preview_button(client, admin_user, make_paper):
    paper = make_paper()
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{paper.pk}/edit/").content.decode()
    assert f"/admin/whitepapers/preview/{paper.pk}/" in html
