"""Export, erasure across every table, suppression and the retention purge."""

from datetime import timedelta

from django.apps import apps
from django.core.mail import EmailMessage
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone

from wagtail import hooks

import pytest

from leads.audience import gdpr, mailchimp
from leads.models import (
    Contact,
    EmailSuppression,
    InteractionKind,
    Purpose,
    QuarantinedSubmission,
    RetentionPurge,
)
from leads.privacy import record_consent
from leads.tracking import track
from tests.factories import french
from tests.leads.factories import ContactFactory
from tests.leads.mailchimp_double import mailchimp_double_fixture  # noqa: F401 - fixture
from tests.webinars.factories import (
    RegistrationFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
)
from tests.whitepapers.factories import WhitePaperIndexPageFactory, WhitePaperPageFactory
from webinars.models import Registration
from website import outbox
from website.mail import queue_email
from website.models import Delivery
from whitepapers.links import create_link
from whitepapers.models import DownloadLink

pytestmark = pytest.mark.django_db

EMAIL = "zephyrine.quintavalle@example.net"
FIRST, LAST = "Zéphyrine", "Quintavalle"


def rows_mentioning(*needles):
    """Every (model, pk) whose text, char or JSON columns contain one of `needles`."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        text_fields = [
            field.column
            for field in model._meta.concrete_fields
            if isinstance(field, (models.CharField, models.TextField, models.JSONField))
        ]
        if not text_fields:
            continue
        query = models.Q()
        annotations = {}
        for index, field in enumerate(text_fields):
            annotations[f"_t{index}"] = Cast(field, models.TextField())
            for needle in needles:
                query |= models.Q(**{f"_t{index}__icontains": needle})
        for pk in (
            model._base_manager.annotate(**annotations).filter(query).values_list("pk", flat=True)
        ):
            found.append((model._meta.label, pk))
    return found


@pytest.fixture
def active_contact(django_user_model):
    contact = ContactFactory(
        email=EMAIL, first_name=FIRST, last_name=LAST, company="Quintavalle SA"
    )
    record_consent(contact, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    track(contact, InteractionKind.WHITEPAPER_DOWNLOAD, label="Guide", themes=["abm"])
    track(contact, InteractionKind.FORM_SUBMISSION, label=f"Formulaire de {FIRST}")
    queue_email(
        EmailMessage(f"Bonjour {FIRST}", f"Bonjour {FIRST} {LAST}", to=[EMAIL]), key="test:mail"
    )
    QuarantinedSubmission.objects.create(form="contact", email=EMAIL, data={"name": LAST})
    django_user_model.objects.create_user("zq", EMAIL, "secret-pass-123")
    return contact


def test_export_holds_every_section(active_contact):
    data = gdpr.export_contact(active_contact)
    assert data["contact"]["email"] == EMAIL
    assert data["consents"][0]["granted"] is True
    assert {row["kind"] for row in data["interactions"]} == {
        "whitepaper_download",
        "form_submission",
    }
    assert "scores" in data and "email_preferences" in data


def test_export_includes_what_other_apps_answer(active_contact):
    def webinars_export(contact):
        return {"webinar_registrations": [{"email": contact.email}]}

    with hooks.register_temporarily(gdpr.EXPORT_HOOK, webinars_export):
        data = gdpr.export_contact(active_contact)
    assert data["webinar_registrations"] == [{"email": EMAIL}]


def test_erasure_leaves_no_trace_in_any_table(active_contact, django_capture_on_commit_callbacks):
    assert rows_mentioning(EMAIL, LAST)  # the search does find the data before
    contact_id = active_contact.pk
    erased = []
    with (
        hooks.register_temporarily(gdpr.ERASE_HOOK, lambda contact: erased.append(contact.email)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        gdpr.erase_contact(active_contact)
    assert erased == [EMAIL]  # other apps were asked to erase while the address was readable
    assert not Contact.objects.filter(pk=contact_id).exists()
    assert rows_mentioning(EMAIL, FIRST, LAST) == []
    assert EmailSuppression.is_suppressed(EMAIL)
    assert not Contact.objects.exists()


def test_erasure_deletes_the_mailchimp_member_for_good(
    mailchimp_double, django_capture_on_commit_callbacks
):
    contact = ContactFactory(email=EMAIL)
    record_consent(contact, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    mailchimp.sync_contact(contact)
    member_hash = contact.mailchimp_member.email_hash
    with django_capture_on_commit_callbacks(execute=True):
        gdpr.erase_contact(contact)
    assert member_hash in mailchimp_double.forgotten
    assert (
        "POST",
        f"/3.0/lists/{mailchimp_double.list_id}/members/{member_hash}/actions/delete-permanent",
    ) in [(method, path) for method, path, _ in mailchimp_double.requests]
    forget = Delivery.objects.get(channel=mailchimp.FORGET_CHANNEL)
    assert forget.status == Delivery.Status.SENT
    assert EMAIL not in str(forget.payload)  # only the subscriber hash is kept
    # The same address consenting again through an import is never synced.
    again = ContactFactory(email=EMAIL)
    record_consent(again, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    assert not mailchimp.wants_sync(again)
    assert not Delivery.objects.filter(channel=mailchimp.CHANNEL, status="pending").exists()


def test_retention_purges_only_contacts_inactive_for_three_years(settings):
    settings.LEADS_RETENTION_DAYS = 3 * 365
    now = timezone.now()
    old = ContactFactory(email="old@example.com")
    recent = ContactFactory(email="recent@example.com")
    customer = ContactFactory(email="customer@example.com", stage="customer")
    Contact.objects.filter(pk__in=[old.pk, recent.pk, customer.pk]).update(
        created_at=now - timedelta(days=4 * 365)
    )
    track(recent, InteractionKind.CTA_CLICK, occurred_at=now - timedelta(days=30))
    track(old, InteractionKind.CTA_CLICK, occurred_at=now - timedelta(days=3 * 365 + 10))
    report = gdpr.purge_inactive_contacts(now)
    assert report.purged == 1
    assert set(Contact.objects.values_list("email", flat=True)) == {
        "recent@example.com",
        "customer@example.com",
    }
    assert RetentionPurge.objects.get().purged == 1
    assert not EmailSuppression.is_suppressed("old@example.com")  # no objection was made


def test_pending_mail_to_an_erased_person_is_never_sent(active_contact):
    delivery = Delivery.objects.get(key="test:mail")
    gdpr.erase_contact(active_contact)
    assert not Delivery.objects.filter(pk=delivery.pk).exists()
    assert outbox.deliver(delivery.pk) is None


def erase_webinar_registrations(contact):
    """What webinars registers on the erasure hook (registrations are keyed by e-mail)."""

    Registration.objects.filter(email__iexact=contact.email).delete()


def test_erasure_reaches_webinars_and_white_papers(site_tree, active_contact):

    home = site_tree["home_fr"]
    webinar = WebinarPageFactory(parent=WebinarIndexPageFactory(parent=home, locale=french()))
    RegistrationFactory(webinar=webinar, email=EMAIL, first_name=FIRST, last_name=LAST)
    paper = WhitePaperPageFactory(
        parent=WhitePaperIndexPageFactory(parent=home, locale=french()), locale=french()
    )
    create_link(active_contact, paper)
    assert {label for label, _pk in rows_mentioning(EMAIL, LAST)} >= {"webinars.Registration"}
    with hooks.register_temporarily(gdpr.ERASE_HOOK, erase_webinar_registrations):
        gdpr.erase_contact(active_contact)
    assert rows_mentioning(EMAIL, FIRST, LAST) == []

    assert not DownloadLink.objects.exists()


def test_mailchimp_forget_is_retried_when_mailchimp_fails(mailchimp_double):
    contact = ContactFactory(email=EMAIL)
    record_consent(contact, Purpose.MARKETING_EMAIL, True, text_version="nl-1", language="fr")
    mailchimp.sync_contact(contact)
    gdpr.erase_contact(contact)
    forget = Delivery.objects.get(channel=mailchimp.FORGET_CHANNEL)
    mailchimp_double.fail_next("500")
    assert outbox.deliver(forget.pk) == Delivery.Status.PENDING
    Delivery.objects.filter(pk=forget.pk).update(next_attempt_at=timezone.now())
    assert outbox.deliver(forget.pk) == Delivery.Status.SENT
    assert forget.payload["subscriber_hash"] in mailchimp_double.forgotten
