"""Bilingual demo webinars for `seed_demo`: 3 upcoming (one nearly full, with a
waiting list) and 2 past ones with replays, attendance and ratings.

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
from website.demo import add_to_menu, ensure_translation, publish
from website.models import HomePage, Person, Persona, Theme

INDEX = {
    "fr": {
        "title": "Webinaires",
        "slug": "webinaires",
        "introduction": (
            "Une heure, un sujet, des méthodes concrètes pour vendre sans appel à froid."
        ),
    },
    "en": {
        "title": "Webinars",
        "slug": "webinars",
        "introduction": "One hour, one topic, hands-on methods to sell without cold calling.",
    },
}

SPEAKERS = [
    {
        "name": "Claire Fontaine",
        "company": "Aimant Conseil",
        "linkedin_url": "https://www.linkedin.com/in/claire-fontaine-demo",
        "fr": {
            "role": "Associée, vente sociale",
            "bio": "Quinze ans de direction commerciale B2B, elle forme les équipes à LinkedIn.",
        },
        "en": {
            "role": "Partner, social selling",
            "bio": "Fifteen years leading B2B sales teams; she trains teams to sell on LinkedIn.",
        },
    },
    {
        "name": "François Lefèvre",
        "company": "Aimant Conseil",
        "linkedin_url": "https://www.linkedin.com/in/francois-lefevre-demo",
        "fr": {
            "role": "Consultant en marketing de contenu",
            "bio": (
                "Il aide les PME industrielles à transformer leur expertise "
                "en contenus qui vendent."
            ),
        },
        "en": {
            "role": "Content marketing consultant",
            "bio": "He helps industrial SMEs turn their expertise into content that sells.",
        },
    },
]

AGENDA = {
    "fr": [
        ("10 min", "Le constat", "Pourquoi l’appel à froid ne fonctionne plus en B2B."),
        ("30 min", "La méthode", "Les étapes, les outils et les messages qui marchent."),
        ("20 min", "Questions-réponses", "Vos cas concrets, traités en direct."),
    ],
    "en": [
        ("10 min", "Where we stand", "Why cold calling no longer works in B2B."),
        ("30 min", "The method", "The steps, tools and messages that work."),
        ("20 min", "Questions and answers", "Your own cases, answered live."),
    ],
}

WEBINARS = [
    {
        "key": "linkedin",
        "days": 9,
        "capacity": 30,
        "registrations": 30,
        "waitlist": 4,
        "themes": ["social-selling"],
        "speakers": [0],
        "fr": {
            "title": "Social selling : transformer LinkedIn en rendez-vous qualifiés",
            "slug": "social-selling-linkedin-rendez-vous",
            "summary": "La routine de 20 minutes par jour qui remplit l’agenda de nos clients.",
        },
        "en": {
            "title": "Social selling: turning LinkedIn into qualified meetings",
            "slug": "social-selling-linkedin-meetings",
            "summary": "The 20-minute daily routine that fills our clients' calendars.",
        },
    },
    {
        "key": "content",
        "days": 16,
        "capacity": None,
        "registrations": 18,
        "waitlist": 0,
        "themes": ["content-marketing"],
        "speakers": [1],
        "fr": {
            "title": "Le livre blanc qui génère des leads : de l’idée au PDF",
            "slug": "livre-blanc-qui-genere-des-leads",
            "summary": "Choisir le sujet, écrire vite, et faire télécharger le bon public.",
        },
        "en": {
            "title": "The white paper that generates leads: from idea to PDF",
            "slug": "white-paper-that-generates-leads",
            "summary": "Pick the topic, write fast, and get the right people to download it.",
        },
    },
    {
        "key": "qualification",
        "days": 30,
        "capacity": 100,
        "registrations": 12,
        "waitlist": 0,
        "themes": ["prospecting"],
        "speakers": [0, 1],
        "fr": {
            "title": "Qualifier un lead B2B sans interrogatoire",
            "slug": "qualifier-un-lead-b2b",
            "summary": "Les questions qui révèlent le besoin, le budget et le calendrier.",
        },
        "en": {
            "title": "Qualifying a B2B lead without an interrogation",
            "slug": "qualifying-a-b2b-lead",
            "summary": "The questions that reveal need, budget and timing.",
        },
    },
    {
        "key": "cold-calls",
        "days": -21,
        "capacity": 50,
        "registrations": 42,
        "waitlist": 0,
        "attended": 17,
        "themes": ["prospecting"],
        "speakers": [0],
        "replay": "https://video.example.com/aimant/prospecter-sans-appel-a-froid",
        "fr": {
            "title": "Prospecter sans appel à froid : le social selling en pratique",
            "slug": "prospecter-sans-appel-a-froid",
            "summary": "Replay : la méthode complète, avec trois témoignages de clients.",
        },
        "en": {
            "title": "Prospecting without cold calls: social selling in practice",
            "slug": "prospecting-without-cold-calls",
            "summary": "Replay: the full method, with three customer stories.",
        },
    },
    {
        "key": "community",
        "days": -45,
        "capacity": None,
        "registrations": 25,
        "waitlist": 0,
        "attended": 10,
        "themes": ["customer-communities"],
        "speakers": [1],
        "replay": "https://video.example.com/aimant/communaute-clients",
        "fr": {
            "title": "Faire de vos clients une communauté qui vend pour vous",
            "slug": "communaute-clients-qui-vend",
            "summary": "Replay : clubs utilisateurs, témoignages et parrainage en B2B.",
        },
        "en": {
            "title": "Turning your customers into a community that sells for you",
            "slug": "customer-community-that-sells",
            "summary": "Replay: user groups, testimonials and referrals in B2B.",
        },
    },
]

FIRST_NAMES = [
    "Élodie",
    "Jean-François",
    "Sarah",
    "Benoît",
    "Julien",
    "Nathalie",
    "Hélène",
    "Marc-André",
    "Chloé",
    "Oliver",
    "Camille",
    "Thomas",
    "Inès",
    "Hugo",
    "Léa",
]
LAST_NAMES = [
    "Garçon",
    "Dupont",
    "Thompson",
    "Lemaire",
    "Martin",
    "Rousseau",
    "Giraud",
    "Côté",
    "Dubois",
    "Hughes",
    "Bernard",
    "Petit",
    "Moreau",
    "Laurent",
    "Simon",
]
COMPANIES = [
    "Garçon & Fils",
    "Northwind Consulting",
    "Lemaire Conseil",
    "Martin Industries",
    "Rousseau Distribution",
    "Giraud SA",
    "Hydrovia",
    "Batiplus",
    "Logitrans",
]
COMMENTS = {
    "fr": [
        "Très concret, merci !",
        "J’ai appliqué la routine dès le lendemain.",
        "Un peu rapide sur les outils.",
    ],
    "en": ["Very practical, thank you!", "Great examples.", "A bit fast on the tools part."],
}


def _speakers(fr, en):
    speakers = []
    for spec in SPEAKERS:
        speaker = Person.objects.filter(locale=fr, name=spec["name"]).first()
        if speaker is None:
            speaker = Person.objects.create(
                locale=fr,
                name=spec["name"],
                company=spec["company"],
                linkedin_url=spec["linkedin_url"],
                **spec["fr"],
            )
        if speaker.get_translation_or_none(en) is None:
            translation = speaker.copy_for_translation(en)
            translation.role, translation.bio = spec["en"]["role"], spec["en"]["bio"]
            translation.save()
        speakers.append(speaker)
    return speakers


def _agenda(code):
    return [
        ("item", {"time": time, "title": title, "description": text})
        for time, title, text in AGENDA[code]
    ]


def _registrations(event, spec, rng):
    if Registration.objects.filter(webinar=event).exists():
        return 0
    total = spec["registrations"] + spec["waitlist"]
    past = spec["days"] < 0
    attended = set(rng.sample(range(spec["registrations"]), spec.get("attended", 0)))
    rows = []
    for number in range(total):
        first, last = FIRST_NAMES[number % 15], LAST_NAMES[(number * 7) % 15]
        language = "en" if number % 4 == 0 else "fr"
        if number >= spec["registrations"]:
            status = Registration.Status.WAITLISTED
        elif past:
            status = (
                Registration.Status.ATTENDED if number in attended else Registration.Status.NO_SHOW
            )
        else:
            status = Registration.Status.REGISTERED
        registration = Registration(
            webinar=event,
            email=f"demo.{spec['key']}.{number}@example.org",
            first_name=first,
            last_name=last,
            company=COMPANIES[number % len(COMPANIES)],
            language=language,
            status=status,
        )
        if status == Registration.Status.ATTENDED:
            registration.attended_minutes = rng.randint(15, 60)
            if rng.random() < 0.6:
                registration.rating = rng.choice([3, 4, 4, 5, 5])
                registration.rating_comment = rng.choice(COMMENTS[language] + [""])
                registration.rated_at = timezone.now()
        rows.append(registration)
    Registration.objects.bulk_create(rows)
    return len(rows)


@transaction.atomic
def seed_webinars():
    """The webinar index, 2 speakers and 5 webinars in French and English."""
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    home_fr = HomePage.objects.get(locale=fr)
    index_fr = WebinarIndexPage.objects.child_of(home_fr).first()
    if index_fr is None:
        index_fr = WebinarIndexPage(locale=fr, **INDEX["fr"])
        home_fr.add_child(instance=index_fr)
        publish(index_fr)
    index_en = ensure_translation(index_fr, en, INDEX["en"])
    add_to_menu("header", index_fr, 1)
    add_to_menu("header", index_en, 1)
    speakers = _speakers(fr, en)
    rng = random.Random(4)  # noqa: S311 - the same demo every time, not security
    now = timezone.localtime()
    created = registrations = 0
    for spec in WEBINARS:
        page = WebinarPage.objects.child_of(index_fr).filter(slug=spec["fr"]["slug"]).first()
        if page is None:
            starts_at = (now + timedelta(days=spec["days"])).replace(
                hour=11, minute=0, second=0, microsecond=0
            )
            page = WebinarPage(
                locale=fr,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=1),
                capacity=spec["capacity"],
                join_url=f"https://zoom.example.com/j/8642093{5571 + created}",
                replay_url=spec.get("replay", ""),
                status=WebinarStatus.ENDED if spec["days"] < 0 else WebinarStatus.SCHEDULED,
                agenda=_agenda("fr"),
                show_ratings=spec["days"] < 0,
                **spec["fr"],
            )
            index_fr.add_child(instance=page)
            page.themes.set(Theme.objects.filter(locale=fr, slug__in=spec["themes"]))
            page.personas.set(Persona.objects.filter(locale=fr)[:2])
            page.speakers.set([speakers[i] for i in spec["speakers"]])
            publish(page)
            created += 1
        index_en.refresh_from_db()
        ensure_translation(page, en, {**spec["en"], "agenda": _agenda("en")})
        registrations += _registrations(page, spec, rng)
        if spec["days"] < 0:
            # Demo people are invented: no follow-up e-mail for them.
            WebinarSchedule.objects.update_or_create(
                webinar=page,
                defaults={
                    "starts_at": page.starts_at,
                    "ends_at": page.ends_at,
                    "join_url": page.join_url,
                    "followups_sent_at": timezone.now(),
                },
            )
    return f"Webinars: {created} created, {registrations} demo registrations added."
