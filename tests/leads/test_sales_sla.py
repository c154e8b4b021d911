from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.core.management import call_command

import pytest
from freezegun import freeze_time

from leads.models import AssignedVia, Holiday, Lead, PipelineStage, RepAvailability, SalesSettings
from leads.sales.assignment import assign, assign_qualified
from leads.sales.pipeline import move
from leads.sales.sla import WorkingClock, run_sla
from tests.leads.factories import ContactFactory, make_manager, make_rep
from website.models import Delivery

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
MONDAY = date(2026, 11, 16)


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


def monday(hour, minute=0, *, plus_days=0):
    return at(date.fromordinal(MONDAY.toordinal() + plus_days), hour, minute)


def test_the_clock_counts_only_working_hours(db):
    clock = WorkingClock()
    friday = date(2026, 11, 20)
    assert clock.working_hours(at(friday, 17), monday(10, plus_days=7)) == pytest.approx(2)
    assert clock.working_hours(monday(7), monday(20)) == pytest.approx(9)
    assert clock.working_hours(monday(20), monday(7, plus_days=1)) == 0
    Holiday.objects.create(date=date(2026, 11, 17), name="Jour férié d'entreprise")
    clock = WorkingClock()
    assert clock.working_hours(monday(17), monday(10, plus_days=2)) == pytest.approx(2)


def test_working_hours_and_days_are_configurable(db):
    settings = SalesSettings.load()
    settings.day_starts_at, settings.day_ends_at = time(8), time(12)
    settings.working_days = "0,1,2,3,4,5"
    settings.save()
    clock = WorkingClock()
    saturday = date(2026, 11, 21)
    assert clock.working_hours(at(saturday, 7), at(saturday, 18)) == pytest.approx(4)


@pytest.fixture
def waiting_lead(db):
    alice, bruno = make_rep("alice"), make_rep("bruno")
    RepAvailability.objects.create(rep=alice, last_assigned_at=monday(8))
    managers = [make_manager("maud"), make_manager("marc")]
    lead = assign_qualified(ContactFactory(), at=monday(9))
    lead.refresh_from_db()
    assert lead.contact.owner == bruno
    return {"lead": lead, "alice": alice, "bruno": bruno, "managers": managers}


def _keys(lead, kind):
    return sorted(
        Delivery.objects.filter(key__contains=f"lead:{lead.pk}:{kind}").values_list(
            "key", flat=True
        )
    )


def test_reminder_then_escalation_exactly_once(waiting_lead):
    lead, managers = waiting_lead["lead"], waiting_lead["managers"]
    run_sla(now=monday(16, 59))  # 7 h 59 of work: not yet
    assert _keys(lead, "sla-") == []
    run_sla(now=monday(17, 1))
    run_sla(now=monday(17, 30))
    assert _keys(lead, "sla-reminder") == [f"lead:{lead.pk}:sla-reminder:1"]
    reminder = Delivery.objects.get(key=f"lead:{lead.pk}:sla-reminder:1")
    assert reminder.payload["to"] == [waiting_lead["bruno"].email]
    run_sla(now=monday(17, 59, plus_days=1))  # 8 + 8.98 h: escalate
    run_sla(now=monday(18, 0, plus_days=2))
    escalations = Delivery.objects.filter(key__contains=f"lead:{lead.pk}:sla-escalation")
    assert sorted(d.payload["to"][0] for d in escalations) == sorted(m.email for m in managers)
    lead.refresh_from_db()
    assert lead.escalated_at is not None
    assert lead.contact.owner == waiting_lead["bruno"]  # reassignment is off by default


def test_escalation_can_reassign_and_restart_the_clock(waiting_lead):
    SalesSettings.objects.filter(pk=SalesSettings.load().pk).update(reassign_on_escalation=True)
    lead = waiting_lead["lead"]
    run_sla(now=monday(10, plus_days=2))
    lead.refresh_from_db()
    assert lead.contact.owner == waiting_lead["alice"]
    assert (lead.assignment_round, lead.assigned_via) == (2, AssignedVia.ESCALATION)
    assert lead.escalated_at is None  # a new round: the new owner gets their own clock
    assert Delivery.objects.filter(key=f"lead:{lead.pk}:assigned:2").exists()
    run_sla(now=monday(10, 30, plus_days=2))
    assert _keys(lead, "sla-reminder") == [f"lead:{lead.pk}:sla-reminder:1"]


def test_a_contacted_lead_stops_the_clock(waiting_lead):
    lead = waiting_lead["lead"]
    move(lead, PipelineStage.CONTACTED, waiting_lead["bruno"], at=monday(11))
    run_sla(now=monday(12, plus_days=3))
    assert _keys(lead, "sla-") == []
    assert not WorkingClock().is_overdue(Lead.objects.get(pk=lead.pk), monday(12, plus_days=3))


def test_the_scheduled_command_uses_the_real_clock(waiting_lead):
    lead = waiting_lead["lead"]
    assign(lead, waiting_lead["bruno"], AssignedVia.MANAGER, at=monday(9))
    with freeze_time(monday(9, 30, plus_days=1)):
        call_command("run_sales_sla", verbosity=0)
    assert _keys(lead, "sla-reminder") == [f"lead:{lead.pk}:sla-reminder:2"]
