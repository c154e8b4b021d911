import json
import threading

from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.test import Client

import pytest

from leads import views
from leads.models import AnonymousPageCount, Contact, Interaction, Visitor
from leads.tracking import CONSENT_COOKIE, identify, track
from tests.factories import PersonaFactory
from tests.leads.factories import ContactFactory

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"


def _beacon(client, payload, **extra):
    return client.post(
        "/t/",
        data=json.dumps(payload) if not isinstance(payload, str) else payload,
        content_type="application/json",
        HTTP_USER_AGENT=BROWSER,
        **extra,
    )


@pytest.fixture
def consenting_client():
    client = Client()
    client.cookies[CONSENT_COOKIE] = "accepted"
    return client


def test_without_consent_only_an_anonymous_count_is_kept(client, site_tree):
    page = site_tree["about_fr"]
    for _ in range(3):
        assert _beacon(client, {"event": "view", "page": page.pk}).status_code == 204
    assert AnonymousPageCount.objects.get(page=page).views == 3
    assert not Interaction.objects.exists()
    assert not Visitor.objects.exists()
    assert "aimant_vid" not in client.cookies


def test_refusing_consent_is_as_good_as_never_answering(client, site_tree):
    client.cookies[CONSENT_COOKIE] = "refused"
    _beacon(client, {"event": "view", "page": site_tree["about_fr"].pk})
    _beacon(client, {"event": "share", "page": site_tree["about_fr"].pk, "network": "linkedin"})
    assert not Interaction.objects.exists()


def test_with_consent_the_visitor_gets_a_signed_cookie_and_interactions(
    consenting_client, site_tree
):
    page = site_tree["about_fr"]
    response = _beacon(consenting_client, {"event": "view", "page": page.pk})
    assert response.status_code == 204
    visitor = Visitor.objects.get()
    assert consenting_client.cookies["aimant_vid"]["httponly"]
    assert str(visitor.pk) in consenting_client.cookies["aimant_vid"].value  # signed value
    _beacon(consenting_client, {"event": "read", "page": page.pk, "depth": 100})
    kinds = list(Interaction.objects.order_by("pk").values_list("kind", "visitor_id"))
    assert kinds == [("page_view", visitor.pk), ("article_read", visitor.pk)]


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        "[1, 2]",
        {"event": "hack", "page": 1},
        {"event": "view"},
        {"event": "view", "page": "1"},
        {"event": "view", "page": True},
        {"event": "view", "page": 1, "depth": 500},
        {"event": "share", "page": 1, "network": "x" * 100},
        {"event": "view", "page": 1, "padding": "x" * 3000},
    ],
)
def test_malformed_beacons_get_400_and_write_nothing(consenting_client, site_tree, payload):
    if isinstance(payload, dict) and payload.get("page") == 1 and payload["page"] is not True:
        payload = {**payload, "page": site_tree["about_fr"].pk}
    assert _beacon(consenting_client, payload).status_code == 400
    assert not Interaction.objects.exists()
    assert not AnonymousPageCount.objects.exists()


def test_beacon_rejects_unknown_pages_and_form_posts(consenting_client, site_tree):
    assert _beacon(consenting_client, {"event": "view", "page": 999999}).status_code == 400
    form = consenting_client.post("/t/", {"event": "view", "page": site_tree["about_fr"].pk})
    assert form.status_code == 400
    assert consenting_client.get("/t/").status_code == 405


def test_bots_are_not_counted(consenting_client, site_tree):
    response = consenting_client.post(
        "/t/",
        data=json.dumps({"event": "view", "page": site_tree["about_fr"].pk}),
        content_type="application/json",
        HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)",
    )
    assert response.status_code == 204
    assert not Interaction.objects.exists()
    assert not AnonymousPageCount.objects.exists()


def test_beacon_is_rate_limited(client, site_tree, monkeypatch):

    monkeypatch.setattr(views, "BEACON_RATE_LIMIT", 3)
    statuses = [
        _beacon(client, {"event": "view", "page": site_tree["about_fr"].pk}).status_code
        for _ in range(5)
    ]
    assert statuses == [204, 204, 204, 429, 429]


def test_identification_merges_the_anonymous_history(consenting_client, site_tree, rf):
    page = site_tree["about_fr"]
    sales_director = PersonaFactory(name="Directrice ou directeur commercial", key="sales-director")
    first_visit = {
        "url": "/fr/a-propos/?utm_source=linkedin&utm_campaign=printemps",
        "referrer": "https://www.linkedin.com/",
    }
    _beacon(consenting_client, {"event": "view", "page": page.pk, **first_visit})
    _beacon(consenting_client, {"event": "read", "page": page.pk, "depth": 100})
    visitor = Visitor.objects.get()

    request = rf.get("/fr/inscription/?utm_source=newsletter")
    request.COOKIES = {key: morsel.value for key, morsel in consenting_client.cookies.items()}
    contact = identify(
        request, "  Lea.Dupont@Example.COM ", first_name="Léa", job_title="Directeur commercial"
    )

    assert contact.email == "lea.dupont@example.com"
    assert contact.persona == sales_director
    assert contact.first_touch["utm_source"] == "linkedin"
    assert contact.first_touch["landing_page"] == "/fr/a-propos/"
    assert contact.first_touch["referrer"] == "https://www.linkedin.com/"
    assert contact.last_touch["utm_source"] == "newsletter"
    assert set(contact.interactions.values_list("kind", flat=True)) == {"page_view", "article_read"}
    visitor.refresh_from_db()
    assert visitor.contact == contact
    contact.refresh_from_db()
    assert contact.know == pytest.approx(4, rel=1e-3)  # view +1, read +3, just now
    assert contact.fit == 20  # "directeur" in the title +10, sales-leader persona +10
    tracking_consent = contact.consent_events.get(purpose="tracking")
    assert tracking_consent.granted
    assert tracking_consent.source == "consent banner"
    identify(request, "lea.dupont@example.com")
    assert contact.consent_events.filter(purpose="tracking").count() == 1


def test_identify_never_erases_known_fields_and_rejects_bad_addresses(db):
    contact = identify(None, "lea@example.com", company="Transitions", job_title="CEO")
    again = identify(None, "LEA@example.com", company="", first_name="Léa")
    assert again.pk == contact.pk
    assert (again.company, again.first_name) == ("Transitions", "Léa")
    with pytest.raises(ValidationError):
        identify(None, "not-an-address")
    with pytest.raises(ValidationError):
        identify(None, "lea@example.com", password="x")
    assert Contact.objects.count() == 1


@pytest.mark.django_db
def test_server_side_interactions_are_recorded_for_contacts():
    contact = ContactFactory()
    interaction = track(contact, "whitepaper_download", lead_label="ignored")
    assert interaction.contact == contact
    contact.refresh_from_db()
    assert contact.trust == pytest.approx(15)
    assert contact.last_activity_at == interaction.occurred_at


@pytest.mark.django_db(transaction=True)
def test_concurrent_identifications_create_one_contact():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL (CI)")
    barrier = threading.Barrier(6)
    results, errors = [], []

    def identify_in_thread():

        try:
            barrier.wait()
            results.append(identify(None, "race@example.com", first_name="Race").pk)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=identify_in_thread) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    assert Contact.objects.filter(email="race@example.com").count() == 1
