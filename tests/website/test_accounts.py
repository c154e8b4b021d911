import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

import pytest

from website.models import Delivery

CODE = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)


def _code_from(message):
    match = CODE.search(message.body)
    assert match, message.body
    return match.group(1)


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Run the outbox's after-commit hooks, as a real request would."""

    def run(callable_, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return callable_(*args, **kwargs)

    return run


def test_prospect_signs_up_with_an_email_and_a_code_no_password(client, site_tree, sent):
    response = sent(client.post, "/fr/accounts/signup/", {"email": "Lea.Dupont@Example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lea.dupont@example.com"]  # normalised

    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.SENT
    assert delivery.payload["redacted"] is True
    assert delivery.payload["body"] == ""

    response = client.post(response["Location"], {"code": _code_from(message)})
    assert response.status_code == 302
    user = get_user_model().objects.get(email__iexact="lea.dupont@example.com")
    assert user.emailaddress_set.get().verified
    assert not user.has_usable_password()
    overview = client.get("/fr/accounts/overview/")
    assert overview.status_code == 200
    assert "Lea.Dupont@Example.com".lower() in overview.content.decode().lower()


def test_known_user_logs_in_by_code(client, site_tree, sent, django_user_model):
    user = django_user_model.objects.create_user("lea", "lea@example.com")
    user.emailaddress_set.create(email="lea@example.com", verified=True, primary=True)

    response = sent(client.post, "/en/accounts/login/code/", {"email": "lea@example.com"})
    assert response.status_code == 302
    code = _code_from(mail.outbox[-1])
    response = client.post(response["Location"], {"code": code})
    assert response.status_code == 302
    assert client.get("/en/accounts/overview/").context["user"] == user


def test_wrong_code_does_not_log_in(client, site_tree, sent, django_user_model):
    user = django_user_model.objects.create_user("lea", "lea@example.com")
    user.emailaddress_set.create(email="lea@example.com", verified=True, primary=True)
    response = sent(client.post, "/en/accounts/login/code/", {"email": "lea@example.com"})
    confirm_url = response["Location"]
    response = client.post(confirm_url, {"code": "WRONG1"})
    assert response.status_code == 200
    assert client.get("/en/accounts/overview/").status_code == 302


def test_login_code_request_does_not_reveal_whether_an_account_exists(
    client, site_tree, sent, django_user_model
):
    user = django_user_model.objects.create_user("lea", "lea@example.com")
    user.emailaddress_set.create(email="lea@example.com", verified=True, primary=True)
    known = sent(client.post, "/en/accounts/login/code/", {"email": "lea@example.com"})
    client.logout()
    unknown = sent(client.post, "/en/accounts/login/code/", {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_login_code_requests_are_rate_limited_per_address(site_tree, sent):
    responses = [
        sent(Client().post, "/en/accounts/login/code/", {"email": "flood@example.com"})
        for _ in range(4)
    ]
    assert [response.status_code for response in responses[:3]] == [302, 302, 302]
    assert responses[3].status_code == 200
    assert "Too many" in responses[3].content.decode()
    assert len(mail.outbox) == 3


def test_wagtail_admin_login_goes_through_allauth(client, site_tree):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=/admin/")
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == "/fr/accounts/login/?next=/admin/pages/"


def test_failed_staff_logins_are_locked_out(client, site_tree, django_user_model):
    staff = django_user_model.objects.create_superuser("admin", "admin@example.com", "correct-pw")
    staff.emailaddress_set.create(email="admin@example.com", verified=True, primary=True)
    for _ in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": "admin@example.com", "password": "wrong"}
        )
        assert response.status_code == 200
    response = client.post(
        "/en/accounts/login/", {"login": "admin@example.com", "password": "correct-pw"}
    )
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_staff_sign_in_with_password_and_reach_the_admin(client, site_tree, django_user_model):
    staff = django_user_model.objects.create_superuser("admin", "admin@example.com", "correct-pw")
    staff.emailaddress_set.create(email="admin@example.com", verified=True, primary=True)
    response = client.post(
        "/en/accounts/login/?next=/admin/",
        {"login": "admin@example.com", "password": "correct-pw", "next": "/admin/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_account_overview_requires_login(client, site_tree):
    response = client.get("/fr/accounts/overview/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/")


def test_linkedin_button_appears_only_when_configured(client, site_tree, settings):
    assert "LinkedIn" not in client.get("/en/accounts/login/").content.decode()
