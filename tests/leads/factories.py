from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

import factory

from leads.models import Contact


class ContactFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"contact{n}@example.com")
    first_name = "Léa"
    last_name = "Dupont"
    company = "Transitions SAS"

    class Meta:
        model = Contact


def make_staff(username, *groups, email=None, language=""):
    """A staff member in the named groups (created by the migrations)."""

    user = get_user_model().objects.create_user(
        username, email=email or f"{username}@aimant.test", password="pw"
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def make_rep(username, **kwargs):
    return make_staff(username, "Sales reps", **kwargs)


def make_manager(username, **kwargs):
    return make_staff(username, "Sales managers", **kwargs)
