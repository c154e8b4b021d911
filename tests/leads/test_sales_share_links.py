from django.test import RequestFactory

import pytest

from leads.models import AssignedVia, ShareLink, Visitor
from leads.sales.assignment import assign_qualified
from leads.tracking import CONSENT_COOKIE, VISITOR_COOKIE, identify
from tests.leads.factories import make_rep

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"


@pytest.fixture
def rep(site_tree):
    make_rep("bruno")  # another rep, who would get the lead by round-robin otherwise
    return make_rep("alice")


def _share(client, url):
    return client.post("/admin/sales/share/", {"url": url})


def test_a_rep_pastes_a_page_address_and_gets_a_personal_link(client, rep, site_tree):
    client.force_login(rep)
    response = _share(client, "http://testserver/fr/a-propos/")
    assert response.status_code == 200
    link = ShareLink.objects.get(rep=rep)
    assert link.page.pk == site_tree["about_fr"].pk
    assert f"http://testserver/s/{link.token}/" in response.content.decode()
    _share(client, "/fr/a-propos/")
    assert ShareLink.objects.filter(rep=rep).count() == 1  # the same page, the same link


def test_recent_pages_have_a_share_button(client, rep, site_tree):
    client.force_login(rep)
    html = client.get("/admin/sales/share/").content.decode()
    assert 'value="/en/about/"' in html and 'value="/fr/a-propos/"' in html
    _share(client, "/en/about/")
    assert ShareLink.objects.get(rep=rep).page.pk == site_tree["about_en"].pk


@pytest.mark.parametrize(
    "url", ["https://evil.example/fr/a-propos/", "/fr/does-not-exist/", "javascript:alert(1)", ""]
)
def test_addresses_outside_the_public_site_are_refused(client, rep, url):
    client.force_login(rep)
    response = _share(client, url)
    assert response.status_code == 400
    assert not ShareLink.objects.exists()


def test_visits_through_the_link_are_attributed_to_the_rep_first_and_last_touch(
    client, rep, site_tree
):
    link = ShareLink.objects.create(rep=rep, target="/fr/a-propos/", page=site_tree["about_fr"])
    client.cookies[CONSENT_COOKIE] = "accepted"
    response = client.get(f"/s/{link.token}/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 302
    assert response["Location"] == f"/fr/a-propos/?via={link.token}"
    visitor = Visitor.objects.get()
    assert visitor.first_touch["share_link"] == link.token
    assert visitor.last_touch["share_link"] == link.token

    # The visitor later gives their e-mail: the contact inherits the touches.
    request = RequestFactory().get("/fr/a-propos/", HTTP_USER_AGENT=BROWSER)
    request.COOKIES = {
        CONSENT_COOKIE: "accepted",
        VISITOR_COOKIE: client.cookies[VISITOR_COOKIE].value,
    }
    request.user = None
    contact = identify(request, "ines@example.com", first_name="Inès")
    assert contact.first_touch["share_link"] == link.token

    lead = assign_qualified(contact)
    contact.refresh_from_db()
    assert (contact.owner, lead.assigned_via) == (rep, AssignedVia.SHARE_LINK)

    client.force_login(rep)
    html = client.get("/admin/sales/share/").content.decode()
    assert "data-visits>1<" in html
    assert "data-contacts>1<" in html
    assert "data-qualified>1<" in html


def test_visits_without_consent_are_counted_but_not_tracked(client, rep, site_tree):
    link = ShareLink.objects.create(rep=rep, target="/fr/a-propos/", page=site_tree["about_fr"])
    response = client.get(f"/s/{link.token}/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 302
    assert not Visitor.objects.exists()
    client.get(f"/s/{link.token}/", HTTP_USER_AGENT="Googlebot/2.1")  # bots are not visits
    link.refresh_from_db()
    assert link.visits == 1


def test_an_unknown_share_link_is_a_clear_404(client, db):
    response = client.get("/s/nope/", HTTP_USER_AGENT=BROWSER, follow=True)
    assert response.status_code == 404
