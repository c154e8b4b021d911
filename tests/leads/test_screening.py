import time

from django import forms
from django.core import signing
from django.test import RequestFactory
from django.urls import reverse

import pytest

from leads.api import ScreenedFormMixin, SpamReason
from leads.models import Contact, Interaction, QuarantinedSubmission
from leads.screening import FORM_SALT, form_timestamp, screen_submission, tracked_link
from tests.leads.factories import ContactFactory
from tests.screening import assert_screening_fields_once

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/156.0"


def _request(user_agent=BROWSER):
    return RequestFactory().post("/fr/webinaires/inscription/", HTTP_USER_AGENT=user_agent)


def _stamp(seconds_ago):
    return signing.dumps(int(time.time()) - seconds_ago, salt=FORM_SALT)


def test_a_human_submission_passes():
    data = {"email": "lea@example.com", "form_rendered_at": _stamp(20), "website": ""}
    assert screen_submission(_request(), "webinar", data) is None
    assert not QuarantinedSubmission.objects.exists()


@pytest.mark.parametrize(
    ("data", "user_agent", "reason"),
    [
        ({"website": "http://spam.example"}, BROWSER, "honeypot"),
        ({}, "python-requests/2.32", "bot user agent"),
        ({"form_rendered_at": "forged"}, BROWSER, "missing or forged form timestamp"),
        ({"form_rendered_at": "now"}, BROWSER, "filled too fast"),
    ],
)
def test_spam_is_quarantined_without_creating_a_contact(data, user_agent, reason):
    data = {"email": "bot@example.com", "first_name": "Bot", **data}
    if data.get("form_rendered_at") == "now":
        data["form_rendered_at"] = form_timestamp()
    elif "form_rendered_at" not in data:
        data["form_rendered_at"] = _stamp(30)
    held = screen_submission(_request(user_agent), "webinar", data)
    assert held.reason == reason
    assert held.data["first_name"] == "Bot"
    assert "form_rendered_at" not in held.data
    assert not Contact.objects.exists()


def test_staff_release_a_held_submission(client, admin_user):
    held = screen_submission(
        _request("curl/8.0"), "whitepaper", {"email": "real@example.com", "company": "Real SA"}
    )
    client.force_login(admin_user)
    client.post(f"/admin/quarantine/decide/{held.pk}/", {"decision": "release"})
    held.refresh_from_db()
    assert held.status == QuarantinedSubmission.Status.RELEASED
    assert Contact.objects.get(email="real@example.com").company == "Real SA"


def test_email_clicks_are_counted_for_people_not_for_scanners(client):
    contact = ContactFactory()
    sent_long_ago = time.time() - 3600
    link = tracked_link(contact, "/fr/a-propos/", sent_at=sent_long_ago)

    scanner = client.get(link, HTTP_USER_AGENT="Mozilla/5.0 (compatible; SafeLinks)")
    assert scanner.status_code == 302
    assert not Interaction.objects.exists()

    fresh_link = tracked_link(contact, "/fr/a-propos/", sent_at=time.time())
    client.get(fresh_link, HTTP_USER_AGENT=BROWSER)  # seconds after sending: a scanner
    assert not Interaction.objects.exists()

    person = client.get(link, HTTP_USER_AGENT=BROWSER)
    assert person.status_code == 302
    assert person["Location"] == "/fr/a-propos/"
    assert Interaction.objects.get().kind == "email_click"


def test_tracked_links_cannot_be_forged_or_point_elsewhere(client):
    contact = ContactFactory()
    link = tracked_link(contact, "/fr/")
    assert client.get(link[:-5] + "xxxx/").status_code == 400
    evil = tracked_link(contact, "https://evil.example/phish", sent_at=0)
    assert client.get(evil, HTTP_USER_AGENT=BROWSER).status_code == 400


def test_account_sign_up_identifies_the_prospect(
    client, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/fr/accounts/signup/", {"email": "new@example.com"})
    contact = Contact.objects.get(email="new@example.com")
    assert contact.interactions.filter(kind="account_signup").exists()


class SampleForm(ScreenedFormMixin, forms.Form):
    email = forms.EmailField()


def test_the_mixin_declares_hidden_helpers_and_a_fresh_timestamp():
    form = SampleForm()
    assert [field.name for field in form.visible_fields()] == ["email"]
    assert [field.name for field in form.hidden_fields()] == ["website", "form_rendered_at"]
    assert_screening_fields_once(form.as_div())
    initial = {"email": "lea@example.com"}
    SampleForm(initial=initial)
    assert initial == {"email": "lea@example.com"}  # the caller's dict is left alone


def test_a_bound_form_shown_again_gets_a_fresh_timestamp_and_no_honeypot_value():
    form = SampleForm({"email": "lea@example.com", "website": "spam", "form_rendered_at": "old"})
    form.refresh_timestamp()
    assert form.data["email"] == "lea@example.com"
    assert signing.loads(form.data["form_rendered_at"], salt=FORM_SALT, max_age=60)
    assert_screening_fields_once(str(form))


def test_ignored_reasons_are_not_held():
    data = {"email": "known@example.com", "form_rendered_at": form_timestamp()}
    assert screen_submission(_request(), "gate", data, ignore={SpamReason.TOO_FAST}) is None
    assert screen_submission(_request(), "gate", data).reason == SpamReason.TOO_FAST


@pytest.mark.parametrize("url_name", ["leads:newsletter_signup", "leads:data_request"])
def test_leads_public_forms_render_the_screening_fields_once(client, site_tree, url_name):
    assert_screening_fields_once(client.get(reverse(url_name)).content.decode())
