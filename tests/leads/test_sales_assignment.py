import threading

from django.core import mail
from django.db import connection, connections, transaction

import pytest

from leads.models import (
    AssignedVia,
    Lead,
    LifecycleStage,
    RepAvailability,
    ScoringSettings,
    ShareLink,
    TerritoryRule,
)
from leads.qualification import evaluate
from leads.sales.assignment import LeadAlreadyTaken, assign_qualified, claim, reassign
from leads.tracking import track
from tests.leads.factories import ContactFactory, make_rep
from website.models import Delivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def reps(db):
    return [make_rep(name) for name in ("alice", "bruno", "chloe")]


def test_a_qualified_contact_becomes_a_lead_of_a_rep_who_gets_an_email(
    reps, django_capture_on_commit_callbacks
):
    ScoringSettings.objects.update_or_create(
        pk=ScoringSettings.load().pk, defaults={"fit_threshold": 0, "engagement_threshold": 10}
    )
    contact = ContactFactory(first_name="Inès", last_name="Roux")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        track(contact, "whitepaper_download", themes=["crm"], label="Guide CRM")
        evaluate(contact)
    lead = Lead.objects.get(contact=contact)
    contact.refresh_from_db()
    assert contact.owner in reps
    assert lead.assigned_via == AssignedVia.ROUND_ROBIN
    assert contact.stage == LifecycleStage.MARKETING_QUALIFIED
    message = mail.outbox[-1]
    assert message.to == [contact.owner.email]
    assert "Inès Roux" in message.subject
    assert f"/admin/sales/lead/{lead.pk}/" in message.body
    assert Delivery.objects.filter(key=f"lead:{lead.pk}:assigned:1").count() == 1


def test_rules_apply_in_order_share_link_then_territory_then_round_robin(reps):
    alice, bruno, chloe = reps
    TerritoryRule.objects.create(country="BE", rep=bruno, priority=1)
    TerritoryRule.objects.create(language="en", rep=chloe, priority=2)
    link = ShareLink.objects.create(rep=alice, target="/fr/a-propos/")

    shared = ContactFactory(country="BE", first_touch={"share_link": link.token})
    assert assign_qualified(shared).assigned_via == AssignedVia.SHARE_LINK
    shared.refresh_from_db()
    assert shared.owner == alice

    belgian = ContactFactory(country="BE", preferred_language="en")
    assign_qualified(belgian)
    belgian.refresh_from_db()
    assert belgian.owner == bruno  # priority 1 beats the language rule

    english = ContactFactory(country="GB", preferred_language="en")
    lead = assign_qualified(english)
    english.refresh_from_db()
    assert (english.owner, lead.assigned_via) == (chloe, AssignedVia.TERRITORY)

    nobody = ContactFactory(country="FR")
    assert assign_qualified(nobody).assigned_via == AssignedVia.ROUND_ROBIN


def test_unavailable_reps_are_skipped_by_every_rule(reps):
    alice, bruno, chloe = reps
    RepAvailability.objects.create(rep=bruno, active=False)
    TerritoryRule.objects.create(country="BE", rep=bruno)
    contact = ContactFactory(country="BE")
    assign_qualified(contact)
    contact.refresh_from_db()
    assert contact.owner in {alice, chloe}


def test_round_robin_is_fair(reps):
    for number in range(9):
        assign_qualified(ContactFactory(email=f"rr{number}@example.com"))
    counts = {rep.username: rep.owned_contacts.count() for rep in reps}
    assert counts == {"alice": 3, "bruno": 3, "chloe": 3}
    # A fourth rep joins: they get the next lead, having waited longest.
    dora = make_rep("dora")
    assign_qualified(ContactFactory(email="next@example.com"))
    assert dora.owned_contacts.count() == 1


def test_no_available_rep_leaves_the_lead_unassigned(db):
    lead = assign_qualified(ContactFactory())
    assert lead.assigned_at is None
    assert lead.contact.owner is None
    assert not Delivery.objects.filter(key__startswith=f"lead:{lead.pk}:").exists()


def test_a_second_claim_is_told_it_lost(reps):
    alice, bruno, _chloe = reps
    RepAvailability.objects.filter(rep__in=reps).delete()
    for rep in reps:
        RepAvailability.objects.create(rep=rep, active=False)
    lead = assign_qualified(ContactFactory())
    stale = Lead.objects.get(pk=lead.pk)  # what bruno's screen showed
    claim(lead, alice)
    with pytest.raises(LeadAlreadyTaken):
        claim(stale, bruno)
    lead.contact.refresh_from_db()
    assert lead.contact.owner == alice


@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_exactly_one_wins():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("Threads need a database shared across connections (PostgreSQL in CI).")
    alice, bruno = make_rep("alice"), make_rep("bruno")
    RepAvailability.objects.create(rep=alice, active=False)
    RepAvailability.objects.create(rep=bruno, active=False)
    lead = assign_qualified(ContactFactory())
    barrier = threading.Barrier(2)
    outcomes = []

    def attempt(rep):

        barrier.wait()
        try:
            claim(lead, rep)
            outcomes.append(("won", rep.username))
        except LeadAlreadyTaken:
            outcomes.append(("told", rep.username))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(rep,)) for rep in (alice, bruno)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcome for outcome, _name in outcomes) == ["told", "won"]


def test_managers_reassign_and_the_new_rep_is_emailed(reps):
    alice, bruno, _chloe = reps
    TerritoryRule.objects.create(country="FR", rep=alice)
    lead = assign_qualified(ContactFactory(country="FR"))
    reassign(lead, bruno)
    lead.refresh_from_db()
    assert lead.contact.owner == bruno
    assert lead.assignment_round == 2
    assert lead.assigned_via == AssignedVia.MANAGER
    deliveries = Delivery.objects.filter(key__startswith=f"lead:{lead.pk}:assigned:")
    assert sorted((d.key[-1], d.payload["to"][0]) for d in deliveries) == [
        ("1", alice.email),
        ("2", bruno.email),
    ]
