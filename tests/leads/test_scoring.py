import math
from datetime import timedelta

from django.utils import timezone

import pytest

from leads.models import Contact, EngagementRule, InteractionKind, ScoringSettings
from leads.scoring import decayed_engagement, explain, recompute, rescore_history, update_fit
from leads.tracking import track
from tests.leads.factories import ContactFactory

pytestmark = pytest.mark.django_db

KINDS = [
    InteractionKind.PAGE_VIEW,
    InteractionKind.ARTICLE_READ,
    InteractionKind.WHITEPAPER_DOWNLOAD,
    InteractionKind.WEBINAR_REGISTRATION,
    InteractionKind.SHARE,
    InteractionKind.WEBINAR_ATTENDANCE,
]


def _history(contact, now):
    """A deterministic, out-of-order history over 120 days."""
    for step in range(40):
        kind = KINDS[(step * 7) % len(KINDS)]
        occurred_at = now - timedelta(days=(step * 37) % 120, hours=step % 5)
        track(contact, kind, occurred_at=occurred_at, themes=["social-selling"])


def test_incremental_scores_equal_a_full_recompute():
    now = timezone.now()
    contact = ContactFactory()
    _history(contact, now)
    contact.refresh_from_db()
    incremental = decayed_engagement(contact, now)

    recompute(contact, now)
    contact.refresh_from_db()
    recomputed = decayed_engagement(contact, now)

    for dimension in incremental:
        assert math.isclose(incremental[dimension], recomputed[dimension], rel_tol=1e-9), dimension
    assert sum(recomputed.values()) > 0


def test_engagement_halves_after_one_half_life():
    settings = ScoringSettings.load()
    settings.half_life_days = 30
    settings.save()
    contact = ContactFactory()
    now = timezone.now()
    track(contact, InteractionKind.WHITEPAPER_DOWNLOAD, occurred_at=now)
    contact.refresh_from_db()
    assert decayed_engagement(contact, now)["trust"] == pytest.approx(15)
    assert decayed_engagement(contact, now + timedelta(days=30))["trust"] == pytest.approx(7.5)
    assert decayed_engagement(contact, now + timedelta(days=60))["trust"] == pytest.approx(3.75)


def test_daily_caps_hold():
    contact = ContactFactory()
    now = timezone.now().replace(hour=12)
    for minute in range(25):
        track(contact, InteractionKind.PAGE_VIEW, occurred_at=now + timedelta(minutes=minute))
    contact.refresh_from_db()
    # Page views give know+1 each, capped at 10 a day.
    assert sum(e.points for e in contact.score_entries.filter(dimension="know")) == 10
    track(contact, InteractionKind.PAGE_VIEW, occurred_at=now + timedelta(days=1))
    assert sum(e.points for e in contact.score_entries.filter(dimension="know")) == 11


def test_theme_and_page_filters_restrict_a_rule():
    EngagementRule.objects.create(
        name="CRM reader", kind="article_read", theme="crm", dimension="like", points=4
    )
    contact = ContactFactory()
    track(contact, InteractionKind.ARTICLE_READ, themes=["crm"])
    track(contact, InteractionKind.ARTICLE_READ, themes=["prospection"])
    names = list(contact.score_entries.values_list("rule_name", flat=True))
    assert names.count("CRM reader") == 1
    assert names.count("Article read to the end") == 2


def test_fit_rules_score_who_the_contact_is():
    contact = ContactFactory(seniority="director", company_size=120, country="FR")
    assert update_fit(contact) == 15 + 10 + 5
    contact.seniority = "student"
    contact.company_size = 3
    contact.save()
    assert update_fit(contact) == -30 - 10 + 5
    assert Contact.objects.get(pk=contact.pk).fit == -35


def test_editing_a_rule_bumps_its_version_and_rescoring_applies_it():
    contact = ContactFactory()
    track(contact, InteractionKind.WHITEPAPER_DOWNLOAD)
    rule = EngagementRule.objects.get(kind="whitepaper_download")
    assert contact.score_entries.get().rule_version == 1

    rule.points = 25
    rule.save()
    rule.name = "Renamed only"
    rule.save()
    assert rule.version == 2

    rescore_history(contact)
    entry = contact.score_entries.get()
    assert (entry.points, entry.rule_version) == (25, 2)
    contact.refresh_from_db()
    assert contact.trust == pytest.approx(25, rel=1e-3)


def test_the_explanation_adds_up_to_the_score():
    contact = ContactFactory(seniority="executive")
    update_fit(contact)
    _history(contact, timezone.now())
    contact.refresh_from_db()
    now = timezone.now()
    lines = explain(contact, now)
    explained = sum(line["current"] for line in lines)
    assert explained == pytest.approx(contact.fit + sum(decayed_engagement(contact, now).values()))
    assert any(line["entry"].dimension == "fit" for line in lines)
