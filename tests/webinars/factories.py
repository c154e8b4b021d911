from datetime import timedelta

from django.utils import timezone

import factory
import wagtail_factories

from webinars.models import Registration, WebinarIndexPage, WebinarPage


class WebinarIndexPageFactory(wagtail_factories.PageFactory):
    title = "Webinaires"
    slug = "webinaires"

    class Meta:
        model = WebinarIndexPage


def in_days(days, hour=11):
    moment = timezone.localtime() + timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class WebinarPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Webinaire {n}")
    slug = factory.Sequence(lambda n: f"webinaire-{n}")
    summary = "Prospecter sans appel à froid : la méthode pas à pas."
    starts_at = factory.LazyFunction(lambda: in_days(10))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + timedelta(hours=1))
    join_url = "https://zoom.example.com/j/86420935571"
    time_zone = "Europe/Paris"

    class Meta:
        model = WebinarPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"personne{n}@example.org")
    first_name = "Élodie"
    last_name = "Garçon"
    company = "Garçon & Fils"
    language = "fr"

    class Meta:
        model = Registration
