"""Mailchimp sync through the outbox, driving the real client against a local double."""

import hashlib
from datetime import timedelta

from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from leads.audience import mailchimp
from leads.models import EmailPreferences, InteractionKind, MailchimpMember, Purpose
from leads.privacy import record_consent
from leads.tracking import track
from tests.leads.factories import ContactFactory
from tests.leads.mailchimp_double import mailchimp_double_fixture  # noqa: F401 - fixture
from website import outbox
from website.models import Delivery

pytestmark = pytest.mark.django_db


def md5(email):
    return hashlib.md5(email.lower().encode()).hexdigest()  # noqa: S324


def consent(contact, granted=True):
    return record_consent(
        contact, Purpose.MARKETING_EMAIL, granted, text_version="nl-1", language="fr"
    )


def syncs():
    return Delivery.objects.filter(channel=mailchimp.CHANNEL)


def deliver_pending():
    for delivery in syncs().filter(status=Delivery.Status.PENDING):
        outbox.deliver(delivery.pk)


def test_consent_schedules_one_sync_per_contact_after_commit(
    mailchimp_double, django_capture_on_commit_callbacks
):
    contact = ContactFactory(email="Lea.Martin@Example.com", first_name="Léa", last_name="Martin")
    assert not syncs().exists()  # no consent yet: Mailchimp hears nothing
    with django_capture_on_commit_callbacks(execute=True):
        consent(contact)
        contact.company = "Transitions SAS"
        contact.save()
        track(contact, InteractionKind.WHITEPAPER_DOWNLOAD, label="Guide de la prospection")
    delivery = syncs().get()
    assert delivery.payload["contact_id"] == contact.pk
    assert delivery.status == Delivery.Status.SENT
    member = mailchimp_double.members[md5("lea.martin@example.com")]
    assert member["status"] == "subscribed"
    assert member["merge_fields"]["FNAME"] == "Léa"
    assert member["merge_fields"]["COMPANY"] == "Transitions SAS"
    assert member["merge_fields"]["SCOREBAND"] in {"A", "B", "C"}
    assert mailchimp_double.paths("PUT") == [
        f"/3.0/lists/{mailchimp_double.list_id}/members/{md5('lea.martin@example.com')}"
    ]
    assert "whitepaper:Guide de la prospection" in mailchimp_double.tags[member["id"]]
    contact.refresh_from_db()
    assert f"stage:{contact.stage}" in mailchimp_double.tags[member["id"]]
    assert MailchimpMember.objects.get(contact=contact).status == "subscribed"


def test_upsert_is_idempotent_and_tags_follow_the_stage(mailchimp_double):
    contact = ContactFactory()
    consent(contact)
    track(contact, InteractionKind.WEBINAR_ATTENDANCE, label="Webinaire ABM", themes=["abm"])
    mailchimp.sync_contact(contact)
    contact.stage = "mql"
    contact.save()
    mailchimp.sync_contact(contact)
    assert len(mailchimp_double.members) == 1
    tags = mailchimp_double.tags[md5(contact.email)]
    assert {"webinar:Webinaire ABM", "theme:abm", "stage:mql"} <= tags
    assert "stage:subscriber" not in tags


def test_consent_withdrawn_while_queued_is_synced_as_unsubscribed(mailchimp_double):
    contact = ContactFactory()
    consent(contact)
    queued = syncs().get()  # its task has not run yet (no commit in this test)
    mailchimp.sync_contact(contact)  # an earlier sync made it a subscribed member
    consent(contact, granted=False)
    assert syncs().filter(status=Delivery.Status.PENDING).count() == 1  # coalesced
    assert outbox.deliver(queued.pk) == Delivery.Status.SENT
    assert mailchimp_double.members[md5(contact.email)]["status"] == "unsubscribed"


def test_never_synced_contact_without_consent_is_not_sent(mailchimp_double):
    contact = ContactFactory()
    consent(contact)
    queued = syncs().get()
    consent(contact, granted=False)
    outbox.deliver(queued.pk)
    assert queued.__class__.objects.get(pk=queued.pk).payload["result"] == "skipped"
    assert mailchimp_double.requests == []


def test_429_is_retried_after_what_mailchimp_asked(mailchimp_double):
    contact = ContactFactory()
    consent(contact)
    delivery = syncs().get()
    mailchimp_double.fail_next("429")
    before = timezone.now()
    assert outbox.deliver(delivery.pk) == Delivery.Status.PENDING
    delivery.refresh_from_db()
    assert "429" in delivery.last_error
    assert delivery.next_attempt_at >= before + timedelta(seconds=7)
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert outbox.deliver(delivery.pk) == Delivery.Status.SENT
    assert mailchimp_double.members[md5(contact.email)]["status"] == "subscribed"


@pytest.mark.parametrize("failure", ["500", "timeout"])
def test_server_errors_and_timeouts_are_transient(mailchimp_double, failure):
    contact = ContactFactory()
    consent(contact)
    delivery = syncs().get()
    mailchimp_double.fail_next(failure)
    assert outbox.deliver(delivery.pk) == Delivery.Status.PENDING
    delivery.refresh_from_db()
    assert delivery.attempts == 1 and delivery.last_error
    assert not MailchimpMember.objects.filter(contact=contact).exists()
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert outbox.deliver(delivery.pk) == Delivery.Status.SENT


def test_compliance_state_is_permanent_and_flags_the_contact(mailchimp_double):
    contact = ContactFactory()
    mailchimp_double.members[md5(contact.email)] = {
        "email_address": contact.email,
        "status": "unsubscribed",
        "compliance": True,
    }
    consent(contact)
    delivery = syncs().get()
    assert outbox.deliver(delivery.pk) == Delivery.Status.DEAD
    delivery.refresh_from_db()
    assert "Member In Compliance State" in delivery.last_error
    member = MailchimpMember.objects.get(contact=contact)
    assert member.flagged and member.flag_reason == "Member In Compliance State"
    contact.first_name = "Nouveau"
    contact.save()
    assert syncs().count() == 1  # flagged: nothing more is queued


def test_permanently_deleted_address_is_flagged(mailchimp_double):
    contact = ContactFactory()
    mailchimp_double.forgotten.add(md5(contact.email))
    consent(contact)
    with pytest.raises(mailchimp.MailchimpError) as error:
        mailchimp.sync_contact(contact)
    assert error.value.compliance and not error.value.transient
    assert MailchimpMember.objects.get(contact=contact).flagged


def test_sync_is_off_when_not_configured(settings):
    settings.MAILCHIMP_API_KEY = ""
    contact = ContactFactory()
    consent(contact)
    assert not syncs().exists()
    with pytest.raises(CommandError, match="not configured"):
        call_command("mailchimp_sync", "--all")


def test_sync_all_uses_batches_and_reads_the_results_archive(mailchimp_double, capsys):
    subscribed = ContactFactory.create_batch(3)
    for contact in subscribed:
        consent(contact)
    # Refusing tracking must not keep a newsletter subscriber out of the audience.
    record_consent(subscribed[0], Purpose.TRACKING, False, text_version="t-1", language="fr")
    refused = ContactFactory()
    consent(refused)
    mailchimp_double.forgotten.add(md5(refused.email))
    ContactFactory()  # never consented: not sent
    call_command("mailchimp_sync", "--all")
    assert "Synced 3, refused by Mailchimp 1, failed 0." in capsys.readouterr().out
    assert mailchimp_double.paths("POST") == ["/3.0/batches"]
    assert mailchimp_double.paths("PUT") == []  # everything went through the batch
    assert {md5(c.email) for c in subscribed} == set(mailchimp_double.members)
    assert MailchimpMember.objects.filter(flagged=False, status="subscribed").count() == 3
    assert MailchimpMember.objects.get(contact=refused).flagged


def test_ping_and_permanent_delete(mailchimp_double):
    contact = ContactFactory()
    consent(contact)
    mailchimp.sync_contact(contact)
    assert mailchimp.ping() == "Everything's Chimpy!"
    assert mailchimp.delete_member_permanently(contact.email)
    assert md5(contact.email) in mailchimp_double.forgotten
    assert mailchimp.delete_member_permanently("unknown@example.com")  # 404 counts as gone


def test_no_more_than_eight_calls_at_once(mailchimp_double):

    contact = ContactFactory()
    consent(contact)
    delivery = syncs().get()
    cache.set(mailchimp.SLOT_KEY, mailchimp.MAX_CONCURRENT_CALLS, timeout=60)
    assert outbox.deliver(delivery.pk) == Delivery.Status.PENDING
    delivery.refresh_from_db()
    assert "Too many Mailchimp calls" in delivery.last_error
    assert mailchimp_double.requests == []
    cache.set(mailchimp.SLOT_KEY, 0, timeout=60)
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert outbox.deliver(delivery.pk) == Delivery.Status.SENT
    assert cache.get(mailchimp.SLOT_KEY) == 0  # the slot is given back


def test_language_and_frequency_preferences_become_exclusive_tags(db):

    contact = ContactFactory()
    EmailPreferences.objects.create(
        contact=contact, topics=["social-selling"], languages=["en"], frequency="weekly"
    )
    tags = {tag["name"]: tag["status"] for tag in mailchimp.member_tags(contact)}
    assert tags["topic:social-selling"] == "active"
    assert (tags["lang:en"], tags["lang:fr"]) == ("active", "inactive")
    assert (tags["frequency:weekly"], tags["frequency:monthly"]) == ("active", "inactive")
