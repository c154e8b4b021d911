"""Importing attendance reports exported by Zoom, Microsoft Teams and Livestorm.

Files are recognised by their header rows, never by line numbers or section
titles (those follow the exporter's language). Encodings (UTF-8 with or
without BOM, UTF-16 from Teams), delimiters (comma or tab) and the three
duration styles (Zoom minutes, Teams "1h 3m 43s", Livestorm seconds) are
handled; hosts, panelists and presenters are left out. Nothing is written
until the whole file is parsed: "all or nothing" imports only a clean file,
"row by row" imports what it can and reports the rest.
"""

import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from leads import api as leads
from webinars.models import Registration

ZOOM_TIME_FORMATS = ("%b %d, %Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p", "%b %d, %Y %I:%M %p")
TEAMS_DURATION = re.compile(r"^(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")
TRUE_VALUES = {"true", "yes", "oui", "vrai", "1"}


class ImportFormatError(Exception):
    """The file is not an attendance report we can read; the message says why."""


@dataclass
class AttendanceRecord:
    line: int
    email: str
    attended: bool
    minutes: int | None = None
    # Other addresses the same person may have registered with (Teams UPN…).
    alternates: tuple = ()
    watched_replay: bool = False


@dataclass
class ImportReport:
    platform: str = ""
    imported: int = 0
    attended: int = 0
    no_shows: int = 0
    problems: list = field(default_factory=list)  # (line, message)
    applied: bool = False


def decode(raw):
    """Text of an uploaded report: UTF-16 (BOM), UTF-8 with or without BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportFormatError(
                _("The file is not UTF-8 or UTF-16 text. Export it again as CSV.")
            ) from error
    return text.replace("\x00", "")


def read_rows(text):
    sample = "\n".join(text.splitlines()[:20])
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    return [
        [cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)
    ]


def _index(header):
    return {name.strip().lower(): position for position, name in enumerate(header) if name.strip()}


def _cell(row, columns, *names):
    for name in names:
        position = columns.get(name.lower())
        if position is not None and position < len(row) and row[position] not in ("", "--"):
            return row[position]
    return ""


def _parse_zoom_time(value):
    for fmt in ZOOM_TIME_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def _merged_minutes(intervals):
    """Minutes covered by possibly overlapping (start, end) intervals, rounded up."""
    total, current_start, current_end = 0.0, None, None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_end is not None:
                total += (current_end - current_start).total_seconds()
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        total += (current_end - current_start).total_seconds()
    return math.ceil(total / 60)


def parse_zoom(rows, start):
    columns = _index(rows[start])
    people, problems = {}, []
    for offset, row in enumerate(rows[start + 1 :], start=start + 2):
        if not row or row[0] not in ("Yes", "No"):
            break  # the next section's title
        email = _cell(row, columns, "email").lower()
        if not email:
            problems.append((offset, _("No e-mail address on this row.")))
            continue
        person = people.setdefault(
            email, {"line": offset, "attended": False, "intervals": [], "minutes": 0}
        )
        if row[0] == "Yes":
            person["attended"] = True
            joined = _parse_zoom_time(_cell(row, columns, "join time"))
            left = _parse_zoom_time(_cell(row, columns, "leave time"))
            if joined and left and left >= joined:
                person["intervals"].append((joined, left))
            else:
                minutes = _cell(row, columns, "time in session (minutes)")
                if minutes.lstrip("-").isdigit() and int(minutes) > 0:
                    person["minutes"] += int(minutes)
    records = [
        AttendanceRecord(
            person["line"],
            email,
            person["attended"],
            (_merged_minutes(person["intervals"]) + person["minutes"])
            if person["attended"]
            else None,
        )
        for email, person in people.items()
    ]
    return records, problems


def _teams_minutes(value):
    match = TEAMS_DURATION.match(value.replace(" ", "")) if value else None
    if not match or not any(match.groups()):
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return math.ceil((hours * 3600 + minutes * 60 + seconds) / 60)


def parse_teams(rows, start):
    columns = _index(rows[start])
    records, problems = [], []
    for offset, row in enumerate(rows[start + 1 :], start=start + 2):
        if not any(row):
            break
        if _cell(row, columns, "role").lower() in ("organizer", "presenter", "co-organizer"):
            continue
        addresses = [
            _cell(row, columns, name).lower()
            for name in ("email", "participant id (upn)", "registration email")
        ]
        addresses = list(dict.fromkeys(address for address in addresses if address))
        if not addresses:
            problems.append((offset, _("No e-mail address on this row (guest?).")))
            continue
        minutes = _teams_minutes(_cell(row, columns, "in-meeting duration"))
        if minutes is None:
            problems.append((offset, _("Unreadable duration.")))
            continue
        records.append(
            AttendanceRecord(offset, addresses[0], True, minutes, alternates=tuple(addresses[1:]))
        )
    return records, problems


def parse_livestorm(rows, start):
    columns = _index(rows[start])
    records, problems = [], []
    for offset, row in enumerate(rows[start + 1 :], start=start + 2):
        if not any(row):
            continue
        if _cell(row, columns, "is team member", "is_team_member").lower() in TRUE_VALUES:
            continue
        if _cell(row, columns, "is guest speaker", "is_guest_speaker").lower() in TRUE_VALUES:
            continue
        email = _cell(row, columns, "email").lower()
        if not email:
            problems.append((offset, _("No e-mail address on this row.")))
            continue
        attended = _cell(row, columns, "présent", "attended").lower() in TRUE_VALUES
        seconds = _cell(row, columns, "durée de la présence (en seconde)", "attendance_duration")
        if attended and not seconds.isdigit():
            problems.append((offset, _("Unreadable duration.")))
            continue
        records.append(
            AttendanceRecord(
                offset, email, attended, math.ceil(int(seconds) / 60) if attended else None
            )
        )
    return records, problems


def parse_report(raw):
    """(platform, records, problems) for the raw bytes of a report."""
    rows = read_rows(decode(raw))
    for position, row in enumerate(rows):
        names = {cell.lower() for cell in row if cell}
        if {"attended", "user name (original name)", "first name", "email"} <= names:
            return ("Zoom", *parse_zoom(rows, position))
        if {"name", "first join", "in-meeting duration"} <= names:
            return ("Teams", *parse_teams(rows, position))
        if (
            "email" in names
            and ({"présent", "attended"} & names)
            and ({"durée de la présence (en seconde)", "attendance_duration"} & names)
        ):
            return ("Livestorm", *parse_livestorm(rows, position))
    raise ImportFormatError(
        _(
            "No attendance table found: the file must be a Zoom attendee report, a Teams "
            "attendance report or a Livestorm people export, with its header row."
        )
    )


def import_attendance(event, raw, *, all_or_nothing=False):
    """Apply a report to the event's registrations; returns an :class:`ImportReport`.

    Raises :class:`ImportFormatError` for a file that is not a report at all.
    """
    platform, records, problems = parse_report(raw)
    report = ImportReport(platform=platform, problems=list(problems))
    registrations = {
        registration.email.lower(): registration
        for registration in Registration.objects.filter(webinar=event)
    }
    matched = []
    for record in records:
        registration = next(
            (
                registrations[address]
                for address in (record.email, *record.alternates)
                if address in registrations
            ),
            None,
        )
        if registration is None:
            report.problems.append(
                (
                    record.line,
                    _("No registration for %(email)s: skipped.") % {"email": record.email},
                )
            )
            continue
        matched.append((record, registration))
    report.problems.sort()
    if all_or_nothing and report.problems:
        return report
    newly_attended, replay_viewers = [], []
    with transaction.atomic():
        for record, registration in matched:
            if record.attended:
                if registration.status != Registration.Status.ATTENDED:
                    newly_attended.append(registration)
                registration.status = Registration.Status.ATTENDED
                registration.attended_minutes = record.minutes
                report.attended += 1
            elif registration.status == Registration.Status.REGISTERED:
                registration.status = Registration.Status.NO_SHOW
                report.no_shows += 1
                if record.watched_replay:
                    replay_viewers.append(registration)
            registration.save(update_fields=["status", "attended_minutes", "updated_at"])
            report.imported += 1
        for registration in newly_attended:
            record_attendance(registration)
        for registration in replay_viewers:
            leads.track(
                leads.identify(None, registration.email), "replay_watched", registration.webinar
            )
    report.applied = True
    return report


def record_attendance(registration):
    """The scoring interaction for someone who attended (with their minutes)."""
    contact = leads.identify(None, registration.email)
    # Minutes and answers feed the sales reps' conversation starters.
    leads.track(
        contact,
        "webinar_attendance",
        registration.webinar,
        minutes=registration.attended_minutes or 0,
        answers=registration.answers,
    )


def mark_attended(registration, minutes=None):
    """Staff mark one registrant as attended by hand."""
    if registration.status == Registration.Status.ATTENDED:
        return False
    registration.status = Registration.Status.ATTENDED
    registration.attended_minutes = minutes
    registration.save(update_fields=["status", "attended_minutes", "updated_at"])
    record_attendance(registration)
    return True
