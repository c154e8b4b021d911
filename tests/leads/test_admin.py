import re

from django.contrib.auth.models import Group

import pytest

from leads.models import Contact, LifecycleStage
from leads.privacy import record_consent
from leads.scoring import update_fit
from leads.tracking import track
from tests.leads.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored_contact(site_tree):
    contact = ContactFactory(seniority="director", company_size=80, country="FR")
    update_fit(contact)
    track(contact, "page_view", site_tree["about_fr"])
    track(contact, "whitepaper_download", themes=["crm"])
    record_consent(contact, "marketing_email", True, text_version="v1", language="fr")
    return contact


def _number(html, attribute):
    match = re.search(rf"<(?:td|th) {attribute}>(?:<strong>)?([-\d.,]+)", html)
    return float(match.group(1).replace(",", "."))


def test_staff_see_the_timeline_and_an_explanation_that_adds_up(client, admin_user, scored_contact):
    client.force_login(admin_user)
    html = client.get(f"/admin/contacts/inspect/{scored_contact.pk}/").content.decode()
    assert "À propos" in html  # the page view, in the timeline
    assert "White-paper download" in html or "livre blanc" in html.lower()
    assert "v1" in html  # the consent text version
    assert _number(html, "data-score-total") == pytest.approx(
        _number(html, "data-explained-total"), abs=0.05
    )
    assert _number(html, "data-score-total") == pytest.approx(30 + 1 + 15, abs=0.1)


def test_contact_list_filters_and_searches(client, admin_user, scored_contact):
    ContactFactory(email="other@example.com", company="Autre")
    client.force_login(admin_user)
    listing = client.get("/admin/contacts/", {"q": "Transitions"}).content.decode()
    assert scored_contact.email in listing
    by_stage = client.get("/admin/contacts/", {"stage": "mql"}).content.decode()
    assert "other@example.com" not in by_stage
    by_score = client.get("/admin/contacts/", {"min_total": "40"}).content.decode()
    assert scored_contact.email in by_score and "other@example.com" not in by_score
    by_theme = client.get("/admin/contacts/", {"theme": "crm"}).content.decode()
    assert scored_contact.email in by_theme and "other@example.com" not in by_theme


def test_staff_override_the_stage_with_a_reason(client, admin_user, scored_contact):
    client.force_login(admin_user)
    url = f"/admin/contacts/stage/{scored_contact.pk}/"
    client.post(url, {"stage": "disqualified", "reason": ""})
    assert Contact.objects.get(pk=scored_contact.pk).stage != LifecycleStage.DISQUALIFIED
    client.post(url, {"stage": "disqualified", "reason": "Already a customer of a partner"})
    contact = Contact.objects.get(pk=scored_contact.pk)
    assert contact.stage == LifecycleStage.DISQUALIFIED
    assert contact.stage_override_reason == "Already a customer of a partner"


def test_staff_without_lead_permissions_cannot_open_contacts(
    client, django_user_model, scored_contact
):
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(f"/admin/contacts/inspect/{scored_contact.pk}/").status_code in {302, 403}
    assert client.post(
        f"/admin/contacts/stage/{scored_contact.pk}/", {"stage": "customer", "reason": "x"}
    ).status_code in {302, 403}
    assert Contact.objects.get(pk=scored_contact.pk).stage != LifecycleStage.CUSTOMER


def test_marketing_managers_work_with_contacts_and_reps_use_the_sales_workspace(
    client, django_user_model, scored_contact
):
    rep = django_user_model.objects.create_user("rep", password="pw")
    rep.groups.add(Group.objects.get(name="Sales reps"))
    client.force_login(rep)
    # Reps no longer browse every contact: they see their leads in the workspace.
    assert client.get(f"/admin/contacts/inspect/{scored_contact.pk}/").status_code in {302, 403}
    manager = django_user_model.objects.create_user("marketing", password="pw")
    manager.groups.add(Group.objects.get(name="Marketing managers"))
    client.force_login(manager)
    assert client.get(f"/admin/contacts/inspect/{scored_contact.pk}/").status_code == 200
    assert client.get("/admin/engagement_rules/").status_code == 200
