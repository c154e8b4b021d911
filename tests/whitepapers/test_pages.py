import json
import re

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from tests.editorial.factories import ThemeFactory
from tests.factories import HomePageFactory, french
from tests.screening import assert_screening_fields_once
from tests.whitepapers.factories import (
    WhitePaperIndexPageFactory,
    WhitePaperPageFactory,
    chapter,
    pdf_document,
)
from website.demo import tree_root
from website.models import HomePage
from whitepapers.models import WhitePaperIndexPage, WhitePaperPage


def _json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


class WhitePaperPageRulesTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePageFactory(parent=tree_root(french()), locale=french())
        self.index = WhitePaperIndexPageFactory(parent=self.home, locale=french())
        self.login()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(WhitePaperIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(WhitePaperIndexPage, {WhitePaperPage})
        self.assertAllowedParentPageTypes(WhitePaperPage, {WhitePaperIndexPage})
        self.assertAllowedSubpageTypes(WhitePaperPage, set())
        self.assertCanCreateAt(HomePage, WhitePaperIndexPage)

    def test_one_index_per_language_tree(self):
        assert not WhitePaperIndexPage.can_create_at(self.home)

    def test_editor_can_create_a_paper_with_chapters(self):
        self.assertCanCreate(
            self.index,
            WhitePaperPage,
            nested_form_data(
                {
                    "title": "Attirer sans prospecter",
                    "slug": "attirer",
                    "promise": "Ce que vous apprendrez.",
                    "summary": "Un résumé.",
                    "require_first_name": True,
                    "body": streamfield(
                        [
                            (
                                "chapter",
                                {
                                    "heading": "Premier chapitre",
                                    "content": streamfield(
                                        [("paragraph", rich_text("<p>Du texte.</p>"))]
                                    ),
                                },
                            )
                        ]
                    ),
                }
            ),
        )


def test_a_paper_is_either_a_pdf_or_chapters(paper_index):
    paper = WhitePaperPageFactory.build(body=[], document=None)
    with pytest.raises(ValidationError) as empty:
        paper.clean()
    assert "body" in empty.value.message_dict
    both = WhitePaperPageFactory.build(document=pdf_document())
    with pytest.raises(ValidationError) as twice:
        both.clean()
    assert "document" in twice.value.message_dict
    personalised_pdf = WhitePaperPageFactory.build(
        body=[], document=pdf_document(), personalised_copies=True
    )
    with pytest.raises(ValidationError) as personalised:
        personalised_pdf.clean()
    assert "personalised_copies" in personalised.value.message_dict


def test_landing_page_shows_promise_summary_toc_and_gate(client, make_paper):
    theme = ThemeFactory(name="Vente sociale", slug="vente-sociale")
    paper = make_paper(
        title="Attirer sans prospecter",
        body=[chapter("Le constat"), chapter("La méthode"), chapter("Le plan")],
    )
    paper.themes.add(theme)
    paper.save_revision().publish()
    response = client.get(paper.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Attirer sans prospecter</h1>" in html
    assert paper.promise in html and paper.summary in html
    assert re.search(r"<li>Le constat</li><li>La méthode</li><li>Le plan</li>", html)
    assert 'name="email"' in html and 'name="first_name"' in html
    assert_screening_fields_once(html)
    assert "Vente sociale" in html


def test_paper_json_ld_is_a_digital_document(client, make_paper):
    paper = make_paper(title="Attirer", body=[chapter("Le constat"), chapter("La méthode")])
    data = _json_ld(client.get(paper.url).content.decode())
    assert data["@type"] == "DigitalDocument"
    assert data["name"] == "Attirer"
    assert data["encodingFormat"] == "application/pdf"
    assert data["inLanguage"] == "fr"
    assert data["numberOfPages"] == paper.current_build().page_count
    assert [part["name"] for part in data["hasPart"]] == ["Le constat", "La méthode"]


def test_index_lists_live_papers_of_its_language(client, paper_index, make_paper):
    paper = make_paper(title="Attirer sans prospecter")
    draft = WhitePaperPageFactory(parent=paper_index["fr"], locale=french(), live=False)
    html = client.get(paper_index["fr"].url).content.decode()
    assert paper.title in html and draft.title not in html
    assert "Attirer sans prospecter" not in client.get(paper_index["en"].url).content.decode()


def test_uploaded_pdf_paper_has_no_build(make_paper):
    paper = make_paper(body=[], document=pdf_document())
    assert paper.pdf_builds.count() == 0
    assert paper.table_of_contents() == []
