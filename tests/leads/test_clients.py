"""The client behind a request: its address (trusted proxies only), bots, rate limits."""

from django.test import RequestFactory

import pytest
from allauth.account.adapter import get_adapter

from leads.api import client_ip, is_bot, rate_limited
from leads.privacy import record_consent
from tests.leads.factories import ContactFactory

VISITOR = "198.51.100.7"
PROXY = "10.0.0.2"
SPOOFED = "203.0.113.99"


def _request(forwarded=None, remote=PROXY, **extra):
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", REMOTE_ADDR=remote, **extra)


def test_client_ip_ignores_x_forwarded_for_by_default(settings):
    assert settings.TRUSTED_PROXY_COUNT == 0
    assert client_ip(_request(forwarded=SPOOFED, remote=VISITOR)) == VISITOR
    assert client_ip(_request(remote=VISITOR)) == VISITOR


def test_client_ip_takes_the_nth_address_from_the_right_behind_n_proxies(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The visitor sent a forged header; our proxy appended the address it saw.
    assert client_ip(_request(forwarded=f"{SPOOFED}, {VISITOR}")) == VISITOR
    assert client_ip(_request(forwarded=VISITOR)) == VISITOR
    settings.TRUSTED_PROXY_COUNT = 2
    # Two proxies: the outer one saw the visitor, the inner one the outer proxy.
    assert client_ip(_request(forwarded=f"{SPOOFED}, {VISITOR}, 10.0.0.1")) == VISITOR


def test_client_ip_falls_back_to_remote_addr_when_the_header_is_short_or_garbage(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(_request(forwarded=VISITOR)) == PROXY  # did not cross both proxies
    assert client_ip(_request()) == PROXY
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(_request(forwarded="not-an-address")) == PROXY


def test_allauth_rate_limits_count_the_same_proxies(settings):
    # base settings hand TRUSTED_PROXY_COUNT to allauth (ALLAUTH_TRUSTED_PROXY_COUNT).
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == settings.TRUSTED_PROXY_COUNT
    request = _request(forwarded=f"{SPOOFED}, {VISITOR}", remote=VISITOR)
    assert get_adapter(request).get_client_ip(request) == client_ip(request) == VISITOR
    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    request = _request(forwarded=f"{SPOOFED}, {VISITOR}")
    assert get_adapter(request).get_client_ip(request) == client_ip(request) == VISITOR


def test_a_forwarded_header_cannot_lift_a_rate_limit():
    for number in range(3):
        request = _request(forwarded=f"192.0.2.{number}", remote=VISITOR)
        assert not rate_limited(request, "test:form", 3, 60)
    assert rate_limited(_request(forwarded="192.0.2.200", remote=VISITOR), "test:form", 3, 60)


def test_rate_limits_count_per_scope_and_per_address():
    visitor, other = _request(remote=VISITOR), _request(remote="198.51.100.8")
    assert [rate_limited(visitor, "test:a", 2, 60) for _ in range(3)] == [False, False, True]
    assert not rate_limited(visitor, "test:b", 2, 60)  # another scope has its own count
    assert not rate_limited(other, "test:a", 2, 60)  # another address too


@pytest.mark.parametrize(
    ("user_agent", "bot"),
    [
        ("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", False),
        ("", True),
        ("Googlebot/2.1", True),
        ("Mozilla/5.0 (compatible; SafeLinks)", True),
        ("Mozilla/5.0 HeadlessChrome/140.0", True),
    ],
)
def test_is_bot(user_agent, bot):
    assert is_bot(_request(HTTP_USER_AGENT=user_agent)) is bot


@pytest.mark.django_db
def test_consent_records_the_trusted_address_only(settings):
    contact = ContactFactory()
    request = _request(forwarded=SPOOFED, remote=VISITOR)
    event = record_consent(
        contact, "marketing_email", True, text_version="v1", language="fr", request=request
    )
    assert event.ip_address == "198.51.100.0"
