import json

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from editorial.models import ArticleIndexPage
from tests.factories import HomePageFactory, StandardPageFactory, french
from webinars.models import WebinarIndexPage
from website.models import HomePage, StandardPage
from whitepapers.models import WhitePaperIndexPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, ArticleIndexPage, WebinarIndexPage, WhitePaperIndexPage}
        )

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_editors_can_create_a_standard_page_from_the_admin(self):
        root = Page.get_first_root_node()
        home = HomePageFactory(parent=root, locale=french(), slug="accueil-admin")
        self.login()
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Mentions légales",
                    "slug": "mentions-legales",
                    "introduction": "Éditeur et hébergeur.",
                    "body": streamfield([]),
                }
            ),
        )

    def test_only_one_home_page_per_parent(self):
        root = Page.get_first_root_node()
        HomePageFactory(parent=root, locale=french(), slug="accueil-unique")
        self.assertFalse(HomePage.can_create_at(root))


def test_home_page_shows_empty_states_until_apps_provide_content(client, site_tree):
    response = client.get("/fr/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Des contenus qui attirent vos clients" in html
    assert 'id="webinars-heading"' in html
    assert 'class="empty-state"' in html


def test_standard_page_renders_its_body_blocks(client, site_tree):
    page = StandardPageFactory(
        parent=site_tree["home_fr"],
        slug="contact",
        locale=french(),
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "Nous écrire", "level": "h2"}},
                {"type": "paragraph", "value": "<p>Un paragraphe <b>important</b>.</p>"},
                {
                    "type": "quote",
                    "value": {"text": "Vendre, c'est aider.", "attribution": "Claire"},
                },
            ]
        ),
    )
    html = client.get(page.url).content.decode()
    assert "<h2>Nous écrire</h2>" in html
    assert "<b>important</b>" in html
    assert "Vendre, c&#x27;est aider." in html
