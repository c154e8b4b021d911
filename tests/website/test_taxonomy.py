"""The shared taxonomy: persona keys, people, content kinds and the trackable-content interface."""

import csv
import io

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from editorial.models import ArticlePage, CalendarItem, InfographicPage
from leads.models import Contact, RepAvailability
from leads.personas import guess_persona
from leads.sales.assignment import assign, assign_qualified
from leads.scoring import update_fit
from tests.factories import PersonaFactory, PersonFactory, english
from tests.leads.factories import ContactFactory, make_rep
from webinars.models import WebinarPage
from website.content_kinds import content_kind_choices, content_kind_label
from website.models import TrackableContent
from whitepapers.models import WhitePaperPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def sales_director():
    """The sales-director persona in French, with its English translation."""
    persona = PersonaFactory(name="Directrice commerciale", slug="directrice-commerciale")
    persona.key = "sales-director"
    persona.save()
    translation = persona.copy_for_translation(english())
    translation.name, translation.slug, translation.key = "Sales director", "sales-director-en", ""
    translation.save()
    return persona


def test_a_translation_shares_its_source_persona_key(sales_director):
    translation = sales_director.get_translation(english())
    assert translation.key == "sales-director"
    assert PersonaFactory(name="Acheteur", slug="acheteur").key == "acheteur"


def test_a_persona_key_names_one_translation_group(sales_director):
    translation = sales_director.get_translation(english())
    translation.key = "head-of-sales"
    translation.save()
    sales_director.refresh_from_db()
    assert sales_director.key == "head-of-sales"  # edited once, the same everywhere
    other = PersonaFactory.build(name="Acheteuse", slug="acheteuse", key="head-of-sales")
    with pytest.raises(ValidationError) as error:
        other.clean()
    assert "key" in error.value.message_dict
    # An automatic key never takes another group's.
    clash = PersonaFactory.build(name="Head of sales", slug="head-of-sales", locale=english())
    clash.save()
    assert clash.key == "head-of-sales-2"


def test_the_job_title_guess_returns_the_source_persona_by_key(sales_director):
    assert guess_persona("Head of Sales") == sales_director
    assert guess_persona("Directeur commercial") == sales_director
    assert guess_persona("Responsable RH") is None  # no persona has the key hr-manager
    assert guess_persona("") is None


def test_persona_fit_rules_match_the_key_or_any_translated_name(sales_director):
    contact = ContactFactory(persona=sales_director)
    # The default rule names the key (leads.0010 rewrote "Sales leader").
    assert update_fit(contact) == 10
    contact.persona = None
    contact.save()
    assert update_fit(contact) == 0


def test_sales_screens_show_the_persona_in_the_viewers_language(client, sales_director):
    alice, bruno = make_rep("alice", language="en"), make_rep("bruno")
    for rep in (alice, bruno):
        RepAvailability.objects.create(rep=rep, active=False)
    lead = assign_qualified(ContactFactory(email="lea@example.com", persona=sales_director))
    assign(lead, alice, "claim")
    other = assign_qualified(ContactFactory(email="max@example.com", persona_label="Growth hacker"))
    assign(other, alice, "claim")

    client.force_login(alice)
    html = client.get("/admin/sales/leads/mine/").content.decode()
    assert "Sales director" in html and "Directrice commerciale" not in html
    assert "Growth hacker" in html  # free text kept from before personas were linked
    detail = client.get(f"/admin/sales/lead/{lead.pk}/").content.decode()
    assert "Sales director" in detail
    # The filter understands the persona's name in any language and its key.
    for text in ("Directrice commerciale", "sales director", "sales-director"):
        listing = client.get("/admin/sales/leads/mine/", {"persona": text}).content.decode()
        assert f'data-lead="{lead.pk}"' in listing and f'data-lead="{other.pk}"' not in listing
    export = client.get("/admin/sales/leads/mine/export.csv", {"persona": "Sales director"})
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[1][rows[0].index("Persona")] == "Sales director"

    client.force_login(bruno)
    assign(lead, bruno, "claim")
    html = client.get("/admin/sales/leads/mine/").content.decode()
    assert "Directrice commerciale" in html


def test_people_are_one_snippet_for_authors_and_speakers(client, admin_user, site_tree):
    person = PersonFactory(name="Nadia Benali", company="Kalia")
    client.force_login(admin_user)
    listing = client.get("/admin/snippets/website/person/")
    assert listing.status_code == 200 and "Nadia Benali" in listing.content.decode()
    assert ArticlePage._meta.get_field("authors").related_model is type(person)
    assert WebinarPage._meta.get_field("speakers").related_model is type(person)


def test_every_app_declares_its_calendar_kinds_once():
    assert [value for value, _label in content_kind_choices()] == [
        "article",
        "infographic",
        "webinar",
        "white_paper",
    ]
    with translation.override("en"):
        assert str(content_kind_label("white_paper")) == "White paper"
    with translation.override("fr"):
        assert str(content_kind_label("white_paper")) == "Livre blanc"
    assert CalendarItem._meta.get_field("kind").choices == content_kind_choices()


def test_content_pages_share_the_trackable_content_interface():
    for model in (ArticlePage, InfographicPage, WebinarPage, WhitePaperPage):
        assert issubclass(model, TrackableContent), model
    contact_fields = {field.name for field in Contact._meta.get_fields()}
    assert {"persona", "persona_label"} <= contact_fields
