"""Factories for the site shell's pages and the shared taxonomy (themes, personas, people)."""

from wagtail.models import Locale

import factory
import wagtail_factories

from website.models import HomePage, Person, Persona, StandardPage, Theme


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
    """The French locale (the site's source language)."""
    return Locale.objects.get_or_create(language_code="fr")[0]


def english():
    """The English locale."""
    return Locale.objects.get_or_create(language_code="en")[0]


def translate(page, locale, **fields):
    """Create and publish the translation of `page` in `locale` with `fields`."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    locale = factory.LazyFunction(french)

    class Meta:
        model = Theme


class PersonaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Persona {n}")
    slug = factory.Sequence(lambda n: f"persona-{n}")
    profile = "Une cible."
    locale = factory.LazyFunction(french)

    class Meta:
        model = Persona


class PersonFactory(factory.django.DjangoModelFactory):
    """Someone shown on the site: an author or a speaker."""

    name = factory.Sequence(lambda n: f"Personne {n}")
    role = "Directrice commerciale"
    company = "Aimant"
    bio = "Vingt ans de vente B2B."
    linkedin_url = "https://www.linkedin.com/in/exemple"
    locale = factory.LazyFunction(french)

    class Meta:
        model = Person
