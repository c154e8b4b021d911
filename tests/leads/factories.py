import factory

from leads.models import Contact


class ContactFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"contact{n}@example.com")
    first_name = "Léa"
    last_name = "Dupont"
    company = "Transitions SAS"

    class Meta:
        model = Contact
