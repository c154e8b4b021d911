import pytest

from leads.demo import DEMO_DOMAIN
from leads.models import Lead, LifecycleStage, PipelineStage, ShareLink, TerritoryRule
from leads.sales.demo import seed_pipeline
from leads.sales.sla import WorkingClock
from tests.leads.factories import ContactFactory

pytestmark = pytest.mark.django_db


def test_demo_team_and_pipeline_cover_every_stage_and_are_idempotent(site_tree):
    for number in range(14):
        ContactFactory(
            email=f"demo{number}@{DEMO_DOMAIN}",
            country=["FR", "BE", "GB"][number % 3],
            stage=LifecycleStage.MARKETING_QUALIFIED,
        )
    summary = seed_pipeline()
    assert "3 reps" in summary
    stages = set(Lead.objects.values_list("stage", flat=True))
    assert stages == set(PipelineStage.values)
    assert TerritoryRule.objects.values("rep").distinct().count() == 3
    clock = WorkingClock()
    assert any(clock.is_overdue(lead) for lead in Lead.objects.select_related("contact"))
    assert ShareLink.objects.filter(visits__gt=0).exists()
    assert Lead.objects.filter(assigned_via="share_link").exists()
    assert not Lead.objects.filter(contact__owner__isnull=True).exists()

    def counts():
        return Lead.objects.count(), ShareLink.objects.count(), TerritoryRule.objects.count()

    before = counts()
    seed_pipeline()
    assert counts() == before
