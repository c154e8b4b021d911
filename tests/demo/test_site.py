"""The demo site shell, accounts and the seeder's idempotence."""

from io import StringIO

from django.apps import apps
from django.core.management import call_command

from wagtail.models import Page, Site

from editorial.models import ArticlePage
from website.demo_files import load_items
from website.models import FooterText, HomePage, NavigationMenu, StandardPage

# Rows a second run may legitimately touch without adding anything.
VOLATILE = {"sessions.session"}


def _fingerprint():
    """How many rows every model has (a second run must change none)."""
    return {
        model._meta.label_lower: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
        if model._meta.label_lower not in VOLATILE
    }


def test_a_second_run_creates_nothing_and_keeps_editor_changes():
    home = HomePage.objects.get(locale__language_code="fr")
    home.hero_title = "Titre modifié"
    home.save_revision().publish()
    article = ArticlePage.objects.live().filter(locale__language_code="fr").first()
    article.standfirst = "Chapeau réécrit par la rédaction."
    article.save_revision().publish()
    before = _fingerprint()

    output = StringIO()
    call_command("seed_demo", stdout=output)

    after = _fingerprint()
    assert {
        label: (before[label], after[label]) for label in before if before[label] != after[label]
    } == {}
    assert HomePage.objects.get(pk=home.pk).hero_title == "Titre modifié"
    assert ArticlePage.objects.get(pk=article.pk).standfirst == "Chapeau réécrit par la rédaction."
    assert "existing account" in output.getvalue()


def test_the_command_prints_the_demo_accounts(demo):
    assert "admin@aimant.localhost / aimant-demo" in demo


def test_every_page_file_is_a_page_in_each_of_its_languages():
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    assert set(homes) == {"fr", "en"}
    assert homes["en"].translation_key == homes["fr"].translation_key
    for item in load_items("website", "pages"):
        pages = StandardPage.objects.filter(
            slug__in=[item.field("slug", code) for code in item.languages]
        )
        assert {page.locale.language_code for page in pages} == set(item.languages), item.key
        assert len({page.translation_key for page in pages}) == 1, item.key
    for code in ("fr", "en"):
        assert FooterText.objects.filter(locale__language_code=code).exists()


def test_menus_lead_to_every_section_and_the_tree_is_consistent():
    for code in ("fr", "en"):
        header = NavigationMenu.objects.get(location="header", locale__language_code=code)
        sections = [item.link_page.specific_class.__name__ for item in header.items.all()[:3]]
        assert sections == ["ArticleIndexPage", "WebinarIndexPage", "WhitePaperIndexPage"]
        footer = NavigationMenu.objects.get(location="footer", locale__language_code=code)
        assert footer.items.exists()
        for item in [*header.items.all(), *footer.items.all()]:
            assert item.link_page.live and item.link_page.locale.language_code == code
    # Wagtail's placeholder "Welcome" page is gone, and the tree is consistent.
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()
    for page in Page.objects.filter(depth__lte=3):
        assert page.numchild == page.get_children().count(), page
    assert Site.objects.get().hostname == "127.0.0.1"


def test_shell_pages_render(demo_client):
    for path in ["/fr/", "/en/", "/fr/a-propos/", "/en/about/", "/en/legal-notice/"]:
        assert demo_client.get(path).status_code == 200, path


def test_demo_admin_can_sign_in_to_the_admin(demo_client):
    response = demo_client.post(
        "/en/accounts/login/", {"login": "admin@aimant.localhost", "password": "aimant-demo"}
    )
    assert response.status_code == 302
    assert demo_client.get("/admin/").status_code == 200
