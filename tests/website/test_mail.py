"""Every e-mail kind: a subject, a text and an HTML template, rendered by website.mail.

A kind is the templates ``<app>/emails/<kind>_subject.txt``, ``<kind>.txt``
and ``<kind>.html``. Each is rendered here in French and in English with a
sample context holding a hostile value, which the HTML must escape and the
plain text must keep as typed.
"""

from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail

import allauth
import pytest

from webinars import emails as webinar_emails
from website.mail import build_email, render_email

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# Templates of an emails/ folder that are not kinds but what kinds extend.
LAYOUTS = {"webinars/emails/base", "website/emails/account_base"}
HOSTILE = '<b>Léa & "Co"</b>'
ESCAPED = "&lt;b&gt;Léa &amp; "
LEFTOVERS = ("{{", "}}", "{%", "%}", "%(", "{#")


def _kinds():
    return sorted(
        str(path.relative_to(TEMPLATES)).removesuffix("_subject.txt")
        for path in TEMPLATES.glob("*/emails/*_subject.txt")
    )


def _webinar_context(**extra):
    url = "https://aimant.test/webinars/manage/abc/?a=1&b=2"
    return {
        "registration": SimpleNamespace(first_name=HOSTILE),
        "title": f"Prospecter {HOSTILE}",
        "when": "mardi 14 octobre 2025, 11:00–12:00 (Europe/Paris)",
        "join_url": url,
        "manage_url": url,
        "release_url": url,
        "webinar_url": url,
        "replay_url": url,
        "whitepaper_url": url,
        "slides_url": url,
        "ratings": [{"stars": "★" * stars, "url": url} for stars in range(1, 6)],
        "preferences_url": "https://aimant.test/email/preferences/xyz/",
        **extra,
    }


def _lead_context():
    contact = type("Contact", (), {"company": HOSTILE, "__str__": lambda self: HOSTILE})()
    rep = SimpleNamespace(first_name=HOSTILE, username="rep")
    return {"lead": None, "contact": contact, "rep": rep, "owner": rep, "hours": 4, "url": "u"}


def _editorial_context(**extra):
    return {
        "settings": settings,
        "user": SimpleNamespace(get_short_name=HOSTILE, get_username="lea"),
        "page": SimpleNamespace(id=1, get_admin_display_title=HOSTILE, full_url="https://a/"),
        "workflow": SimpleNamespace(name="Relecture"),
        "task": SimpleNamespace(id=2, name="Relecture"),
        "task_state": SimpleNamespace(finished_by=None),
        "requested_by": None,
        **extra,
    }


def _account_context():
    return {
        "current_site": SimpleNamespace(name=HOSTILE, domain="aimant.test"),
        "user": get_user_model()(username="lea", email="lea@example.com"),
        "email": "lea@example.com",
        "code": "ABCD-1234",
        "activate_url": "https://aimant.test/accounts/confirm/k/",
        "password_reset_url": "https://aimant.test/accounts/reset/k/",
        "signup_url": "https://aimant.test/accounts/signup/",
        "username": "lea",
        "from_email": "old@example.com",
        "to_email": "new@example.com",
        "deleted_email": "old@example.com",
        "ip": "192.0.2.1",
        "user_agent": HOSTILE,
        "timestamp": "2026-12-01 20:00",
    }


ACCOUNT_KINDS = [
    "account_already_exists",
    "email_changed",
    "email_confirm",
    "email_confirmation",
    "email_confirmation_signup",
    "email_deleted",
    "login_code",
    "password_changed",
    "password_reset",
    "password_reset_code",
    "password_reset_key",
    "password_set",
    "unknown_account",
]

SAMPLES = {
    **{
        f"webinars/emails/{kind}": _webinar_context
        # Every kind webinars declares; the reminder needs its own context below.
        for kind in webinar_emails.KINDS
        if kind != "reminder"
    },
    "webinars/emails/reminder": lambda: _webinar_context(
        offset_text="dans 1 heure", ask_confirmation=True
    ),
    "whitepapers/emails/download_link": lambda: {
        "link": SimpleNamespace(paper_title=HOSTILE),
        "contact": SimpleNamespace(first_name=HOSTILE),
        "url": "https://aimant.test/livres-blancs/telecharger/t/",
        "valid_days": 7,
    },
    "leads/emails/newsletter_confirm": lambda: {
        "url": f"https://aimant.test/newsletter/confirm/{HOSTILE}/",
        "valid_days": 2,
    },
    "leads/emails/data_rights_link": lambda: {"url": f"https://aimant.test/data/{HOSTILE}/"},
    "leads/emails/sales_assigned": _lead_context,
    "leads/emails/sales_reminder": _lead_context,
    "leads/emails/sales_escalation": _lead_context,
    "editorial/emails/task_state_submitted": _editorial_context,
    "editorial/emails/workflow_state_submitted": _editorial_context,
    "editorial/emails/workflow_state_approved": _editorial_context,
    "editorial/emails/workflow_state_rejected": lambda: _editorial_context(comment=HOSTILE),
    **{f"website/emails/account_{kind}": _account_context for kind in ACCOUNT_KINDS},
}


def test_every_kind_has_a_subject_a_text_and_an_html_template():
    kinds = _kinds()
    assert kinds, "no e-mail kind found"
    for kind in kinds:
        assert (TEMPLATES / f"{kind}.txt").is_file(), kind
        assert (TEMPLATES / f"{kind}.html").is_file(), kind
    # No stray body without its subject (a kind half moved, a typo).
    bodies = {
        str(path.relative_to(TEMPLATES)).rsplit(".", 1)[0]
        for pattern in ("*/emails/*.txt", "*/emails/*.html")
        for path in TEMPLATES.glob(pattern)
        if not path.name.endswith("_subject.txt")
    }
    assert bodies - LAYOUTS == set(kinds)


def test_every_kind_has_a_sample_here():
    assert set(SAMPLES) == set(_kinds())


def test_every_allauth_account_email_has_a_kind():
    """An allauth upgrade adding an e-mail must add its kind, or sending it would fail."""
    allauth_emails = Path(allauth.__file__).parent / "templates" / "account" / "email"
    names = {
        path.name.removesuffix("_subject.txt") for path in allauth_emails.glob("*_subject.txt")
    }
    assert names
    assert {f"website/emails/account_{name}" for name in names} <= set(_kinds())


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_kind_renders_in_french_and_english_on_the_shared_layout(kind):
    rendered = {}
    for language in ("fr", "en"):
        subject, text, html = render_email(kind, SAMPLES[kind](), language)
        assert subject and text and html
        assert "\n" not in subject
        for part in (subject, text, html):
            leftovers = [token for token in LEFTOVERS if token in part]
            assert not leftovers, (kind, language, leftovers, part)
        # components/email_base.html, in the recipient's language.
        assert f'<html lang="{language}">' in html, (kind, html)
        rendered[language] = (subject, text)
    assert rendered["fr"][1] != rendered["en"][1], f"{kind} is not translated into French"


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_html_escapes_user_values_and_text_keeps_them_as_typed(kind):
    _subject, text, html = render_email(kind, SAMPLES[kind](), "fr")
    assert "<b>Léa" not in html
    assert ESCAPED in html
    assert "&lt;" not in text and "&amp;" not in text


def test_build_email_is_text_then_html_and_an_empty_language_is_french():
    message = build_email(
        "leads/emails/newsletter_confirm",
        {"url": "https://aimant.test/c/", "valid_days": 2},
        "",
        to=["lea@example.com"],
    )
    assert message.to == ["lea@example.com"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.subject == "Confirmez votre abonnement à la newsletter d’Aimant"
    assert "https://aimant.test/c/" in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html" and 'href="https://aimant.test/c/"' in html


def test_a_sign_in_code_e_mail_is_text_and_html_in_the_visitors_language(
    client, site_tree, django_user_model, django_capture_on_commit_callbacks
):
    user = django_user_model.objects.create_user("lea", "lea@example.com")
    user.emailaddress_set.create(email="lea@example.com", verified=True, primary=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/fr/accounts/login/code/", {"email": "lea@example.com"})
    [message] = mail.outbox
    assert message.subject == "Code de connexion"
    assert "Votre code de connexion" in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html" and '<html lang="fr">' in html
    code = next(line for line in message.body.splitlines() if "-" in line and len(line) == 9)
    assert code in html
