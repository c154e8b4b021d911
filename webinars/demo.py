"""Bilingual demo webinars for `seed_demo`: upcoming ones (one full, with a waiting
list) and past ones with replays, attendance and ratings. The texts and numbers
are in `webinars/demo_content/` (see `website.demo_files`).

Idempotent: webinars are matched by slug, and registrations are only added to
a webinar that has none. Demo registrations are written directly (no e-mail is
queued for invented people), and past webinars are marked as followed up.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from webinars.models import (
    Registration,
    WebinarIndexPage,
    WebinarPage,
    WebinarSchedule,
    WebinarStatus,
)
from website.demo import add_to_menu, date_back, ensure_translation, publish
from website.demo_files import index_page_fields, load_data, load_items, relative_datetime
from website.models import HomePage, Person, Persona, Theme

APP = "webinars"


def seed_speakers(fr, en):
    """The speakers of the files, in French with English translations; key → speaker."""
    speakers = {}
    for item in load_items(APP, "speakers"):
        speaker = Person.objects.filter(locale=fr, name=item["name"]).first()
        if speaker is None:
            speaker = Person.objects.create(
                locale=fr,
                name=item["name"],
                company=item["company"],
                linkedin_url=item["linkedin_url"],
                role=item["role"],
                bio=item.body("fr"),
            )
        if speaker.get_translation_or_none(en) is None:
            translation = speaker.copy_for_translation(en)
            translation.role, translation.bio = item.field("role", "en"), item.body("en")
            translation.save()
        speakers[item.key] = speaker
    return speakers


def _questions(item, code):
    return [
        ("text", {"label": question["label"], "required": False})
        for question in item.field("questions", code, default=[])
    ]


def _answers(item, language, number):
    """What registrant `number` answered to the webinar's questions (in their language)."""
    return {
        question["label"]: question["sample_answers"][number % len(question["sample_answers"])]
        for question in item.field("questions", language, default=[])
        if number % 3  # a third of the registrants leave the free question empty
    }


def _agenda(item, code):
    return [
        ("item", {"time": row["time"], "title": row["title"], "description": row["description"]})
        for row in item.field("agenda", code)
    ]


def _registrations(event, item, rng, now):
    """The webinar's invented registrants, once: registered over the weeks before it."""
    if Registration.objects.filter(webinar=event).exists():
        return 0
    people = load_data(APP, "registrants")
    first_names, last_names = people["first_names"], people["last_names"]
    companies, comments = people["companies"], people["rating_comments"]
    seats = item["registrations"]
    total = seats + item.get("waitlist", 0)
    past = event.starts_at < now
    attended = set(rng.sample(range(seats), item.get("attended", 0)))
    # Registrations open four weeks before the start (at least a week ago) and
    # close at the start, or now for the upcoming ones.
    closed = min(event.starts_at, now) - timedelta(hours=1)
    opened = min(event.starts_at - timedelta(days=28), closed - timedelta(days=7))
    rows, dates = [], []
    for number in range(total):
        first = first_names[number % len(first_names)]
        last = last_names[(number * 7) % len(last_names)]
        language = "en" if number % 4 == 0 else "fr"
        if number >= seats:
            status = Registration.Status.WAITLISTED
        elif past:
            status = (
                Registration.Status.ATTENDED if number in attended else Registration.Status.NO_SHOW
            )
        else:
            status = Registration.Status.REGISTERED
        registration = Registration(
            webinar=event,
            email=f"demo.{item.key}.{number}@example.org",
            first_name=first,
            last_name=last,
            company=companies[number % len(companies)],
            answers=_answers(item, language, number),
            language=language,
            status=status,
        )
        if status == Registration.Status.ATTENDED:
            registration.attended_minutes = rng.randint(15, 60)
            if rng.random() < 0.6:
                registration.rating = rng.choice([3, 4, 4, 5, 5])
                registration.rating_comment = rng.choice([*comments[language], ""])
                registration.rated_at = event.ends_at + timedelta(hours=rng.randint(1, 48))
        rows.append(registration)
        # Registrations come in order (the waiting list last), spread over the weeks.
        dates.append(opened + (closed - opened) * (number + 1) / (total + 1))
    Registration.objects.bulk_create(rows)
    for registration, created_at in zip(rows, dates, strict=True):
        Registration.objects.filter(pk=registration.pk).update(
            created_at=created_at, updated_at=max(created_at, registration.rated_at or created_at)
        )
    return len(rows)


@transaction.atomic
def seed_webinars():
    """The webinar index, the speakers and the webinars of the files, in French and English."""
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    home_fr = HomePage.objects.get(locale=fr)
    index_fr = WebinarIndexPage.objects.child_of(home_fr).first()
    if index_fr is None:
        index_fr = WebinarIndexPage(locale=fr, **index_page_fields(APP, "fr"))
        home_fr.add_child(instance=index_fr)
        publish(index_fr)
    index_en = ensure_translation(index_fr, en, index_page_fields(APP, "en"))
    add_to_menu("header", index_fr, 1)
    add_to_menu("header", index_en, 1)
    speakers = seed_speakers(fr, en)
    rng = random.Random(4)  # noqa: S311 - the same demo every time, not security
    now = timezone.localtime()
    created = registrations = 0
    for number, item in enumerate(load_items(APP, "webinars")):
        page = WebinarPage.objects.child_of(index_fr).filter(slug=item["slug"]).first()
        if page is None:
            starts_at = relative_datetime(item["starts"], now)
            past = starts_at < now
            page = WebinarPage(
                locale=fr,
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                starts_at=starts_at,
                ends_at=starts_at + timedelta(minutes=item.get("duration_minutes", 60)),
                capacity=item.get("capacity"),
                join_url=f"https://zoom.example.com/j/8642093{5571 + number}",
                replay_url=item.get("replay", ""),
                status=WebinarStatus.ENDED if past else WebinarStatus.SCHEDULED,
                agenda=_agenda(item, "fr"),
                registration_questions=_questions(item, "fr"),
                show_ratings=past,
            )
            index_fr.add_child(instance=page)
            page.themes.set(Theme.objects.filter(locale=fr, slug__in=item["themes"]))
            page.personas.set(Persona.objects.filter(locale=fr, slug__in=item.get("personas", [])))
            page.speakers.set([speakers[key] for key in item["speakers"]])
            publish(page)
            # Announced five weeks before it starts (or today, for the next ones).
            date_back(page, min(starts_at - timedelta(days=35), now))
            created += 1
        index_en.refresh_from_db()
        ensure_translation(
            page,
            en,
            {
                "title": item.field("title", "en"),
                "slug": item.field("slug", "en"),
                "summary": item.field("summary", "en"),
                "agenda": _agenda(item, "en"),
                "registration_questions": _questions(item, "en"),
            },
        )
        registrations += _registrations(page, item, rng, now)
        if page.starts_at < now:
            # Demo people are invented: no follow-up e-mail for them.
            WebinarSchedule.objects.get_or_create(
                webinar=page,
                defaults={
                    "starts_at": page.starts_at,
                    "ends_at": page.ends_at,
                    "join_url": page.join_url,
                },
            )
            WebinarSchedule.objects.filter(webinar=page, followups_sent_at__isnull=True).update(
                followups_sent_at=page.ends_at + timedelta(hours=2)
            )
    return f"Webinars: {created} created, {registrations} demo registrations added."


def demo_interactions():
    """What demo contacts may have done with the demo webinars (for the leads seeder).

    A list of ``{"kind", "page", "after", "before", "at", "requires", "data"}``:
    registrations in the four weeks before a webinar, attendance at the start of
    a past one (after registering), replays after its end. The leads seeder
    picks from these so that timelines cite only webinars that exist.
    """
    now = timezone.now()
    actions = []
    for page in WebinarPage.objects.live().filter(locale__language_code="fr").order_by("pk"):
        item = next((i for i in load_items(APP, "webinars") if i["slug"] == page.slug), None)
        answers = [
            [{"question": question["label"], "answer": answer}]
            for question in (item.get("questions", []) if item else [])
            for answer in question["sample_answers"]
        ]
        actions.append(
            {
                "kind": "webinar_registration",
                "page": page,
                "after": page.starts_at - timedelta(days=28),
                "before": min(page.starts_at, now),
            }
        )
        if page.ends_at < now:
            actions.append(
                {
                    "kind": "webinar_attendance",
                    "page": page,
                    "at": page.starts_at,
                    "requires": "webinar_registration",
                    "answers": answers,
                }
            )
            if page.replay_url:
                actions.append({"kind": "replay_watched", "page": page, "after": page.ends_at})
    return actions
