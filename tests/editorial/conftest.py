from django.contrib.auth.models import Group

import pytest

from tests.editorial.factories import ArticleIndexPageFactory
from tests.factories import english, french, translate


@pytest.fixture
def article_index(site_tree):
    index_fr = ArticleIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    index_en = translate(index_fr, english(), title="Articles", slug="articles")
    return {"fr": index_fr, "en": index_en}


@pytest.fixture
def make_member(django_user_model):
    """``make_member("Editors", "lea")``: an active staff member in that group."""

    def make(group_name, name="lea"):
        user = django_user_model.objects.create_user(
            f"{name}@aimant.test", email=f"{name}@aimant.test", password="pw", first_name=name
        )
        user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        return user

    return make
