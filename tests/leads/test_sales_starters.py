from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from leads.sales.starters import starters_for
from leads.tracking import track
from tests.leads.factories import ContactFactory

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def history(db):
    contact = ContactFactory()
    for title, theme in [
        ("Social selling : par où commencer", "social-selling"),
        ("LinkedIn sans spam", "social-selling"),
        ("Le CRM qui sert les commerciaux", "crm"),
    ]:
        track(contact, "article_read", themes=[theme], label=title)
    track(
        contact,
        "webinar_attendance",
        label="Prospecter sans appeler à froid",
        occurred_at=datetime(2026, 10, 14, 11, 0, tzinfo=PARIS),
        minutes=47,
        answers=[{"question": "Votre plus grand frein ?", "answer": "Le temps des commerciaux"}],
    )
    track(
        contact,
        "whitepaper_download",
        label="La vente sociale en 2026",
        occurred_at=datetime(2026, 11, 2, 9, 0, tzinfo=PARIS),
        promise="Doubler vos rendez-vous qualifiés en 90 jours.",
    )
    return contact


def test_starters_in_english_use_themes_webinar_answers_and_the_white_paper_promise(history):
    sentences = starters_for(history, "en")
    assert sentences[0].startswith("They read mostly about social selling and crm")
    assert "(3 articles read to the end)" in sentences[0]
    webinar = next(s for s in sentences if "webinar" in s)
    assert "“Prospecter sans appeler à froid”" in webinar
    assert "Oct. 14, 2026" in webinar
    assert "for 47 minutes" in webinar
    assert "“Votre plus grand frein ?”, they answered “Le temps des commerciaux”" in webinar
    paper = next(s for s in sentences if "white paper" in s)
    assert "It promises: Doubler vos rendez-vous qualifiés en 90 jours." in paper
    assert "kept its promise" in paper


def test_starters_follow_the_reps_language(history):
    french = starters_for(history, "fr")
    english = starters_for(history, "en")
    assert len(french) == len(english) == 3
    assert french != english
    assert "14 octobre 2026" in " ".join(french)


def test_a_registration_without_attendance_suggests_the_replay(db):
    contact = ContactFactory()
    track(contact, "webinar_registration", label="Manager une équipe commerciale")
    (sentence,) = starters_for(contact, "en")
    assert "not attended" in sentence and "replay" in sentence


def test_no_history_gives_no_made_up_sentence(db):
    assert starters_for(ContactFactory(), "en") == []
