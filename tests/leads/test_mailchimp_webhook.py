"""The Mailchimp webhook, fed with the recorded bodies in tests/leads/samples/webhooks/."""

from pathlib import Path

from django.urls import reverse

import pytest

from leads.audience import mailchimp
from leads.audience.webhooks import MalformedWebhook, parse_body
from leads.models import ConsentEvent, Contact, MailchimpMember, Purpose
from leads.privacy import may_contact, record_consent
from tests.leads.factories import ContactFactory
from tests.leads.mailchimp_double import mailchimp_double_fixture  # noqa: F401 - fixture
from website import outbox
from website.models import Delivery

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "samples" / "webhooks"
SECRET = "Zk3pQ9vT7wLx2aRb"
LIST_ID = "4e7c9a1f3b"


@pytest.fixture(autouse=True)
def _webhook_settings(settings):
    settings.MAILCHIMP_WEBHOOK_SECRET = SECRET
    settings.MAILCHIMP_LIST_ID = LIST_ID


def body(name):
    return (SAMPLES / f"{name}.txt").read_bytes().strip()


def post(client, payload, secret=SECRET):
    return client.post(
        reverse("leads:mailchimp_webhook", args=[secret]),
        data=payload,
        content_type="application/x-www-form-urlencoded",
    )


def subscribed(email, **fields):
    contact = ContactFactory(email=email, **fields)
    record_consent(contact, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    return contact


def test_parse_body_nests_bracketed_keys():
    event = parse_body(body("profile"))
    assert event["type"] == "profile"
    assert event["data"]["merges"]["FNAME"] == "Marc-André"
    assert event["data"]["merges"]["GROUPINGS"]["0"]["name"] == "Centres d'intérêt"


def test_validation_get_is_answered(client):
    assert client.get(reverse("leads:mailchimp_webhook", args=[SECRET])).status_code == 200


def test_wrong_secret_is_forbidden_and_changes_nothing(client):
    contact = subscribed("jf.dupont@example.org")
    assert post(client, body("unsubscribe"), secret="wrong").status_code == 403
    assert client.get(reverse("leads:mailchimp_webhook", args=["wrong"])).status_code == 403
    assert may_contact(contact, Purpose.MARKETING_EMAIL)


def test_webhook_is_off_without_a_secret(client, settings):
    settings.MAILCHIMP_WEBHOOK_SECRET = ""
    assert post(client, body("unsubscribe"), secret="anything").status_code == 403


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"type=unsubscribe",
        b"type=teleport&data%5Bemail%5D=a%40example.org&data%5Blist_id%5D=4e7c9a1f3b",
        b"type=unsubscribe&data%5Bemail%5D=not-an-address&data%5Blist_id%5D=4e7c9a1f3b",
        b"type=unsubscribe&data=x&data%5Bemail%5D=a%40example.org",
        b"\xff\xfe",
    ],
)
def test_malformed_bodies_are_rejected(client, payload):
    assert post(client, payload).status_code == 400


def test_unsubscribe_withdraws_consent_once(client):
    contact = subscribed("jf.dupont@example.org")
    assert post(client, body("unsubscribe")).status_code == 200
    assert post(client, body("unsubscribe")).status_code == 200  # Mailchimp retries
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)
    withdrawals = ConsentEvent.objects.filter(contact=contact, granted=False)
    assert withdrawals.count() == 1
    assert withdrawals.get().source == "mailchimp:unsubscribe:manual"
    assert MailchimpMember.objects.get(contact=contact).status == "unsubscribed"


def test_unsubscribe_delete_marks_the_member_deleted(client):
    contact = subscribed("oliver.hughes@example.com")
    post(client, body("unsubscribe-delete"))
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)
    assert MailchimpMember.objects.get(contact=contact).status == "deleted"


def test_cleaned_flags_the_member_and_withdraws(client):
    contact = subscribed("chloe.dubois@example.org")
    assert post(client, body("cleaned")).content == b"cleaned"
    member = MailchimpMember.objects.get(contact=contact)
    assert member.flagged and member.status == "cleaned"
    assert not may_contact(contact, Purpose.MARKETING_EMAIL)


def test_profile_updates_the_contact(client):
    contact = subscribed("marc-andre.cote@example.com", first_name="Marc", company="")
    assert post(client, body("profile")).content == b"updated"
    contact.refresh_from_db()
    assert (contact.first_name, contact.last_name) == ("Marc-André", "Côté")
    assert contact.company == "Côté Solutions inc."
    assert post(client, body("profile")).content == b"unchanged"  # an echo changes nothing


def test_upemail_changes_the_address(client):
    contact = subscribed("sarah.thompson@example.com")
    assert post(client, body("upemail")).content == b"email changed"
    contact.refresh_from_db()
    assert contact.email == "sarah.thompson@example.org"


def test_upemail_never_merges_two_contacts(client):
    contact = subscribed("sarah.thompson@example.com")
    ContactFactory(email="sarah.thompson@example.org")
    assert post(client, body("upemail")).content == b"conflict"
    contact.refresh_from_db()
    assert contact.email == "sarah.thompson@example.com"


def test_subscribe_from_mailchimp_records_consent_for_a_known_contact(client):
    contact = ContactFactory(email="elodie.garcon@example.org")
    assert post(client, body("subscribe")).content == b"subscribed"
    assert may_contact(contact, Purpose.MARKETING_EMAIL)
    assert post(client, body("subscribe")).content == b"ignored"  # echo / retry


def test_unknown_people_and_other_audiences_are_ignored(client, settings):
    assert post(client, body("unsubscribe")).content == b"ignored"
    assert not Contact.objects.exists()
    settings.MAILCHIMP_LIST_ID = "another"
    assert post(client, body("cleaned")).content == b"other audience"


def test_campaign_events_are_accepted(client):
    assert post(client, body("campaign")).status_code == 200


def test_parse_rejects_clashing_keys():
    with pytest.raises(MalformedWebhook):
        parse_body(b"data=1&data%5Bemail%5D=a%40example.org")


def test_round_trip_unsubscribe_reaches_mailchimp_and_is_never_undone(
    client, mailchimp_double, settings
):
    settings.MAILCHIMP_LIST_ID = LIST_ID
    mailchimp_double.list_id = LIST_ID
    contact = subscribed("jf.dupont@example.org")
    for delivery in Delivery.objects.filter(channel=mailchimp.CHANNEL):
        outbox.deliver(delivery.pk)
    assert mailchimp_double.members[contact.mailchimp_member.email_hash]["status"] == "subscribed"
    assert post(client, body("unsubscribe")).status_code == 200
    contact.refresh_from_db()
    contact.first_name = "Jean-François"
    contact.save()
    for delivery in Delivery.objects.filter(
        channel=mailchimp.CHANNEL, status=Delivery.Status.PENDING
    ):
        outbox.deliver(delivery.pk)
    member = mailchimp_double.members[contact.mailchimp_member.email_hash]
    assert member["status"] == "unsubscribed"
    assert member["merge_fields"]["FNAME"] == "Jean-François"
