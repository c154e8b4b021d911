"""Demo contacts with six months of plausible history (for `manage.py seed_demo`)."""

import random
import unicodedata
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from leads.models import Contact, InteractionKind, Purpose
from leads.personas import guess_persona
from leads.privacy import record_consent
from leads.qualification import evaluate
from leads.scoring import update_fit
from leads.tracking import track

DEMO_DOMAIN = "demo.aimant.localhost"
CONTACT_COUNT = 200
HISTORY_DAYS = 180

FIRST_NAMES = [
    "Léa",
    "Hugo",
    "Camille",
    "Lucas",
    "Chloé",
    "Louis",
    "Manon",
    "Gabriel",
    "Inès",
    "Jules",
    "Sarah",
    "Arthur",
    "Emma",
    "Nathan",
    "Alice",
    "Thomas",
    "Julie",
    "Paul",
    "Anna",
    "Victor",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
]
COMPANIES = [
    ("Transitions SAS", 120),
    ("Atelier Nord", 12),
    ("Groupe Valmy", 850),
    ("Kalia Conseil", 35),
    ("Opaline Industries", 400),
    ("Brio Logiciels", 60),
    ("Maison Carrel", 8),
    ("Helio Santé", 220),
    ("Vecteur B2B", 45),
    ("Sillage Tech", 150),
    ("Comptoir Léman", 3),
    ("Norea Services", 1200),
]
JOBS = [
    ("Directeur commercial", "director", 3),
    ("Sales Director", "director", 2),
    ("Directrice marketing", "director", 2),
    ("CEO", "executive", 2),
    ("Fondatrice", "executive", 1),
    ("Responsable des ventes", "manager", 3),
    ("Account Manager", "individual", 4),
    ("Chargée de communication", "individual", 3),
    ("Business Developer", "individual", 4),
    ("Responsable RH", "manager", 1),
    ("Étudiant en école de commerce", "student", 1),
]
COUNTRIES = [("FR", 12), ("BE", 2), ("CH", 2), ("CA", 1), ("GB", 1), ("DE", 1)]
THEMES = ["social-selling", "prospection", "content-marketing", "crm", "management-commercial"]
# How active a contact is: (weight, interactions over six months, share of trust actions)
ENGAGEMENT_PROFILES = [
    (43, (1, 4), 0.0),
    (30, (4, 12), 0.1),
    (18, (10, 25), 0.25),
    (9, (20, 40), 0.4),
]
# What trust actions were about, until the webinar and white-paper apps exist.
TRUST_SUBJECTS = {
    InteractionKind.WHITEPAPER_DOWNLOAD: ["Livre blanc : la vente sociale en 2026", "Guide CRM"],
    InteractionKind.WEBINAR_REGISTRATION: ["Webinaire : prospecter sans appeler à froid"],
    InteractionKind.WEBINAR_ATTENDANCE: ["Webinaire : prospecter sans appeler à froid"],
    InteractionKind.REPLAY_WATCHED: ["Replay : qualifier ses leads"],
    InteractionKind.EMAIL_CLICK: ["Newsletter de novembre"],
    InteractionKind.NEWSLETTER_SIGNUP: ["Newsletter"],
}
BROWSING = [
    (InteractionKind.PAGE_VIEW, 10),
    (InteractionKind.ARTICLE_READ, 5),
    (InteractionKind.RETURN_VISIT, 3),
    (InteractionKind.SHARE, 1),
    (InteractionKind.INFOGRAPHIC_VIEW, 2),
    (InteractionKind.EMAIL_CLICK, 2),
    (InteractionKind.NEWSLETTER_SIGNUP, 1),
]
TRUST = [
    (InteractionKind.WHITEPAPER_DOWNLOAD, 4),
    (InteractionKind.WEBINAR_REGISTRATION, 4),
    (InteractionKind.WEBINAR_ATTENDANCE, 3),
    (InteractionKind.REPLAY_WATCHED, 2),
]


def _ascii(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _pick(rng, weighted):
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights=weights, k=1)[0]


def _history(rng, page_rng, now, pages):
    profile = rng.choices(ENGAGEMENT_PROFILES, weights=[p[0] for p in ENGAGEMENT_PROFILES])[0]
    _weight, (low, high), trust_share = profile
    # Active contacts were active recently; the others' activity is spread out.
    recency = rng.uniform(0, 1) ** (0.5 if trust_share else 1.5)
    events = []
    for _ in range(rng.randint(low, high)):
        kind = _pick(rng, TRUST) if rng.random() < trust_share else _pick(rng, BROWSING)
        age = timedelta(days=HISTORY_DAYS * rng.random() * recency, minutes=rng.randint(0, 1440))
        if kind in TRUST_SUBJECTS:
            page, label = None, page_rng.choice(TRUST_SUBJECTS[kind])
        else:
            page, label = (page_rng.choice(pages) if pages else None), ""
        events.append((now - age, kind, page, label, rng.choice(THEMES)))
    return sorted(events, key=lambda event: event[0])


def seed_contacts(count=CONTACT_COUNT, seed=2026):
    """Create the demo contacts once; returns a summary line."""
    existing = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").count()
    if existing >= count:
        return f"Leads: {existing} demo contacts already present."
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    # Pages come from their own stream so the spread of scores does not
    # depend on how many pages the site has.
    page_rng = random.Random(seed + 1)  # noqa: S311
    now = timezone.now()
    pages = list(Page.objects.live().filter(depth__gte=3))
    for number in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{_ascii(first)}.{_ascii(last)}.{number}@{DEMO_DOMAIN}"
        if Contact.objects.filter(email=email).exists():
            continue
        company, size = rng.choice(COMPANIES)
        job, seniority, _weight = rng.choices(JOBS, weights=[job[2] for job in JOBS])[0]
        with transaction.atomic():
            contact = Contact.objects.create(
                email=email,
                first_name=first,
                last_name=last,
                company=company,
                company_size=size,
                job_title=job,
                seniority=seniority,
                country=_pick(rng, COUNTRIES),
                preferred_language="fr" if rng.random() < 0.8 else "en",
                source=rng.choice(["linkedin", "newsletter", "google", "direct", "partner"]),
                persona=guess_persona(job),
            )
            update_fit(contact)
            if rng.random() < 0.6:
                record_consent(
                    contact,
                    Purpose.MARKETING_EMAIL,
                    True,
                    text_version="newsletter-2026-05",
                    language=contact.preferred_language,
                    source="demo",
                )
            for occurred_at, kind, page, label, theme in _history(rng, page_rng, now, pages):
                track(
                    contact,
                    kind,
                    page,
                    occurred_at=occurred_at,
                    themes=[theme],
                    label=label,
                    demo=True,
                )
            evaluate(contact)
    total = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").count()
    qualified = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}", stage="mql").count()
    return f"Leads: {total} demo contacts, {qualified} marketing-qualified."
