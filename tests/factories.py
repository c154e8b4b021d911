"""Factories for the site shell's pages and snippets."""

from wagtail.models import Locale

import factory
import wagtail_factories

from website.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"
    hero_title = "Des contenus qui attirent vos clients"
    hero_text = "Articles et webinaires pour les équipes commerciales."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    introduction = "Une introduction."

    class Meta:
        model = StandardPage


def french():
    return Locale.objects.get_or_create(language_code="fr")[0]


def english():
    return Locale.objects.get_or_create(language_code="en")[0]


def translate(page, locale, **fields):
    """Create and publish the translation of `page` in `locale` with `fields`."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific
