"""Attendance import from real-looking Zoom, Teams and Livestorm exports, follow-ups, ratings."""

from datetime import timedelta
from pathlib import Path

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

import pytest

from leads.models import Interaction
from tests.webinars.factories import RegistrationFactory
from webinars.attendance import ImportFormatError, import_attendance, parse_report
from webinars.followups import close_ended_webinars
from webinars.models import Registration

# Copies of /work/shared/samples/attendance (see its README for their provenance).
SAMPLES = Path(__file__).parent / "samples"

ZOOM_PEOPLE = [
    "elodie.garcon@example.org",
    "jf.dupont@example.org",
    "oliver.hughes@example.com",
    "sarah.thompson@example.com",
    "benoit.lemaire@example.org",
    "julien.martin@example.org",
    "nathalie.rousseau@example.org",
    "helene.giraud@example.org",
    "marc-andre.cote@example.com",
    "chloe.dubois@example.org",
]


def _sample(name):
    return (SAMPLES / name).read_bytes()


@pytest.fixture
def past_webinar(webinar):
    webinar.starts_at = timezone.now() - timedelta(days=1)
    webinar.ends_at = webinar.starts_at + timedelta(hours=1)
    webinar.replay_url = "https://video.example.com/replay"
    webinar.save()
    for email in ZOOM_PEOPLE:
        RegistrationFactory(webinar=webinar, email=email)
    return webinar


@pytest.mark.parametrize(
    "name",
    ["zoom-webinar-attendee-report.csv", "zoom-webinar-attendee-report.month-first-variant.csv"],
)
def test_zoom_reports_merge_rejoins_and_overlaps_and_skip_hosts(name):
    platform, records, problems = parse_report(_sample(name))
    assert platform == "Zoom" and problems == []
    by_email = {record.email: record for record in records}
    assert "claire.fontaine@example.com" not in by_email  # host
    assert "emily.carter@example.com" not in by_email  # panelist
    assert "julien.martin@example.org" in by_email  # upper case in the file
    assert by_email["sarah.thompson@example.com"].minutes == 64  # three rows
    assert by_email["nathalie.rousseau@example.org"].minutes == 68  # overlapping rows
    assert by_email["helene.giraud@example.org"].minutes == 3
    assert not by_email["oliver.hughes@example.com"].attended


@pytest.mark.parametrize(
    "name", ["teams-attendance-report.csv", "teams-attendance-report.utf8.csv"]
)
def test_teams_reports_in_utf16_or_utf8(name):
    platform, records, problems = parse_report(_sample(name))
    assert platform == "Teams" and problems == []
    by_email = {record.email: record for record in records}
    assert by_email["elodie.garcon@example.org"].minutes == 64  # 1h 3m 43s
    assert "claire.fontaine@example.com" not in by_email  # organiser
    assert "francois.lefevre@example.com" not in by_email  # presenter
    # Guests without an e-mail are matched by their registration address.
    assert "oliver.hughes@example.com" in by_email
    assert "benoit.lemaire@example.org" in by_email


def test_livestorm_export_skips_team_and_speakers():
    platform, records, problems = parse_report(_sample("livestorm-people-export.csv"))
    assert platform == "Livestorm" and problems == []
    by_email = {record.email: record for record in records}
    assert "claire.fontaine@example.com" not in by_email
    assert "emily.carter@example.com" not in by_email
    assert by_email["elodie.garcon@example.org"].minutes == 61  # 3640 s
    assert not by_email["oliver.hughes@example.com"].attended


def test_import_updates_statuses_and_records_attendance_once(past_webinar):
    raw = _sample("zoom-webinar-attendee-report.csv")
    report = import_attendance(past_webinar, raw)
    assert report.applied and report.attended == 8 and report.no_shows == 2
    attended = Registration.objects.get(email="sarah.thompson@example.com")
    assert attended.status == "attended" and attended.attended_minutes == 64
    assert Registration.objects.get(email="chloe.dubois@example.org").status == "no_show"
    interactions = Interaction.objects.filter(kind="webinar_attendance")
    assert interactions.count() == 8
    import_attendance(past_webinar, raw)  # importing the same report again
    assert Interaction.objects.filter(kind="webinar_attendance").count() == 8


def test_all_or_nothing_imports_nothing_when_a_row_is_unknown(past_webinar):
    Registration.objects.filter(email="julien.martin@example.org").delete()
    report = import_attendance(
        past_webinar, _sample("zoom-webinar-attendee-report.csv"), all_or_nothing=True
    )
    assert not report.applied
    assert any("julien.martin@example.org" in problem for _line, problem in report.problems)
    assert not Registration.objects.filter(status="attended").exists()
    row_by_row = import_attendance(past_webinar, _sample("zoom-webinar-attendee-report.csv"))
    assert row_by_row.applied and row_by_row.attended == 7 and len(row_by_row.problems) == 1


def test_unknown_columns_are_refused_with_a_message():
    with pytest.raises(ImportFormatError):
        parse_report(b"name,score\nAlice,3\n")
    with pytest.raises(ImportFormatError):
        parse_report(b"\x80\x81\x82 not text")


def test_admin_import_never_500s(admin_client, past_webinar):
    url = f"/admin/webinars/{past_webinar.pk}/registrations/import/"
    bad = admin_client.post(
        url, {"mode": "rows", "report": SimpleUploadedFile("x.csv", b"foo;bar\n1;2\n")}
    )
    assert bad.status_code == 400 and "Aucun tableau de présence trouvé" in bad.content.decode()
    empty = admin_client.post(url, {"mode": "rows"})
    assert empty.status_code == 400
    good = admin_client.post(
        url,
        {
            "mode": "all",
            "report": SimpleUploadedFile("r.csv", _sample("livestorm-people-export.csv")),
        },
    )
    assert good.status_code == 200
    assert "Livestorm" in good.content.decode()


def test_followups_after_the_end_thank_attendees_and_console_no_shows(
    client, past_webinar, django_capture_on_commit_callbacks
):
    Registration.objects.filter(email="elodie.garcon@example.org").update(status="attended")
    past_webinar.ends_at = timezone.now() - timedelta(hours=4)
    past_webinar.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert close_ended_webinars() == 1
        assert close_ended_webinars() == 0
    assert len(mail.outbox) == len(ZOOM_PEOPLE)
    thanks = next(m for m in mail.outbox if m.to == ["elodie.garcon@example.org"])
    missed = next(m for m in mail.outbox if m.to == ["chloe.dubois@example.org"])
    assert "Merci d’avoir participé" in thanks.subject and "/rate/" in thanks.body
    assert "n’avez pas pu assister" in missed.subject and "/rate/" not in missed.body
    assert Registration.objects.get(email="chloe.dubois@example.org").status == "no_show"

    # One click on the stars records the rating; a comment can follow.
    attendee = Registration.objects.get(email="elodie.garcon@example.org")
    response = client.get(
        f"/webinars/rate/{attendee.signed_token}/4/", HTTP_USER_AGENT="Mozilla/5.0"
    )
    assert response.status_code == 200
    attendee.refresh_from_db()
    assert attendee.rating == 4
    client.post(
        f"/webinars/rate/{attendee.signed_token}/", {"stars": "5", "comment": "Très concret"}
    )
    attendee.refresh_from_db()
    assert attendee.rating == 5 and attendee.rating_comment == "Très concret"
    assert client.get(f"/webinars/rate/{attendee.signed_token}/9/").status_code == 404
    # The replay link goes through the personal join link and counts as a replay view.
    replay = client.get(f"/webinars/join/{attendee.signed_token}/")
    assert replay.status_code == 302 and replay["Location"] == past_webinar.replay_url
    assert Interaction.objects.filter(kind="replay_watched").count() == 1
