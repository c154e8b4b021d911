"""Demo contacts with six months of plausible history (for `manage.py seed_demo`).

Names, companies and jobs are in `leads/demo_content/contacts.yaml`. Every
interaction is about content that exists and was published by then: pages of
the site, and what the content apps offer through the ``aimant_demo_interactions``
hook (webinar registrations, attendance and replays, white-paper downloads), so
conversation starters and timelines cite only real content. A contact attends a
webinar at most once (after registering for it) and downloads a paper once.
Contacts, their consents and their history are dated over the past months.
"""

import random
import unicodedata
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page

from leads.models import ConsentEvent, Contact, InteractionKind, Purpose
from leads.personas import guess_persona
from leads.privacy import record_consent
from leads.qualification import evaluate
from leads.scoring import update_fit
from leads.tracking import track
from website.demo_files import load_data
from website.models.mixins import TrackableContent

DEMO_DOMAIN = "demo.aimant.localhost"
CONTACT_COUNT = 200
HISTORY_DAYS = 180
DEMO_INTERACTIONS_HOOK = "aimant_demo_interactions"

# How active a contact is: (weight, interactions over six months, share of trust actions)
ENGAGEMENT_PROFILES = [
    (43, (1, 4), 0.0),
    (30, (4, 12), 0.1),
    (18, (10, 25), 0.25),
    (9, (20, 40), 0.4),
]
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
# Kinds a person does once per piece of content.
ONCE = {kind for kind, _weight in TRUST} | {InteractionKind.NEWSLETTER_SIGNUP}


def _ascii(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _pick(rng, weighted):
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights=weights, k=1)[0]


class DemoContent:
    """What demo contacts can have read, attended or downloaded, and when."""

    def __init__(self, now):
        self.now = now
        self.start = now - timedelta(days=HISTORY_DAYS)
        pages = Page.objects.live().public().filter(depth__gte=3).specific().order_by("pk")
        self.pages = [page for page in pages if page.first_published_at]
        self.themes = {
            page.pk: list(page.lead_themes) if isinstance(page, TrackableContent) else []
            for page in self.pages
        }
        self.actions = {}
        for actions in hooks.get_hooks(DEMO_INTERACTIONS_HOOK):
            for action in actions():
                self.actions.setdefault(action["kind"], []).append(action)

    def window(self, action):
        """``(earliest, latest)`` moment for `action`, or None if it cannot have happened."""
        if action.get("at") is not None:
            at = action["at"]
            return (at, at) if self.start <= at <= self.now else None
        earliest = max(action.get("after") or self.start, self.start)
        latest = min(action.get("before") or self.now, self.now)
        return (earliest, latest) if earliest < latest else None

    def pages_before(self, moment):
        return [page for page in self.pages if page.first_published_at <= moment]


def _between(rng, earliest, latest):
    return earliest + (latest - earliest) * rng.random()


def record_action(contact, action, rng, content, done, *, near=None):
    """Track one trust action (a webinar attended, a paper downloaded…) once per contact.

    `done` is the set of ``(kind, page id)`` the contact already has; an action that
    requires another (attendance requires registration) records it first. `near`
    (a moment) is a preferred time, clamped to the action's window. Returns the
    interaction, or None when the contact already did it or it cannot have happened.
    """
    page = action["page"]
    key = (action["kind"], page.pk)
    window = content.window(action)
    if key in done or window is None:
        return None
    earliest, latest = window
    if near is not None:
        occurred_at = min(max(near, earliest), latest)
    else:
        occurred_at = _between(rng, earliest, latest)
    required = action.get("requires")
    if required and (required, page.pk) not in done:
        before = next(
            (a for a in content.actions.get(required, []) if a["page"].pk == page.pk), None
        )
        if before is None or content.window(before) is None:
            return None
        record_action(contact, before, rng, content, done, near=occurred_at - timedelta(days=7))
        if (required, page.pk) not in done:
            return None
    data = dict(action.get("data") or {})
    if action["kind"] == InteractionKind.WEBINAR_ATTENDANCE:
        data["minutes"] = rng.randint(15, 58)
        if action.get("answers"):
            data["answers"] = rng.choice(action["answers"])
        occurred_at += timedelta(minutes=rng.randint(0, 5))
    done.add(key)
    return track(
        contact,
        action["kind"],
        page,
        occurred_at=min(occurred_at, content.now),
        themes=content.themes.get(page.pk) or None,
        demo=True,
        **data,
    )


def _history(rng, page_rng, content):
    """The (moment, kind, action or page) events of one contact, oldest first."""
    profile = rng.choices(ENGAGEMENT_PROFILES, weights=[p[0] for p in ENGAGEMENT_PROFILES])[0]
    _weight, (low, high), trust_share = profile
    # Active contacts were active recently; the others' activity is spread out.
    recency = rng.uniform(0, 1) ** (0.5 if trust_share else 1.5)
    events = []
    for _ in range(rng.randint(low, high)):
        kind = _pick(rng, TRUST) if rng.random() < trust_share else _pick(rng, BROWSING)
        age = timedelta(days=HISTORY_DAYS * rng.random() * recency, minutes=rng.randint(0, 1440))
        moment = content.now - age
        if kind in content.actions:
            events.append((moment, kind, page_rng.choice(content.actions[kind]), None))
        elif kind not in {k for k, _w in TRUST}:
            pages = content.pages_before(moment)
            if pages:
                events.append((moment, kind, None, page_rng.choice(pages)))
    return sorted(events, key=lambda event: event[0])


def _date_contact(contact, first_moment, rng):
    """The contact (and the consents given when signing up) date from before their history."""
    created_at = first_moment - timedelta(hours=rng.randint(1, 72))
    Contact.objects.filter(pk=contact.pk).update(created_at=created_at)
    ConsentEvent.objects.filter(contact=contact).update(created_at=created_at)


def seed_contacts(count=CONTACT_COUNT, seed=2026):
    """Create the demo contacts once; returns a summary line."""
    existing = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").count()
    if existing >= count:
        return f"Leads: {existing} demo contacts already present."
    people = load_data("leads", "contacts")
    jobs, countries = people["jobs"], [(c["code"], c["weight"]) for c in people["countries"]]
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    # Pages come from their own stream so the spread of scores does not
    # depend on how many pages the site has.
    page_rng = random.Random(seed + 1)  # noqa: S311
    content = DemoContent(timezone.now())
    for number in range(count):
        first, last = rng.choice(people["first_names"]), rng.choice(people["last_names"])
        email = f"{_ascii(first)}.{_ascii(last)}.{number}@{DEMO_DOMAIN}"
        if Contact.objects.filter(email=email).exists():
            continue
        company = rng.choice(people["companies"])
        job = rng.choices(jobs, weights=[job["weight"] for job in jobs])[0]
        with transaction.atomic():
            contact = Contact.objects.create(
                email=email,
                first_name=first,
                last_name=last,
                company=company["name"],
                company_size=company["size"],
                job_title=job["title"],
                seniority=job["seniority"],
                country=_pick(rng, countries),
                preferred_language="fr" if rng.random() < 0.8 else "en",
                source=rng.choice(people["sources"]),
                persona=guess_persona(job["title"]),
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
            events = _history(rng, page_rng, content)
            done = set()
            for moment, kind, action, page in events:
                if action is not None:
                    record_action(contact, action, rng, content, done, near=moment)
                elif kind in ONCE and (kind, page.pk) in done:
                    continue
                else:
                    done.add((kind, page.pk))
                    track(
                        contact,
                        kind,
                        page,
                        occurred_at=moment,
                        themes=content.themes.get(page.pk, []),
                        demo=True,
                    )
            first_moment = min([i.occurred_at for i in contact.interactions.all()] or [content.now])
            _date_contact(contact, first_moment, rng)
            evaluate(contact)
    total = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").count()
    qualified = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}", stage="mql").count()
    return f"Leads: {total} demo contacts, {qualified} marketing-qualified."
