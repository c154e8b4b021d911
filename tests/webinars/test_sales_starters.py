"""What webinars tell sales reps: attendance minutes and registration answers."""

from leads.models import Contact
from leads.sales.starters import starters_for
from tests.webinars.factories import RegistrationFactory
from webinars.attendance import record_attendance


def test_attendance_gives_the_rep_minutes_and_answers(webinar):
    registration = RegistrationFactory(
        webinar=webinar,
        email="elodie@example.org",
        status="attended",
        attended_minutes=42,
        answers={"Votre plus grand défi ?": "Relancer les inscrits absents"},
    )
    record_attendance(registration)
    contact = Contact.objects.get(email="elodie@example.org")
    interaction = contact.interactions.get(kind="webinar_attendance")
    assert interaction.data["minutes"] == 42
    assert interaction.label == webinar.title
    text = " ".join(str(starter) for starter in starters_for(contact, "fr"))
    assert webinar.title in text
    assert "Relancer les inscrits absents" in text
    assert "42" in text
