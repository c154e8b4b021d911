import re

from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.test import Client

import icalendar
import pytest

from leads import api as leads
from leads.api import form_timestamp
from leads.models import ConsentEvent, Contact, Interaction, QuarantinedSubmission
from leads.screening import FORM_SALT
from tests.factories import english, french, translate
from tests.webinars.factories import RegistrationFactory, WebinarPageFactory
from webinars import registration as service
from webinars.models import Registration, WebinarStatus


def _register(client, webinar, data, **extra):
    return client.post(
        f"/webinars/register/{webinar.pk}/", data, HTTP_USER_AGENT="Mozilla/5.0", **extra
    )


def _invite(message):
    part = next(
        content
        for content, mimetype in message.alternatives
        if mimetype.startswith("text/calendar")
    )
    return icalendar.Calendar.from_ical(part)


def test_registration_creates_contact_consent_interaction_and_confirmation(
    client, webinar, form_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _register(client, webinar, form_data())
    assert response.status_code == 200
    assert (
        "Vous êtes inscrit" in response.content.decode()
        or "registered" in response.content.decode()
    )
    registration = Registration.objects.get()
    assert registration.email == "elodie.garcon@example.org"
    assert registration.status == Registration.Status.REGISTERED
    contact = Contact.objects.get(email="elodie.garcon@example.org")
    assert contact.first_name == "Élodie"
    consent = ConsentEvent.objects.get(contact=contact)
    assert consent.purpose == "webinar_communications" and consent.granted
    assert consent.text_version == service.CONSENT_TEXT_VERSION
    assert Interaction.objects.filter(contact=contact, kind="webinar_registration").count() == 1
    assert len(mail.outbox) == 1
    assert _invite(mail.outbox[0])["method"] == "REQUEST"


def test_resubmitting_is_idempotent_and_resends_the_confirmation(
    client, webinar, form_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _register(client, webinar, form_data())
        response = _register(client, webinar, form_data(email="ELODIE.garcon@example.org "))
    assert response.status_code == 200
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 2
    first, second = (_invite(message).walk("VEVENT")[0] for message in mail.outbox)
    assert first["uid"] == second["uid"]
    assert Interaction.objects.filter(kind="webinar_registration").count() == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "pas-une-adresse"}, "e-mail"),
        ({"consent": ""}, "cocher la case"),
        ({"first_name": "Élodie\r\nBcc: victim@example.com"}, "retours à la ligne"),
    ],
)
def test_bad_input_gets_a_clear_message_and_no_registration(
    client, webinar, form_data, overrides, message
):
    response = _register(client, webinar, form_data(**overrides))
    assert response.status_code == 400
    assert Registration.objects.count() == 0
    html = response.content.decode()
    assert message in html
    assert 'value="Garçon"' in html  # what was typed is kept


def test_honeypot_and_fast_or_forged_submissions_store_nothing(client, webinar, form_data):
    assert _register(client, webinar, form_data(website="http://spam.example")).status_code == 200
    assert _register(client, webinar, form_data(form_rendered_at="forged")).status_code == 400
    fresh = form_timestamp()
    assert _register(client, webinar, form_data(form_rendered_at=fresh)).status_code == 400
    assert Registration.objects.count() == 0
    assert not Contact.objects.exists()


def test_webinar_spam_lands_in_the_quarantine(client, webinar, form_data):
    _register(client, webinar, form_data(website="http://spam.example"))
    _register(client, webinar, form_data(form_rendered_at=form_timestamp()))
    bot = client.post(
        f"/webinars/register/{webinar.pk}/", form_data(), HTTP_USER_AGENT="Googlebot/2.1"
    )
    assert bot.status_code == 200  # a bot is told nothing
    held = QuarantinedSubmission.objects.order_by("pk")
    assert [row.reason for row in held] == ["honeypot", "filled too fast", "bot user agent"]
    assert {row.form for row in held} == {f"webinar:{webinar.pk}"}
    assert all(row.email == "Elodie.Garcon@Example.org" for row in held)
    assert "form_rendered_at" not in held[0].data
    assert Registration.objects.count() == 0 and not Contact.objects.exists()


def test_a_fast_submission_is_asked_again_with_what_was_typed(client, webinar, form_data):
    response = _register(client, webinar, form_data(form_rendered_at=form_timestamp()))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Veuillez vérifier vos informations" in html
    assert 'value="Garçon &amp; Fils"' in html


def test_a_stale_form_is_shown_again_with_a_fresh_timestamp(client, webinar, form_data):
    response = _register(client, webinar, form_data(form_rendered_at="expired"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Martin Industries"' not in html and 'value="Garçon &amp; Fils"' in html
    stamp = re.search(r'name="form_rendered_at" value="([^"]+)"', html).group(1)
    assert signing.loads(stamp, salt=FORM_SALT, max_age=60)
    assert html.count('name="website"') == 1 and html.count('name="form_rendered_at"') == 1


def test_registrations_are_rate_limited_per_address(client, webinar, form_data):
    for number in range(10):
        assert (
            _register(client, webinar, form_data(email=f"p{number}@example.org")).status_code == 200
        )
    response = _register(client, webinar, form_data(email="one.more@example.org"))
    assert response.status_code == 429
    assert Registration.objects.count() == 10


def test_past_or_cancelled_webinars_refuse_registrations(client, webinar, form_data):
    webinar.status = WebinarStatus.CANCELLED
    webinar.save_revision().publish()
    response = _register(client, webinar, form_data())
    assert response.status_code == 409
    assert Registration.objects.count() == 0
    with pytest.raises(service.RegistrationClosed):
        service.register(webinar, email="x@example.org", language="fr")


def test_capacity_waitlist_and_promotion_on_cancel(webinar, django_capture_on_commit_callbacks):
    webinar.capacity = 2
    webinar.save()
    outcomes = [
        service.register(webinar, email=f"p{n}@example.org", language="fr").result for n in range(4)
    ]
    assert outcomes == ["registered", "registered", "waitlisted", "waitlisted"]
    first = Registration.objects.get(email="p0@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        promoted = service.cancel(first)
    assert promoted.email == "p2@example.org"
    assert Registration.objects.get(email="p2@example.org").status == "registered"
    assert Registration.objects.get(email="p3@example.org").status == "waitlisted"
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert "p0@example.org" in subjects and "p2@example.org" in subjects
    cancel_invite = _invite(next(m for m in mail.outbox if m.to == ["p0@example.org"]))
    assert cancel_invite["method"] == "CANCEL"
    event = cancel_invite.walk("VEVENT")[0]
    assert event["status"] == "CANCELLED" and event["sequence"] == 1
    promoted_invite = _invite(next(m for m in mail.outbox if m.to == ["p2@example.org"]))
    assert promoted_invite["method"] == "REQUEST"


def test_self_service_page_cancel_and_invite_by_token(client, webinar):
    registration = RegistrationFactory(webinar=webinar)
    token = registration.signed_token
    page = client.get(f"/webinars/registration/{token}/")
    assert page.status_code == 200 and "Vendre sur LinkedIn" in page.content.decode()
    invite = client.get(f"/webinars/registration/{token}/invite.ics")
    assert (
        icalendar.Calendar.from_ical(invite.content).walk("VEVENT")[0]["uid"]
        == registration.ics_uid
    )
    # Following the link does not cancel (mail scanners follow links); posting does.
    assert client.get(f"/webinars/registration/{token}/cancel/").status_code == 200
    registration.refresh_from_db()
    assert registration.status == "registered"
    assert client.post(f"/webinars/registration/{token}/cancel/").status_code == 200
    registration.refresh_from_db()
    assert registration.status == "cancelled" and registration.sequence == 1
    # The join link is revoked with the registration.
    assert client.get(f"/webinars/join/{token}/").status_code == 410


def test_tampered_tokens_get_a_404_page(client, webinar):
    registration = RegistrationFactory(webinar=webinar)
    tampered = registration.signed_token[:-2] + "xx"
    for path in ["registration/{}/", "join/{}/", "registration/{}/invite.ics", "rate/{}/5/"]:
        assert client.get("/webinars/" + path.format(tampered)).status_code == 404


def test_join_link_redirects_to_the_platform_then_the_replay(client, webinar):
    registration = RegistrationFactory(webinar=webinar)
    response = client.get(f"/webinars/join/{registration.signed_token}/")
    assert response.status_code == 302 and response["Location"] == webinar.join_url
    waitlisted = RegistrationFactory(webinar=webinar, status="waitlisted")
    assert client.get(f"/webinars/join/{waitlisted.signed_token}/").status_code == 403


def test_translation_registers_for_the_same_event(client, webinar, form_data):

    english_page = translate(webinar, english(), title="Selling on LinkedIn", slug="selling")
    response = _register(client, english_page, form_data())
    assert response.status_code == 200
    registration = Registration.objects.get()
    assert registration.webinar_id == webinar.pk and registration.language == "en"


def test_second_webinar_keeps_its_own_registrations(webinar, webinar_index):
    other = WebinarPageFactory(parent=webinar_index["fr"], locale=french())
    service.register(webinar, email="a@example.org", language="fr")
    service.register(other, email="a@example.org", language="fr")
    assert Registration.objects.count() == 2


def test_registration_needs_no_csrf_cookie_so_pages_stay_cacheable(webinar, form_data):

    browser = Client(enforce_csrf_checks=True)
    page = browser.get(webinar.url)
    assert "csrfmiddlewaretoken" not in page.content.decode()
    assert f'action="/webinars/register/{webinar.pk}/"' in page.content.decode()
    assert _register(browser, webinar, form_data()).status_code == 200
    assert Registration.objects.count() == 1


def test_signed_in_contact_gets_the_form_prefilled(client, webinar):

    user = get_user_model().objects.create_user("lea", "lea@example.org", "pw")
    leads.identify(None, "lea@example.org", first_name="Léa", company="Martin Industries")
    client.force_login(user)
    html = client.get(webinar.url + "register/").content.decode()
    assert 'value="lea@example.org"' in html and 'value="Martin Industries"' in html
