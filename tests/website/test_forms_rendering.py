"""Every public form renders through one field template with one error style.

The project's FORM_RENDERER (website.forms.FormRenderer) gives every form
components/field.html: label with a required marker that is also read out,
help and errors with the ids the widget's aria-describedby points to,
aria-invalid on errors, boxes before their label, the honeypot hidden.
"""

import re
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.core import signing
from django.forms.renderers import get_default_renderer
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from leads.api import ScreenedFormMixin
from leads.audience import newsletter
from leads.audience.blocks import NewsletterSignupBlock
from leads.models import Purpose
from leads.privacy import record_consent
from leads.screening import FORM_SALT
from tests.factories import french
from tests.leads.factories import ContactFactory
from tests.webinars.factories import (
    RegistrationFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
)
from tests.whitepapers.factories import WhitePaperIndexPageFactory, WhitePaperPageFactory
from website.forms import FieldGroup, FormRenderer

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0"


@pytest.fixture
def browser(client):
    """Screening treats a request without a browser's user agent as a bot."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


def stamp(salt=FORM_SALT):
    """A form timestamp from a minute ago: a person who took their time."""
    return signing.dumps(int(time.time()) - 60, salt=salt)


def soup(response_or_html):
    html = getattr(response_or_html, "content", response_or_html)
    return BeautifulSoup(html, "html.parser")


def assert_invalid_field(page, name, message=None):
    """The field `name` shows its errors the shared way, wired to its control."""
    control = page.find(attrs={"name": name})
    assert control is not None, name
    error_id = f"id_{name}_error"
    errors = page.find(id=error_id)
    assert errors is not None and errors.name == "ul", name
    assert errors["class"] == ["field-errors"]
    assert errors.find("li")
    if message:
        assert message in errors.get_text()
    group = control.find_parent(class_="field")
    assert "field--invalid" in group["class"]
    assert errors.find_parent(class_="field") is group
    assert control.get("aria-invalid") == "true"
    if group.name == "fieldset":  # choices: the group is described, each box is invalid
        assert error_id in group["aria-describedby"].split()
    else:
        assert error_id in control["aria-describedby"].split()
    return control


def assert_required_marker(page, name):
    control = page.find(id=f"id_{name}")
    label = page.find("label", attrs={"for": f"id_{name}"})
    if label is None:  # a group of choices: its legend carries the marker
        label = control.find_parent("fieldset").find("legend")
    marker = label.find(class_="field__required")
    assert marker is not None and marker["aria-hidden"] == "true"
    assert label.find(class_="visually-hidden").get_text(strip=True) == "(obligatoire)"


def assert_honeypot_hidden(page, name="website"):
    trap = page.find(attrs={"name": name})
    assert trap is not None and trap.get("type") == "text"  # present, for bots
    wrapper = trap.find_parent("span")
    assert wrapper["class"] == ["form-trap"] and wrapper["aria-hidden"] == "true"
    assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"
    assert not trap.has_attr("aria-invalid") and not trap.has_attr("aria-describedby")
    assert not page.find(id=f"id_{name}_error")


def test_the_project_renderer_gives_every_form_the_shared_field_template():
    renderer = get_default_renderer()
    assert isinstance(renderer, FormRenderer)
    assert renderer.field_template_name == "components/field.html"
    assert renderer.form_template_name == "components/form.html"

    class AnyForm(forms.Form):
        name = forms.CharField(help_text="As on your badge.")

    bound = AnyForm()["name"]
    assert isinstance(bound, FieldGroup) and bound.template_name == "components/field.html"
    html = soup(bound.as_field_group())
    assert html.find(id="id_name_helptext").get_text() == "As on your badge."
    assert html.find("input")["aria-describedby"] == "id_name_helptext"


def test_newsletter_page_errors_are_styled_and_wired_in_french(browser, site_tree):
    response = browser.post(
        reverse("leads:newsletter_signup"),
        {"email": "pas-une-adresse", "language": "fr", "website": "", "form_rendered_at": stamp()},
    )
    assert response.status_code == 400
    page = soup(response).find("form", class_="newsletter-form")
    assert_invalid_field(page, "email", "Saisissez une adresse de courriel valide.")
    consent = assert_invalid_field(page, "consent", "Veuillez cocher la case pour vous abonner.")
    # The box comes before its label.
    box = consent.find_parent(class_="field__box")
    assert [child.name for child in box.find_all(True, recursive=False)] == ["input", "label"]
    assert_required_marker(page, "email")
    assert_required_marker(page, "consent")
    # Optional topics: a fieldset with its legend, no marker, no error.
    topics = page.find(id="id_topics").find_parent("fieldset")
    assert "Sujets qui vous intéressent" in topics.legend.get_text()
    assert not topics.legend.find(class_="field__required")
    assert_honeypot_hidden(page)
    assert page.find("input", attrs={"name": "form_rendered_at", "type": "hidden"})
    # Field order is the form's.
    names = [tag["name"] for tag in page.find_all(["input", "select"]) if tag.get("name")]
    assert names == [
        "csrfmiddlewaretoken",
        "email",
        "language",
        *["topics"] * 4,
        "consent",
        "website",
        "form_rendered_at",
    ]


def test_newsletter_block_uses_the_shared_template():
    block = NewsletterSignupBlock()
    page = soup(block.render(block.to_python({"heading": "Newsletter", "text": "Chaque mois"})))
    assert page.find("label", attrs={"for": "id_email"})["class"] == ["field__label"]
    assert_required_marker(page, "email")
    assert_honeypot_hidden(page)
    assert not page.find(class_="field-errors")  # nothing to report on a fresh form


def test_data_request_form(browser, site_tree):
    response = browser.post(
        reverse("leads:data_request"),
        {"email": "pas-une-adresse", "website": "", "form_rendered_at": stamp()},
    )
    assert response.status_code == 400
    page = soup(response).find("main")
    assert_invalid_field(page, "email", "Saisissez une adresse de courriel valide.")
    assert_required_marker(page, "email")
    assert_honeypot_hidden(page)


def test_email_preferences_form(browser, site_tree):
    contact = ContactFactory(email="paul.leroy@example.com", preferred_language="fr")
    record_consent(contact, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    url = "/" + newsletter.preferences_url(contact).split("/", 3)[3]
    response = browser.post(url, {"topics": ["sales"], "frequency": "hourly"})
    assert response.status_code == 400
    page = soup(response).find("main")
    assert_invalid_field(page, "frequency")
    assert_required_marker(page, "frequency")
    # The choice still made stays ticked; radios and boxes sit in their labels.
    assert page.find("input", attrs={"name": "topics", "value": "sales"}).has_attr("checked")
    assert {legend.get_text(strip=True) for legend in page.find_all("legend")} >= {
        "Sujets",
        "Langues",
    }


@pytest.fixture
def webinar(site_tree):
    index = WebinarIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    return WebinarPageFactory(parent=index, locale=french(), title="Vendre sur LinkedIn")


def test_webinar_registration_form(browser, webinar):
    response = browser.post(
        reverse("webinars:register", args=[webinar.pk]),
        {
            "email": "lea@example.org",
            "first_name": "",
            "last_name": "Martin",
            "website": "",
            "form_rendered_at": stamp(),
        },
    )
    assert response.status_code == 400
    page = soup(response).find("form", class_="registration-form")
    assert_invalid_field(page, "first_name", "Champ requis.")
    assert_invalid_field(page, "consent", "Veuillez cocher la case")
    assert page.find(id="id_last_name").get("value") == "Martin"
    assert not page.find(id="id_last_name").has_attr("aria-invalid")
    assert_required_marker(page, "email")
    company = page.find("label", attrs={"for": "id_company"})
    assert not company.find(class_="field__required")  # optional
    assert_honeypot_hidden(page)


def test_webinar_registration_non_field_errors_use_the_shared_component(browser, webinar):
    data = {
        "email": "lea@example.org",
        "first_name": "Léa",
        "last_name": "Martin",
        "consent": "on",
        "website": "",
        "form_rendered_at": "forged",
    }
    response = browser.post(reverse("webinars:register", args=[webinar.pk]), data)
    assert response.status_code == 400
    errors = soup(response).find("form", class_="registration-form").find(class_="form-errors")
    assert errors["role"] == "alert"
    assert errors.find("ul", class_="field-errors").find("li")


def test_white_paper_gate_form(browser, site_tree, django_capture_on_commit_callbacks):
    index = WhitePaperIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    paper = WhitePaperPageFactory(parent=index, locale=french())
    with django_capture_on_commit_callbacks(execute=True):
        paper.save_revision().publish()
    paper.refresh_from_db()
    response = browser.post(
        paper.url,
        {
            "email": "pas-une-adresse",
            "first_name": "Claire",
            "website": "",
            "form_rendered_at": stamp(),
        },
    )
    assert response.status_code == 400
    page = soup(response).find("form", class_="gate__form")
    email = assert_invalid_field(page, "email", "Saisissez une adresse de courriel valide.")
    assert email["autocomplete"] == "email"  # autocomplete attributes are kept
    assert page.find(id="id_first_name")["autocomplete"] == "given-name"
    assert_invalid_field(page, "last_name")
    assert_required_marker(page, "email")
    consent = page.find(id="id_consent")
    assert consent.find_next_sibling("label")["for"] == "id_consent"
    assert not consent.find_next_sibling("label").find(class_="field__required")  # optional
    assert_honeypot_hidden(page)


def test_webinar_rating_form(browser, webinar):
    registration = RegistrationFactory(webinar=webinar)
    url = reverse("webinars:rate_form", args=[registration.signed_token])
    response = browser.post(url, {"stars": "9", "comment": "Très concret"})
    assert response.status_code == 400
    page = soup(response).find("main")
    assert_invalid_field(page, "stars")
    assert page.find("textarea", attrs={"name": "comment"}).get_text().strip() == "Très concret"
    assert page.find("label", attrs={"for": "id_comment"})["class"] == ["field__label"]


def test_account_pages_use_the_shared_template(browser, site_tree):
    page = soup(browser.get("/fr/accounts/login/")).find("main")
    assert_required_marker(page, "login")
    password = page.find(id="id_password")
    assert password["aria-describedby"] == "id_password_helptext"
    assert page.find(id="id_password_helptext")["class"] == ["field__help"]
    remember = page.find(id="id_remember")
    assert remember.find_next_sibling("label")["for"] == "id_remember"  # box, then label

    response = browser.post("/fr/accounts/signup/", {"email": "pas-une-adresse"})
    assert response.status_code == 200
    assert_invalid_field(soup(response).find("main"), "email")


def test_the_screening_honeypot_is_a_hidden_field_and_a_plain_website_field_is_not():
    class Screened(ScreenedFormMixin, forms.Form):
        email = forms.EmailField()

    class Plain(forms.Form):
        website = forms.CharField(label="Your company's website")

    screened = soup(str(Screened({"email": "", "website": "x"})))
    assert_honeypot_hidden(screened)
    assert len(screened.find_all(attrs={"name": "website"})) == 1
    plain = soup(str(Plain({"website": ""})))
    assert not plain.find(class_="form-trap")
    assert_invalid_field(plain, "website")


def test_english_pages_announce_required_fields_in_english(browser, site_tree):
    response = browser.get(reverse("leads:newsletter_signup"), HTTP_ACCEPT_LANGUAGE="en")
    label = soup(response).find("label", attrs={"for": "id_email"})
    assert label.find(class_="visually-hidden").get_text(strip=True) == "(required)"


def test_public_templates_write_no_field_markup_of_their_own():
    """Fields render through components/field.html; staff pages (admin, sales) are Wagtail's."""
    templates = Path(settings.BASE_DIR) / "templates"
    by_hand = re.compile(r"label_tag|id_for_label|\.errors\b|\.help_text\b|field\.label\b")
    offenders = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if not {"admin", "sales", "components"} & set(path.relative_to(templates).parts)
        and by_hand.search(path.read_text())
    ]
    assert offenders == []
