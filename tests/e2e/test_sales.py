"""A rep's path: a newly qualified lead is assigned, opened, read, and moved to contacted."""

import importlib
import re

from django.apps import apps

import pytest
from playwright.sync_api import expect

from leads.models import Lead, PipelineStage, ScoringSettings
from leads.qualification import evaluate
from leads.tracking import identify, track
from website.demo import seed_accounts

pytestmark = pytest.mark.e2e

DATA_MIGRATIONS = [
    ("website.migrations.0002_staff_groups", "create_groups"),
    ("leads.migrations.0002_default_scoring_rules", "create_rules"),
    ("leads.migrations.0004_staff_permissions", "grant"),
    ("leads.migrations.0006_sales_groups", "grant"),
]
PASSWORD = "aimant-demo"


@pytest.fixture
def qualified_lead(demo_site):
    """Scoring rules and groups (flushed with the database), Claire the demo rep, and a lead
    that just qualified."""
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(apps, None)
    seed_accounts()
    settings = ScoringSettings.load()
    settings.fit_threshold, settings.engagement_threshold = 0, 20
    settings.save()
    contact = identify(
        None, "ines.roux@example.com", first_name="Inès", last_name="Roux", company="Groupe Valmy"
    )
    for title in ("Social selling : par où commencer", "LinkedIn sans spam"):
        track(contact, "article_read", themes=["social-selling"], label=title)
    track(
        contact,
        "webinar_attendance",
        label="Prospecter sans appeler à froid",
        minutes=42,
        answers=[{"question": "Votre frein principal ?", "answer": "Le temps"}],
    )
    track(
        contact,
        "whitepaper_download",
        label="La vente sociale en 2026",
        promise="Doubler vos rendez-vous qualifiés en 90 jours.",
    )
    evaluate(contact)  # qualifies: the lead is assigned to the only rep, Claire
    return Lead.objects.get(contact=contact)


def test_a_rep_opens_a_new_lead_reads_why_and_moves_it_to_contacted(new_page, qualified_lead):
    assert qualified_lead.contact.owner.username == "claire.martin"
    page = new_page(locale="en-GB")
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", "claire.martin@aimant.localhost")
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(re.compile(r"/accounts/overview/|/admin/"))

    page.goto("/admin/sales/leads/mine/")
    row = page.locator(f"tr[data-lead='{qualified_lead.pk}']")
    expect(row).to_contain_text("Inès Roux")
    expect(row).to_contain_text("Groupe Valmy")
    row.get_by_role("link", name="Inès Roux").click()

    breakdown = page.locator("[data-score-breakdown]")
    expect(breakdown).to_contain_text("Know")
    expect(breakdown).to_contain_text("Trust")
    starters = page.locator("[data-starters]")
    expect(starters).to_contain_text("They read mostly about social selling")
    expect(starters).to_contain_text("for 42 minutes")
    expect(starters).to_contain_text("It promises: Doubler vos rendez-vous qualifiés en 90 jours")

    form = page.locator("[data-move-form]")
    form.get_by_label("Move to").select_option("contacted")
    form.get_by_role("button", name="Move").click()
    expect(page.locator("[data-stage]")).to_have_text("Contacted")
    qualified_lead.refresh_from_db()
    assert qualified_lead.stage == PipelineStage.CONTACTED
    assert qualified_lead.moves.first().rep.username == "claire.martin"
