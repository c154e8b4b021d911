"""The demo contacts, their history, the sales pipeline and the audience."""

import re
from datetime import timedelta

from django.db.models import Count, Min
from django.utils import timezone

from wagtail.models import Page

from leads.audience.demo import SUPPRESSED_DEMO_ADDRESS
from leads.demo import DEMO_DOMAIN, ONCE
from leads.models import (
    Contact,
    EmailPreferences,
    EmailSuppression,
    Interaction,
    InteractionKind,
    Lead,
    LifecycleStage,
    PipelineStage,
    Purpose,
    RetentionPurge,
    ShareLink,
    TerritoryRule,
)
from leads.privacy import may_contact
from leads.sales.sla import WorkingClock
from leads.sales.starters import starters_for
from website.demo_files import load_items

# French quotes «…», English “…”; a quoted title may itself hold curly quotes, so an
# English quote ends at a closing mark followed by a space, punctuation or the end.
QUOTED = re.compile(r"«\s?(.+?)\s?»|“(.+?)”(?=[\s.,;:!?)]|$)")


def _demo_contacts():
    return Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}")


def test_a_realistic_spread_of_contacts_over_past_months():
    contacts = _demo_contacts()
    total = contacts.count()
    # Every contact that qualified became a lead (and moved on along the pipeline).
    qualified = Lead.objects.filter(contact__in=contacts).count()
    assert total >= 100
    assert 0.05 * total <= qualified <= 0.2 * total
    now = timezone.now()
    assert not contacts.filter(created_at__gt=now).exists()
    assert contacts.dates("created_at", "day").count() >= 30
    interactions = Interaction.objects.filter(contact__in=contacts)
    assert not interactions.filter(occurred_at__gt=now).exists()
    assert interactions.dates("occurred_at", "day").count() >= 60
    # Nobody acted before they were a contact.
    first = contacts.annotate(first=Min("interactions__occurred_at")).filter(first__isnull=False)
    for contact in first:
        assert contact.created_at <= contact.first


def test_interactions_cite_only_live_content_published_by_then():
    interactions = Interaction.objects.filter(contact__email__endswith=f"@{DEMO_DOMAIN}")
    live = {page.pk: page for page in Page.objects.live()}
    for interaction in interactions.filter(page__isnull=False).select_related("page"):
        page = live.get(interaction.page_id)
        assert page is not None, interaction
        assert interaction.occurred_at >= page.first_published_at - timedelta(minutes=1)
    trust = interactions.filter(kind__in=ONCE - {InteractionKind.NEWSLETTER_SIGNUP})
    assert trust.exists() and not trust.filter(page__isnull=True).exists()
    duplicates = trust.values("contact", "kind", "page").annotate(n=Count("pk")).filter(n__gt=1)
    assert not duplicates.exists()
    # Attending a webinar follows registering for it.
    for attended in trust.filter(kind=InteractionKind.WEBINAR_ATTENDANCE):
        registered = trust.get(
            contact=attended.contact, kind=InteractionKind.WEBINAR_REGISTRATION, page=attended.page
        )
        assert registered.occurred_at <= attended.occurred_at


def test_conversation_starters_cite_existing_content():
    """Every quoted title is a live page; other quotes are a webinar's question or answer."""
    titles = set(Page.objects.live().values_list("title", flat=True))
    questions = {
        text
        for item in load_items("webinars", "webinars")
        for code in item.languages
        for question in item.field("questions", code, default=[])
        for text in [question["label"], *question["sample_answers"]]
    }
    cited = 0
    for lead in Lead.objects.select_related("contact"):
        for language in ("fr", "en"):
            for sentence in starters_for(lead.contact, language):
                for french, english in QUOTED.findall(sentence):
                    quoted = french or english
                    assert quoted in titles | questions, sentence
                    cited += quoted in titles
    assert cited > 0


def test_the_team_and_pipeline_cover_every_stage():
    stages = set(Lead.objects.values_list("stage", flat=True))
    assert stages == set(PipelineStage.values)
    assert TerritoryRule.objects.values("rep").distinct().count() >= 3
    clock = WorkingClock()
    assert any(clock.is_overdue(lead) for lead in Lead.objects.select_related("contact"))
    assert ShareLink.objects.filter(visits__gt=0).exists()
    assert Lead.objects.filter(assigned_via="share_link").exists()
    assert not Lead.objects.filter(contact__owner__isnull=True).exists()
    qualified = _demo_contacts().filter(stage=LifecycleStage.MARKETING_QUALIFIED)
    assert not qualified.filter(owner__isnull=True).exists()
    for lead in Lead.objects.all():
        assert lead.assigned_at <= timezone.now()


def test_the_audience_has_preferences_a_suppression_and_a_purge_report():
    preferences = EmailPreferences.objects.select_related("contact")
    assert preferences.exists()
    for preference in preferences:
        assert may_contact(preference.contact, Purpose.MARKETING_EMAIL)
        assert preference.languages and preference.topics
    assert EmailSuppression.is_suppressed(SUPPRESSED_DEMO_ADDRESS)
    assert RetentionPurge.objects.exists()
