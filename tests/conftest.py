from django.core.cache import cache

from wagtail.models import Page, Site

import pytest

from tests.factories import HomePageFactory, StandardPageFactory, english, french, translate
from website.demo import tree_root


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters and scheduler locks must not leak between tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    """A bilingual site: French home and an "about" page, with English translations."""
    root = tree_root(french())
    for welcome in root.get_children().exact_type(Page):
        Site.objects.filter(root_page=welcome).delete()
        welcome.delete()
    root.refresh_from_db()
    home_fr = HomePageFactory(parent=root, locale=french())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "testserver",
            "port": 80,
            "root_page": home_fr,
            "site_name": "Aimant",
        },
    )
    about_fr = StandardPageFactory(
        parent=home_fr,
        title="À propos",
        slug="a-propos",
        locale=french(),
        introduction="Nous aidons les équipes commerciales à vendre par la confiance.",
    )
    home_en = translate(
        home_fr, english(), title="Home", slug="home", hero_title="Content that attracts customers"
    )
    about_en = translate(
        about_fr,
        english(),
        title="About us",
        slug="about",
        introduction="We help sales teams sell through trust.",
    )
    return {"home_fr": home_fr, "home_en": home_en, "about_fr": about_fr, "about_en": about_en}
