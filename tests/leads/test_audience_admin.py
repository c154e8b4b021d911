"""Audience screens: the Mailchimp member list says whether sync runs."""

from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

import pytest

from leads.models import Contact, MailchimpMember
from tests.leads.factories import ContactFactory
from tests.leads.mailchimp_double import mailchimp_double_fixture  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

INDEX = "mailchimp_members:index"


def test_member_list_says_sync_is_off_when_not_configured(client, admin_user, settings):
    settings.MAILCHIMP_API_KEY = ""
    client.force_login(admin_user)
    response = client.get(reverse(INDEX), follow=True)
    assert response.status_code == 200
    assert "La synchronisation Mailchimp est désactivée" in response.content.decode()


def test_member_list_shows_flagged_members(client, admin_user, mailchimp_double):

    contact = ContactFactory(email="refused@example.com")
    MailchimpMember.objects.create(
        contact=contact,
        email_hash="0" * 32,
        status="unsubscribed",
        flagged=True,
        flag_reason="Member In Compliance State",
    )
    client.force_login(admin_user)
    html = client.get(reverse(INDEX)).content.decode()
    assert "La synchronisation Mailchimp est activée" in html
    assert "Member In Compliance State" in html


def test_members_cannot_be_added_by_hand(client, admin_user):
    client.force_login(admin_user)
    assert client.get(reverse("mailchimp_members:add")).status_code in {302, 403}


def test_editors_without_permission_are_refused(client, django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.com", "x")
    group = Group.objects.create(name="Admin access")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    assert client.get(reverse(INDEX)).status_code in {302, 403}


def test_the_retention_report_says_who_the_next_purge_would_erase(client, admin_user):

    old = ContactFactory()
    Contact.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=4 * 365))
    ContactFactory()  # recent: kept
    client.force_login(admin_user)
    response = client.get(reverse("retention_purges:index"))
    assert response.status_code == 200
    assert "effacerait 1 contact" in response.content.decode()
