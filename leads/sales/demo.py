"""Demo sales team and pipeline (for `manage.py seed_demo`, through the leads hook).

Three reps with territories and a sales manager, every qualified demo contact
assigned, leads spread over every pipeline stage, some overdue, and share
links with a visit history. Idempotent: a second run changes nothing.
"""

import os
import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from leads.demo import DEMO_DOMAIN, DemoContent, record_action
from leads.models import (
    Contact,
    InteractionKind,
    Lead,
    LifecycleStage,
    PipelineStage,
    RepAvailability,
    ShareLink,
    TerritoryRule,
)
from leads.sales.assignment import SALES_MANAGERS_GROUP, SALES_REPS_GROUP, assign_qualified
from leads.sales.pipeline import add_note, move
from website.demo_files import load_data

DEMO_PASSWORD_ENV = "DEMO_ADMIN_PASSWORD"  # noqa: S105 - the variable's name
DEFAULT_DEMO_PASSWORD = "aimant-demo"  # noqa: S105 - local demo accounts, as website.demo

# (username, first name, last name, group, territories as (country, language))
TEAM = [
    ("claire.martin", "Claire", "Martin", SALES_REPS_GROUP, [("FR", "")]),
    ("julien.petit", "Julien", "Petit", SALES_REPS_GROUP, [("BE", ""), ("CH", ""), ("CA", "")]),
    ("emma.walker", "Emma", "Walker", SALES_REPS_GROUP, [("", "en"), ("GB", ""), ("DE", "")]),
    ("nadia.roux", "Nadia", "Roux", SALES_MANAGERS_GROUP, []),
]
# How the demo leads are spread over the pipeline, in order of qualification
# (the reasons of the last two are in `leads/demo_content/sales.yaml`).
STAGE_PLAN = [
    PipelineStage.NEW,
    PipelineStage.CONTACTED,
    PipelineStage.SALES_QUALIFIED,
    PipelineStage.WON,
    PipelineStage.LOST,
    PipelineStage.NURTURING,
]


def _ensure_member(username, first_name, last_name, group_name, password):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@aimant.localhost",
            "first_name": first_name,
            "last_name": last_name,
        },
    )
    if created:
        user.set_password(password)
        user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def seed_team():
    """The demo sales team and its territories; returns the reps."""
    password = os.environ.get(DEMO_PASSWORD_ENV) or DEFAULT_DEMO_PASSWORD
    reps = []
    with transaction.atomic():
        for username, first_name, last_name, group, territories in TEAM:
            user = _ensure_member(username, first_name, last_name, group, password)
            if group == SALES_REPS_GROUP:
                reps.append(user)
                RepAvailability.objects.get_or_create(rep=user)
            for priority, (country, language) in enumerate(territories, start=1):
                TerritoryRule.objects.get_or_create(
                    rep=user, country=country, language=language, defaults={"priority": priority}
                )
    return reps


def _share_links(reps, rng, now):
    pages = list(Page.objects.live().public().filter(depth__gte=3).order_by("pk")[:6])
    links = []
    for index, rep in enumerate(reps):
        for page in pages[index : index + 3]:
            link, created = ShareLink.objects.get_or_create(
                rep=rep, target=page.url or f"/{page.slug}/", defaults={"page": page}
            )
            if created:
                link.visits = rng.randint(5, 60)
                link.last_visit_at = now - timedelta(hours=rng.randint(1, 200))
                link.save(update_fields=["visits", "last_visit_at"])
            links.append(link)
    return links


def seed_pipeline(seed=2027):
    """Assign the qualified demo contacts and spread them over the pipeline."""
    reps = seed_team()
    demo_contacts = Contact.objects.filter(email__endswith=f"@{DEMO_DOMAIN}")
    if Lead.objects.filter(contact__in=demo_contacts).exclude(stage=PipelineStage.NEW).exists():
        return f"Sales: {Lead.objects.count()} leads already in the pipeline."
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    now = timezone.now()
    links = _share_links(reps, rng, now)
    content = DemoContent(now)
    texts = load_data("leads", "sales")
    qualified = list(demo_contacts.filter(stage=LifecycleStage.MARKETING_QUALIFIED).order_by("pk"))
    for index, contact in enumerate(qualified):
        stage = STAGE_PLAN[index % len(STAGE_PLAN)]
        target = (stage, texts["stage_reasons"].get(stage, ""))
        if stage == PipelineStage.NEW:
            # Half of the new leads wait since last week (overdue), half are fresh.
            assigned_at = now - (timedelta(days=6) if index % 4 == 0 else timedelta(minutes=30))
        else:
            assigned_at = now - timedelta(days=rng.randint(8, 40))
        with transaction.atomic():
            if links and index % 5 == 0:
                # Some leads came through a rep's share link.
                link = links[index % len(links)]
                touch = {"share_link": link.token, "landing_page": link.target}
                Contact.objects.filter(pk=contact.pk).update(first_touch=touch)
                contact.refresh_from_db()
            _enrich_history(contact, rng, content)
            lead = assign_qualified(contact, at=assigned_at)
            # Contacts that qualified while seeded were assigned "now": date them back.
            Lead.objects.filter(pk=lead.pk).update(
                assigned_at=assigned_at, qualified_at=assigned_at
            )
            _play(lead, target, texts["notes"][index % len(texts["notes"])], rng, now)
    return f"Sales: {len(reps)} reps, {Lead.objects.count()} leads over every pipeline stage."


def _enrich_history(contact, rng, content):
    """A webinar attended and a paper downloaded, as the content apps would have
    recorded them (once each), for the conversation starters."""
    done = set(contact.interactions.filter(page__isnull=False).values_list("kind", "page_id"))
    for kind in (InteractionKind.WEBINAR_ATTENDANCE, InteractionKind.WHITEPAPER_DOWNLOAD):
        actions = content.actions.get(kind, [])
        if actions and rng.random() < 0.6:
            near = content.now - timedelta(days=rng.randint(1, 40))
            record_action(contact, rng.choice(actions), rng, content, done, near=near)


def _play(lead, plan, note, rng, now):
    """Move the lead along its planned path, with dates after its assignment."""
    lead.refresh_from_db()
    owner = lead.contact.owner
    if owner is None:
        return
    target, reason = plan
    moved_at = lead.assigned_at + timedelta(hours=rng.randint(1, 30))
    path = {
        PipelineStage.NEW: [],
        PipelineStage.CONTACTED: [PipelineStage.CONTACTED],
        PipelineStage.SALES_QUALIFIED: [PipelineStage.CONTACTED, PipelineStage.SALES_QUALIFIED],
        PipelineStage.WON: [
            PipelineStage.CONTACTED,
            PipelineStage.SALES_QUALIFIED,
            PipelineStage.WON,
        ],
        PipelineStage.LOST: [PipelineStage.CONTACTED, PipelineStage.LOST],
        PipelineStage.NURTURING: [PipelineStage.NURTURING],
    }[target]
    for step in path:
        lead = move(lead, step, owner, reason if step == target else "", at=min(moved_at, now))
        moved_at += timedelta(days=rng.randint(1, 6))
    if target == PipelineStage.CONTACTED:
        add_note(lead, owner, note)
