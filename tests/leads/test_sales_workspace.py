import csv
import io
from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from leads.models import Contact, Lead, PipelineStage, RepAvailability
from leads.sales.assignment import assign, assign_qualified
from leads.tracking import track
from tests.leads.factories import ContactFactory, make_manager, make_rep, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(db):
    alice, bruno = make_rep("alice", language="en"), make_rep("bruno")
    manager = make_manager("maud")
    # Nobody takes leads automatically: each test decides who owns what.
    for rep in (alice, bruno):
        RepAvailability.objects.create(rep=rep, active=False)
    mine = assign_qualified(ContactFactory(email="mine@example.com", company="Valmy", fit=30))
    assign(mine, alice, "claim")
    theirs = assign_qualified(ContactFactory(email="theirs@example.com", company="Kalia"))
    assign(theirs, bruno, "claim")
    free = assign_qualified(ContactFactory(email="free@example.com", company="Norea"))
    return {
        "alice": alice,
        "bruno": bruno,
        "manager": manager,
        "mine": mine,
        "theirs": theirs,
        "free": free,
    }


def _status(client, url, data=None):
    """Final status: a 404 under /admin/ is redirected once to the /fr/ prefix first."""
    if data is None:
        return client.get(url, follow=True).status_code
    response = client.post(url, data)
    while response.status_code == 302 and response["Location"].startswith("/fr/"):
        response = client.post(response["Location"], data)
    return response.status_code


def _emails(response):
    html = response.content.decode()
    return {email for email in ("mine", "theirs", "free") if f"{email}@example.com" in html}


def test_reps_see_their_leads_and_the_unassigned_queue_only(client, team):
    client.force_login(team["alice"])
    assert _emails(client.get("/admin/sales/leads/mine/")) == set()  # names are shown, not e-mails
    html = client.get("/admin/sales/leads/mine/").content.decode()
    assert f'data-lead="{team["mine"].pk}"' in html
    assert f'data-lead="{team["theirs"].pk}"' not in html
    unassigned = client.get("/admin/sales/leads/unassigned/").content.decode()
    assert f'data-lead="{team["free"].pk}"' in unassigned
    assert f'data-lead="{team["mine"].pk}"' not in unassigned
    everything = client.get("/admin/sales/leads/all/").content.decode()
    assert f'data-lead="{team["theirs"].pk}"' not in everything
    assert f'data-lead="{team["free"].pk}"' in everything


def test_guessed_ids_are_refused(client, team):
    client.force_login(team["alice"])
    other = team["theirs"].pk
    assert _status(client, f"/admin/sales/lead/{other}/") == 404
    for action in ("move", "note", "decide", "claim"):
        status = _status(client, f"/admin/sales/lead/{other}/{action}/", {"stage": "contacted"})
        assert status == 404, action
    assert _status(client, "/admin/sales/lead/999999/") == 404
    # An unassigned lead can be read and claimed, not worked before claiming.
    free = team["free"].pk
    assert client.get(f"/admin/sales/lead/{free}/").status_code == 200
    assert client.post(f"/admin/sales/lead/{free}/move/", {"stage": "contacted"}).status_code in {
        302,
        403,
    }
    assert Lead.objects.get(pk=free).stage == PipelineStage.NEW
    assert Lead.objects.get(pk=other).stage == PipelineStage.NEW


def test_reps_cannot_reassign_or_open_manager_screens(client, team):
    client.force_login(team["alice"])
    mine = team["mine"].pk
    response = client.post(f"/admin/sales/lead/{mine}/reassign/", {"rep": team["bruno"].pk})
    assert response.status_code in {302, 403}  # Wagtail turns a refusal into a redirect
    assert Lead.objects.get(pk=mine).contact.owner == team["alice"]
    assert client.get("/admin/sales/crm-webhook/").status_code in {302, 403}
    assert client.get("/admin/territories/").status_code in {302, 403}


@pytest.mark.parametrize("who", ["prospect", "editor", "anonymous"])
def test_prospects_and_other_staff_never_reach_the_workspace(client, team, who):
    if who == "prospect":
        client.force_login(make_staff("prospect"))
    elif who == "editor":
        client.force_login(make_staff("editor", "Editors"))
    urls = [
        "/admin/sales/",
        "/admin/sales/leads/all/",
        "/admin/sales/leads/all/export.csv",
        f"/admin/sales/lead/{team['mine'].pk}/",
        "/admin/sales/share/",
    ]
    for url in urls:
        assert client.get(url).status_code in {302, 403}, url
    response = client.post(f"/admin/sales/lead/{team['mine'].pk}/move/", {"stage": "contacted"})
    assert response.status_code in {302, 403}
    assert Lead.objects.get(pk=team["mine"].pk).stage == PipelineStage.NEW


def test_managers_see_all_leads_and_reassign(client, team):
    client.force_login(team["manager"])
    html = client.get("/admin/sales/leads/all/").content.decode()
    assert all(f'data-lead="{team[key].pk}"' in html for key in ("mine", "theirs", "free"))
    client.post(f"/admin/sales/lead/{team['free'].pk}/reassign/", {"rep": team["bruno"].pk})
    assert Lead.objects.get(pk=team["free"].pk).contact.owner == team["bruno"]


def test_claiming_in_the_workspace_and_being_told_when_too_late(client, team):
    free = team["free"].pk
    client.force_login(team["bruno"])
    client.post(f"/admin/sales/lead/{free}/claim/")
    client.force_login(team["alice"])
    # Alice's list was loaded before Bruno claimed it: now she cannot even see it.
    assert _status(client, f"/admin/sales/lead/{free}/claim/", {}) == 404
    assert Lead.objects.get(pk=free).contact.owner == team["bruno"]


def test_filters_and_sorting(client, team):
    client.force_login(team["manager"])
    track(team["theirs"].contact, "article_read", themes=["social-selling"], label="Vendre")
    Lead.objects.filter(pk=team["mine"].pk).update(stage=PipelineStage.CONTACTED)

    def listed(**params):
        html = client.get("/admin/sales/leads/all/", params).content.decode()
        return [key for key in ("mine", "theirs", "free") if f'data-lead="{team[key].pk}"' in html]

    assert listed(stage="contacted") == ["mine"]
    assert listed(min_score=20) == ["mine"]
    assert listed(theme="social-selling") == ["theirs"]
    assert listed(owner=team["bruno"].pk) == ["theirs"]
    assert listed(activity="1") == ["theirs"]
    assert listed(stage="nonsense") == ["mine", "theirs", "free"]  # bad filters are ignored
    html = client.get("/admin/sales/leads/all/", {"sort": "score"}).content.decode()
    assert html.index(f'data-lead="{team["mine"].pk}"') < html.index(
        f'data-lead="{team["free"].pk}"'
    )
    html = client.get("/admin/sales/leads/all/", {"sort": "recent"}).content.decode()
    assert html.index(f'data-lead="{team["theirs"].pk}"') < html.index(
        f'data-lead="{team["mine"].pk}"'
    )


def test_overdue_leads_are_flagged(client, team):
    Lead.objects.filter(pk=team["mine"].pk).update(assigned_at=timezone.now() - timedelta(days=10))
    client.force_login(team["alice"])
    html = client.get("/admin/sales/leads/mine/").content.decode()
    row = html[html.index(f'data-lead="{team["mine"].pk}"') :]
    assert "data-overdue" in row[: row.index("</tr>")]
    assert "data-overdue" in client.get(f"/admin/sales/lead/{team['mine'].pk}/").content.decode()


def test_the_lead_page_and_moving_a_lead_to_contacted(client, team):
    lead = team["mine"]
    track(lead.contact, "article_read", themes=["prospection"], label="Prospecter sans appeler")
    client.force_login(team["alice"])
    html = client.get(f"/admin/sales/lead/{lead.pk}/").content.decode()
    assert "data-score-breakdown" in html
    assert "Prospecter sans appeler" in html
    assert "They read mostly about prospection" in html  # Alice works in English
    client.post(f"/admin/sales/lead/{lead.pk}/move/", {"stage": "lost", "reason": ""})
    assert Lead.objects.get(pk=lead.pk).stage == PipelineStage.NEW
    client.post(f"/admin/sales/lead/{lead.pk}/move/", {"stage": "contacted"})
    client.post(f"/admin/sales/lead/{lead.pk}/note/", {"body": "Call booked on Tuesday"})
    lead.refresh_from_db()
    assert lead.stage == PipelineStage.CONTACTED
    assert lead.notes.get().body == "Call booked on Tuesday"
    client.post(f"/admin/sales/lead/{lead.pk}/decide/", {"decision": "reject", "reason": "bogus"})
    assert Lead.objects.get(pk=lead.pk).decision == ""
    client.post(f"/admin/sales/lead/{lead.pk}/decide/", {"decision": "accept"})
    assert Lead.objects.get(pk=lead.pk).decision == "accepted"


def test_csv_export_is_excel_friendly_and_formula_safe(client, team):
    Contact.objects.filter(pk=team["mine"].contact_id).update(
        company='=HYPERLINK("http://evil.test","clic")', first_name="@SUM(A1)", last_name="Lefèvre"
    )
    client.force_login(team["alice"])
    response = client.get("/admin/sales/leads/mine/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 2  # the header and Alice's only lead
    row = rows[1]
    assert row[0] == "mine@example.com"
    assert '\'=HYPERLINK("http://evil.test","clic")' in row
    assert "'@SUM(A1)" in row
    assert "Lefèvre" in row
    assert not any(cell.startswith(("=", "+", "@")) for cell in row)


def test_sales_managers_group_exists_with_admin_access(db):
    group = Group.objects.get(name="Sales managers")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "manage_lead", "work_lead"} <= codenames
