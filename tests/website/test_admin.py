from django.contrib.auth.models import Group
from django.core.mail import EmailMessage
from django.db import transaction

import pytest

from website.mail import queue_email
from website.models import Delivery


def _staff(django_user_model, group_name):
    user = django_user_model.objects.create_user(f"{group_name}@example.com", password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_staff_groups_exist_with_admin_access(db):
    for name in ["Editors", "Editorial managers", "Sales reps", "Marketing managers"]:
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists(), name


def test_only_editorial_managers_can_publish(db, django_user_model, site_tree):
    home = site_tree["home_fr"]
    editor = _staff(django_user_model, "Editors")
    manager = _staff(django_user_model, "Editorial managers")
    rep = _staff(django_user_model, "Sales reps")
    assert home.permissions_for_user(editor).can_edit()
    assert not home.permissions_for_user(editor).can_publish()
    assert home.permissions_for_user(manager).can_publish()
    assert not home.permissions_for_user(rep).can_edit()


@pytest.fixture
def dead_delivery(db):
    with transaction.atomic():
        delivery, _ = queue_email(
            EmailMessage("Sujet", "Corps", "noreply@aimant.test", ["lea@example.com"]),
            key="test:dead",
        )
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.DEAD, last_error="SMTP 550: no such user", attempts=6
    )
    return delivery


def test_marketing_managers_see_and_retry_dead_letters(
    client, django_user_model, dead_delivery, django_capture_on_commit_callbacks
):
    client.force_login(_staff(django_user_model, "Marketing managers"))
    listing = client.get("/admin/deliveries/?status=dead")
    assert listing.status_code == 200
    assert "test:dead" in listing.content.decode()
    detail = client.get(f"/admin/deliveries/inspect/{dead_delivery.pk}/")
    assert "SMTP 550: no such user" in detail.content.decode()
    assert f'action="/admin/deliveries/retry/{dead_delivery.pk}/"' in detail.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/deliveries/retry/{dead_delivery.pk}/")
    assert response.status_code == 302
    dead_delivery.refresh_from_db()
    assert dead_delivery.status == Delivery.Status.SENT


def test_deliveries_are_read_only_even_for_managers(client, django_user_model, dead_delivery):
    client.force_login(_staff(django_user_model, "Marketing managers"))
    assert client.get(f"/admin/deliveries/edit/{dead_delivery.pk}/").status_code in {302, 403}
    assert client.get("/admin/deliveries/new/").status_code in {302, 403}
    assert client.post(f"/admin/deliveries/delete/{dead_delivery.pk}/").status_code in {302, 403}
    assert Delivery.objects.filter(pk=dead_delivery.pk).exists()


def test_other_staff_cannot_see_or_retry_deliveries(client, django_user_model, dead_delivery):
    client.force_login(_staff(django_user_model, "Sales reps"))
    assert client.get("/admin/deliveries/").status_code in {302, 403}
    # Wagtail turns a permission error into a redirect to the dashboard.
    assert client.post(f"/admin/deliveries/retry/{dead_delivery.pk}/").status_code in {302, 403}
    dead_delivery.refresh_from_db()
    assert dead_delivery.status == Delivery.Status.DEAD


def test_retry_requires_post(client, admin_user, dead_delivery):
    client.force_login(admin_user)
    assert client.get(f"/admin/deliveries/retry/{dead_delivery.pk}/").status_code == 405
