from django.contrib.auth.models import Group

from tests.editorial.factories import ThemeFactory
from website.models import Theme


def _member(django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.replace(" ", "-"), password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editors_manage_the_editorial_line(client, django_user_model, site_tree):
    client.force_login(_member(django_user_model, "Editors"))
    assert client.get("/admin/snippets/website/theme/").status_code == 200
    response = client.post(
        "/admin/snippets/website/theme/add/?locale=fr",
        {"name": "Communautés clients", "slug": "communautes", "colour": "#14532d"},
    )
    assert response.status_code == 302
    theme = Theme.objects.get(slug="communautes")
    assert theme.locale.language_code == "fr"
    invalid = client.post(
        "/admin/snippets/website/theme/add/?locale=fr",
        {"name": "Couleur", "slug": "couleur", "colour": "bleu"},
    )
    assert invalid.status_code == 200
    assert not Theme.objects.filter(slug="couleur").exists()


def test_sales_reps_cannot_reach_editorial_admin(client, django_user_model, site_tree):
    theme = ThemeFactory()
    client.force_login(_member(django_user_model, "Sales reps"))
    for url in [
        "/admin/snippets/website/theme/",
        f"/admin/snippets/website/theme/edit/{theme.pk}/",
        f"/admin/pages/{site_tree['home_fr'].pk}/",
    ]:
        response = client.get(url)
        assert response.status_code in {302, 403}, url


def test_prospects_cannot_reach_the_admin(client, django_user_model, site_tree):
    client.force_login(django_user_model.objects.create_user("prospect", "p@example.com"))
    assert client.get("/admin/snippets/website/theme/").status_code in {302, 403}
