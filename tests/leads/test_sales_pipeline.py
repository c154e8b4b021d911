from django.contrib.auth.models import Group

import pytest

from leads.models import Contact, FitRule, LifecycleStage, PipelineStage, RejectionReason
from leads.sales.assignment import assign_qualified
from leads.sales.pipeline import (
    PipelineError,
    add_note,
    decide,
    move,
    open_lead,
    rejections_by_rule,
)
from leads.sales.receivers import on_returned_to_nurturing
from leads.scoring import update_fit
from tests.leads.factories import ContactFactory, make_rep

pytestmark = pytest.mark.django_db


@pytest.fixture
def rep(db):
    return make_rep("alice")


@pytest.fixture
def lead(rep):
    return assign_qualified(ContactFactory())


def _stage(lead):
    return Contact.objects.get(pk=lead.contact_id).stage


def test_each_move_is_recorded_and_the_lifecycle_stage_follows(lead, rep):
    assert _stage(lead) == LifecycleStage.MARKETING_QUALIFIED
    move(lead, PipelineStage.CONTACTED, rep)
    lead.refresh_from_db()
    assert lead.first_contacted_at is not None
    move(lead, PipelineStage.SALES_QUALIFIED, rep)
    assert _stage(lead) == LifecycleStage.SALES_QUALIFIED
    move(lead, PipelineStage.WON, rep)
    assert _stage(lead) == LifecycleStage.CUSTOMER
    history = [(m.from_stage, m.to_stage, m.rep) for m in lead.moves.order_by("moved_at", "pk")]
    assert history == [
        ("", "new", None),
        ("new", "contacted", rep),
        ("contacted", "sales_qualified", rep),
        ("sales_qualified", "won", rep),
    ]


def test_lost_and_nurturing_need_a_reason(lead, rep):
    with pytest.raises(PipelineError):
        move(lead, PipelineStage.LOST, rep, "  ")
    with pytest.raises(PipelineError):
        move(lead, PipelineStage.NURTURING, rep)
    move(lead, PipelineStage.NURTURING, rep, "Projet repoussé à l'an prochain")
    assert _stage(lead) == LifecycleStage.LEAD
    assert lead.moves.first().reason == "Projet repoussé à l'an prochain"


def test_impossible_moves_are_refused(lead, rep):
    with pytest.raises(PipelineError):
        move(lead, PipelineStage.WON, rep)
    move(lead, PipelineStage.LOST, rep, "Budget gelé")
    assert _stage(lead) == LifecycleStage.DISQUALIFIED
    with pytest.raises(PipelineError):
        move(lead, PipelineStage.CONTACTED, rep)


def test_a_lead_back_from_nurturing_reopens_when_qualified_again(lead, rep):
    move(lead, PipelineStage.NURTURING, rep, "Pas maintenant")
    reopened = open_lead(lead.contact)
    assert reopened.pk == lead.pk
    assert reopened.stage == PipelineStage.NEW
    assert _stage(lead) == LifecycleStage.MARKETING_QUALIFIED


def test_notes_must_say_something(lead, rep):
    with pytest.raises(PipelineError):
        add_note(lead, rep, "   ")
    note = add_note(lead, rep, "Rappeler mardi")
    assert list(lead.notes.all()) == [note]


def test_rejection_needs_a_reason_code_and_is_reported_per_scoring_rule(rep):
    FitRule.objects.create(
        name="Étudiants", field="seniority", operator="equals", value="student", points=25
    )
    contact = ContactFactory(seniority="student")
    update_fit(contact)
    lead = assign_qualified(contact)
    with pytest.raises(PipelineError):
        decide(lead, rep, accept=False, reason_code="")
    decide(lead, rep, accept=False, reason_code="student")
    lead.refresh_from_db()
    assert lead.stage == PipelineStage.LOST
    assert lead.rejection_reason == RejectionReason.STUDENT
    assert str(RejectionReason.STUDENT.label) in lead.moves.first().reason
    with pytest.raises(PipelineError):
        decide(lead, rep, accept=True)
    rows = {name: (reasons, total) for name, reasons, total in rejections_by_rule()}
    assert rows["Étudiants"] == ({"student": 1}, 1)


def test_an_untouched_lead_whose_score_fell_goes_back_to_nurturing(lead, rep):
    Contact.objects.filter(pk=lead.contact_id).update(stage=LifecycleStage.LEAD)
    on_returned_to_nurturing(Contact, contact=lead.contact)
    lead.refresh_from_db()
    assert lead.stage == PipelineStage.NURTURING
    assert lead.moves.first().rep is None and lead.moves.first().reason


def test_a_worked_lead_stays_with_its_rep_when_the_score_falls(lead, rep):
    move(lead, PipelineStage.CONTACTED, rep)
    Contact.objects.filter(pk=lead.contact_id).update(stage=LifecycleStage.LEAD)
    on_returned_to_nurturing(Contact, contact=lead.contact)
    lead.refresh_from_db()
    assert lead.stage == PipelineStage.CONTACTED
    assert _stage(lead) == LifecycleStage.MARKETING_QUALIFIED


def test_marketing_managers_read_the_rejections_report(client, rep):

    FitRule.objects.create(
        name="Grands comptes", field="company_size", operator="gte", value="100", points=20
    )
    contact = ContactFactory(company_size=500)
    update_fit(contact)
    decide(assign_qualified(contact), rep, accept=False, reason_code="competitor")
    client.force_login(rep)
    assert client.get("/admin/sales/rejections/").status_code in {302, 403}
    marketing = make_rep("marketing")
    marketing.groups.set([Group.objects.get(name="Marketing managers")])
    client.force_login(marketing)
    html = client.get("/admin/sales/rejections/").content.decode()
    assert "Grands comptes" in html
