"""Webinar e-mails link to the person's e-mail preferences; follow-ups are marketing."""

from tests.webinars.factories import RegistrationFactory
from webinars.emails import build_message


def test_follow_ups_carry_one_click_unsubscribe_and_confirmations_do_not(webinar):
    registration = RegistrationFactory(webinar=webinar, email="elodie@example.org")
    confirmation = build_message(registration, "confirmation")
    follow_up = build_message(registration, "followup_missed", with_invite=False)

    assert "List-Unsubscribe" not in confirmation.extra_headers
    assert follow_up.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert follow_up.extra_headers["List-Unsubscribe"].startswith("<http")
    for message in (confirmation, follow_up):
        assert "/email/preferences/" in message.body
        html = message.alternatives[0][0]
        assert "/email/preferences/" in html
