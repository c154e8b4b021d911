from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Site

from website.models import FooterText, HomePage, NavigationMenu, NavigationMenuItem, StandardPage


def _counts():
    return {
        "pages": Page.objects.count(),
        "menus": NavigationMenu.objects.count(),
        "items": NavigationMenuItem.objects.count(),
        "footers": FooterText.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": Site.objects.count(),
    }


def test_seed_demo_builds_a_bilingual_site_and_is_idempotent(client, db):
    output = StringIO()
    call_command("seed_demo", stdout=output)
    first = _counts()
    call_command("seed_demo", stdout=StringIO())
    assert _counts() == first

    assert "admin@aimant.localhost / aimant-demo" in output.getvalue()
    assert HomePage.objects.count() == 2
    assert StandardPage.objects.filter(locale__language_code="fr").count() == 5
    assert StandardPage.objects.filter(locale__language_code="en").count() == 5
    assert first["menus"] == 4 and first["footers"] == 2 and first["sites"] == 1
    # Header and footer links of both languages, plus each section's index in the header.
    assert first["items"] == 16
    header = NavigationMenu.objects.get(location="header", locale__language_code="fr")
    sections = [item.link_page.specific_class.__name__ for item in header.items.all()[:3]]
    assert sections == ["ArticleIndexPage", "WebinarIndexPage", "WhitePaperIndexPage"]
    # Wagtail's placeholder "Welcome" page is gone, and the tree is consistent.
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()
    for page in Page.objects.filter(depth=2):
        assert page.numchild == page.get_children().count()

    for path in ["/fr/", "/en/", "/fr/a-propos/", "/en/about/", "/en/legal-notice/"]:
        assert client.get(path, HTTP_HOST="127.0.0.1:8000").status_code == 200, path


def test_seed_demo_keeps_editor_changes(db):
    call_command("seed_demo", stdout=StringIO())
    home = HomePage.objects.get(locale__language_code="fr")
    home.hero_title = "Titre modifié"
    home.save_revision().publish()
    call_command("seed_demo", stdout=StringIO())
    assert HomePage.objects.get(pk=home.pk).hero_title == "Titre modifié"


def test_demo_admin_can_sign_in_to_the_admin(client, db):
    call_command("seed_demo", stdout=StringIO())
    response = client.post(
        "/en/accounts/login/",
        {"login": "admin@aimant.localhost", "password": "aimant-demo"},
        HTTP_HOST="127.0.0.1:8000",
    )
    assert response.status_code == 302
    assert client.get("/admin/", HTTP_HOST="127.0.0.1:8000").status_code == 200
