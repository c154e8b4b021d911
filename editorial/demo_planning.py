"""Demo planning: a closed and an open ideas round with votes, and a calendar
spread over the past and the next two months (drafts, a page in review, a
scheduled one, plans without a page yet)."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from editorial import planning
from editorial.models import (
    ArticlePage,
    CalendarItem,
    CalendarStatus,
    IdeaRound,
    IdeaVote,
    InfographicPage,
)
from website.models import Persona, Theme

# (title, angle, theme key, persona key, format)
OPEN_ROUND_IDEAS = [
    (
        "Le premier message LinkedIn qui ne sent pas la prospection",
        "Dix premiers messages réels, commentés : ce qui a obtenu une réponse et pourquoi.",
        "social-selling",
        "sales-director",
        "tips",
    ),
    (
        "Combien coûte vraiment un lead de webinaire ?",
        "Le calcul complet, du temps des intervenants à la relance, sur trois webinaires réels.",
        "content-marketing",
        "marketing-manager",
        "article",
    ),
    (
        "Animer une communauté de clients sans y passer ses soirées",
        "Le rituel mensuel de 90 minutes d'une PME industrielle.",
        "customer-communities",
        "sme-ceo",
        "testimonial",
    ),
    (
        "Prospecter par la recommandation : la méthode des trois questions",
        "Demander une recommandation sans gêne, au bon moment du projet.",
        "prospecting",
        "sales-director",
        "tips",
    ),
    (
        "L'expérience client commence avant la signature",
        "Ce que le prospect retient du cycle de vente et raconte ensuite.",
        "customer-experience",
        "sme-ceo",
        "article",
    ),
    (
        "Entretien : une directrice commerciale qui a arrêté l'appel à froid",
        "Dix-huit mois plus tard, les chiffres et ce qu'elle referait autrement.",
        "prospecting",
        "sales-director",
        "interview",
    ),
    (
        "Le livre blanc est-il mort ?",
        "Pourquoi les contenus longs convertissent encore, à condition d'être utiles.",
        "content-marketing",
        "marketing-manager",
        "article",
    ),
    (
        "Sept signaux qu'un contact est prêt pour un appel",
        "Lire le comportement sans surinterpréter un clic.",
        "social-selling",
        "sales-director",
        "tips",
    ),
    (
        "Les clients ambassadeurs : les trouver, les remercier",
        "Un programme simple, sans cadeaux gadgets.",
        "customer-communities",
        "marketing-manager",
        "article",
    ),
    (
        "Mesurer la satisfaction sans questionnaire de 40 questions",
        "Trois questions, posées au bon moment, et ce qu'on en fait.",
        "customer-experience",
        "marketing-manager",
        "tips",
    ),
    (
        "Le calendrier éditorial d'une équipe de trois personnes",
        "Planifier un trimestre en une demi-journée.",
        "content-marketing",
        "sme-ceo",
        "article",
    ),
    (
        "Infographie : le parcours d'achat B2B en 2027",
        "Les étapes où l'acheteur décide seul, chiffres à l'appui.",
        "social-selling",
        "sales-director",
        "",
    ),
]

# Ideas of the closed autumn round and what became of them:
# (title, angle, theme, persona, format, days from today, status to reach)
CLOSED_ROUND_IDEAS = [
    (
        "Réussir la relance après un webinaire",
        "Le message du lendemain qui obtient des rendez-vous.",
        "content-marketing",
        "marketing-manager",
        "tips",
        9,
        CalendarStatus.SCHEDULED,
    ),
    (
        "Social selling : mesurer ce qui compte",
        "Oublier le nombre d'abonnés, suivre les conversations ouvertes.",
        "social-selling",
        "sales-director",
        "article",
        16,
        CalendarStatus.IN_REVIEW,
    ),
    (
        "Témoignage : une communauté d'utilisateurs née d'un club de déjeuner",
        "Comment un éditeur de logiciel a transformé dix clients en cent membres.",
        "customer-communities",
        "sme-ceo",
        "testimonial",
        27,
        CalendarStatus.WRITING,
    ),
    (
        "Prospection : la liste des 100 comptes",
        "Choisir ses comptes cibles avec les commerciaux, pas contre eux.",
        "prospecting",
        "sales-director",
        "tips",
        41,
        CalendarStatus.WRITING,
    ),
    (
        "Les irritants du parcours client, classés par les clients",
        "Une enquête menée auprès de 60 clients de PME de services.",
        "customer-experience",
        "sme-ceo",
        "article",
        52,
        CalendarStatus.IDEA,
    ),
    (
        "Le webinaire de 30 minutes",
        "Plus court, plus de présents : le format testé sur six sessions.",
        "content-marketing",
        "marketing-manager",
        "article",
        58,
        CalendarStatus.IDEA,
    ),
]

INFOGRAPHIC_DAYS_AGO = [12, 33]


def _at_nine(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


def _place_published_pages(today):
    """Put each published page on the day it was published, not the seeding day."""
    for article in ArticlePage.objects.all():
        CalendarItem.objects.filter(page=article).update(
            planned_at=_at_nine(article.publication_date)
        )
    infographics = InfographicPage.objects.filter(locale__language_code="fr").order_by("pk")
    for days_ago, infographic in zip(INFOGRAPHIC_DAYS_AGO, infographics, strict=False):
        day = today - datetime.timedelta(days=days_ago)
        for page in [infographic, *infographic.get_translations()]:
            CalendarItem.objects.filter(page=page).update(planned_at=_at_nine(day))


def _idea(round_, spec, fr, proposer):
    title, angle, theme, persona, article_format = spec[:5]
    item, _created = CalendarItem.objects.get_or_create(
        title=title,
        defaults={
            "angle": angle,
            "theme": Theme.objects.filter(slug=theme, locale=fr).first(),
            "persona": Persona.objects.filter(slug=persona, locale=fr).first(),
            "format": article_format,
            "kind": "article" if article_format else "infographic",
            "locale": fr,
            "round": round_,
            "proposed_by": proposer,
        },
    )
    return item


def _advance(item, status, planned_at, editor, manager):
    """Take a promoted item to `status` the way the team would, through the workflow."""
    if item.page_id or status == CalendarStatus.IDEA:
        if status == CalendarStatus.IDEA and item.planned_at is None:
            CalendarItem.objects.filter(pk=item.pk).update(planned_at=planned_at)
        return
    item = planning.promote(item, editor, planned_at=planned_at, assignee=editor)
    if status == CalendarStatus.WRITING:
        return
    page = item.page.specific
    page.standfirst = item.angle
    if status == CalendarStatus.SCHEDULED:
        page.go_live_at = planned_at
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    if status == CalendarStatus.SCHEDULED:
        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, manager, "approve")


@transaction.atomic
def seed_planning():
    """Two ideas rounds with votes and a calendar around today; idempotent."""
    fr = Locale.objects.get(language_code="fr")
    today = timezone.localdate()
    User = get_user_model()
    staff = {user.username: user for user in User.objects.filter(is_active=True)}
    editor = staff.get("sophie.bernard") or staff.get("admin")
    manager = staff.get("thomas.girard") or staff.get("admin")
    voters = [user for user in (staff.get("admin"), editor, manager) if user]

    _place_published_pages(today)

    closed, _ = IdeaRound.objects.get_or_create(
        title="Ligne éditoriale — automne 2026",
        defaults={
            "opens_on": today - datetime.timedelta(days=40),
            "closes_on": today - datetime.timedelta(days=20),
        },
    )
    for rank, spec in enumerate(CLOSED_ROUND_IDEAS):
        item = _idea(closed, spec, fr, voters[rank % len(voters)])
        # Votes of a closed round are history: written directly, limits were met then.
        for voter in voters[: max(len(voters) - rank // 2, 1)]:
            IdeaVote.objects.get_or_create(round=closed, item=item, voter=voter)
        planned_at = _at_nine(today + datetime.timedelta(days=spec[5]))
        _advance(item, spec[6], planned_at, editor, manager)

    current, _ = IdeaRound.objects.get_or_create(
        title="Ligne éditoriale — hiver 2027",
        defaults={
            "opens_on": today - datetime.timedelta(days=5),
            "closes_on": today + datetime.timedelta(days=9),
        },
    )
    open_ideas = [
        _idea(current, spec, fr, voters[number % len(voters)])
        for number, spec in enumerate(OPEN_ROUND_IDEAS)
    ]
    for offset, voter in enumerate(voters):
        if IdeaVote.objects.filter(round=current, voter=voter).exists():
            continue
        for idea in open_ideas[offset : offset + 7]:
            planning.cast_vote(current, idea, voter)
    items = CalendarItem.objects.count()
    return f"Planning: 2 ideas rounds, {items} calendar items."
