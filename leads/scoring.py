"""Know/like/trust scoring: rules → ledger entries → decayed scores.

Engagement decays exponentially: an entry of `p` points at time `t` is worth
``p * 2 ** (-(now - t) / half_life)`` at `now`. The contact row keeps the
decayed know/like/trust as of `engagement_at`, updated incrementally on every
entry; :func:`recompute` rebuilds the same values from the ledger, and
:func:`rescore_history` re-applies the current rules to every interaction.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from leads.models import (
    Contact,
    EngagementRule,
    FitRule,
    Interaction,
    ScoreEntry,
    ScoringSettings,
)
from leads.models.scoring import Dimension
from leads.personas import persona_texts

ENGAGEMENT_DIMENSIONS = (Dimension.KNOW, Dimension.LIKE, Dimension.TRUST)


def half_life():
    return timedelta(days=ScoringSettings.load().half_life_days)


def decay_factor(elapsed, half_life_delta):
    """How much of a point is left after `elapsed` (a timedelta, may be negative)."""
    return 2 ** (-elapsed.total_seconds() / half_life_delta.total_seconds())


def decayed_engagement(contact, at=None, *, half_life_delta=None):
    """The contact's (know, like, trust) decayed to `at` from the stored values."""
    at = at or timezone.now()
    factor = decay_factor(at - contact.engagement_at, half_life_delta or half_life())
    return {
        Dimension.KNOW: contact.know * factor,
        Dimension.LIKE: contact.like * factor,
        Dimension.TRUST: contact.trust * factor,
    }


def _add_to_engagement(contact, dimension, points, occurred_at, half_life_delta):
    """Fold one entry into the stored decayed values (incremental update)."""
    if occurred_at >= contact.engagement_at:
        factor = decay_factor(occurred_at - contact.engagement_at, half_life_delta)
        for name in ENGAGEMENT_DIMENSIONS:
            setattr(contact, name, getattr(contact, name) * factor)
        contact.engagement_at = occurred_at
        setattr(contact, dimension, getattr(contact, dimension) + points)
    else:
        # A past interaction (merged anonymous history): its points have
        # already decayed by the time the stored values refer to.
        factor = decay_factor(contact.engagement_at - occurred_at, half_life_delta)
        setattr(contact, dimension, getattr(contact, dimension) + points * factor)


def matching_rules(interaction, rules=None):
    """The active engagement rules that apply to `interaction`."""
    rules = rules if rules is not None else active_engagement_rules()
    return [
        rule
        for rule in rules
        if rule.kind == interaction.kind
        and (not rule.theme or rule.theme in (interaction.themes or []))
        and (rule.page_id is None or rule.page_id == interaction.page_id)
    ]


def active_engagement_rules():
    return list(EngagementRule.objects.filter(active=True))


def _points_after_cap(rule, contact, occurred_at):
    """The rule's points, reduced so the contact never passes its daily cap.

    The ledger is read only for capped rules: most interactions match none.
    """
    if rule.daily_cap is None or rule.points <= 0:
        return rule.points
    given_today = _given_today(rule, contact, occurred_at)
    return max(0, min(rule.points, rule.daily_cap - given_today))


def _given_today(rule, contact, occurred_at):
    day = timezone.localtime(occurred_at).date()
    start = timezone.make_aware(datetime.combine(day, time.min))
    return (
        ScoreEntry.objects.filter(
            contact=contact,
            engagement_rule=rule,
            occurred_at__gte=start,
            occurred_at__lt=start + timedelta(days=1),
        ).aggregate(total=Sum("points"))["total"]
        or 0
    )


def score_interaction(interaction, *, rules=None, half_life_delta=None):
    """Write ledger entries for `interaction` and update its contact's scores.

    Returns the entries written. The contact row is locked so concurrent
    interactions of one contact add up instead of overwriting each other.
    """
    if interaction.contact_id is None:
        return []
    half_life_delta = half_life_delta or half_life()
    entries = []
    with transaction.atomic():
        contact = Contact.objects.select_for_update().get(pk=interaction.contact_id)
        for rule in matching_rules(interaction, rules):
            points = _points_after_cap(rule, contact, interaction.occurred_at)
            if points == 0:
                continue
            entries.append(
                ScoreEntry.objects.create(
                    contact=contact,
                    interaction=interaction,
                    engagement_rule=rule,
                    rule_name=rule.name,
                    rule_version=rule.version,
                    dimension=rule.dimension,
                    points=points,
                    occurred_at=interaction.occurred_at,
                )
            )
            _add_to_engagement(
                contact, rule.dimension, points, interaction.occurred_at, half_life_delta
            )
        if interaction.occurred_at and (
            contact.last_activity_at is None or interaction.occurred_at > contact.last_activity_at
        ):
            contact.last_activity_at = interaction.occurred_at
        contact.save(
            update_fields=[
                "know",
                "like",
                "trust",
                "engagement_at",
                "last_activity_at",
                "updated_at",
            ]
        )
    return entries


def _fit_rule_matches(rule, contact):
    raw = getattr(contact, rule.field)
    if raw in (None, ""):
        return False
    value = rule.value.strip()
    if rule.field == FitRule.Field.PERSONA:
        return _persona_rule_matches(rule, raw, value)
    if rule.operator in (FitRule.Operator.AT_LEAST, FitRule.Operator.AT_MOST):
        try:
            number, threshold = float(raw), float(value)
        except (TypeError, ValueError):
            return False
        return (
            number >= threshold
            if rule.operator == FitRule.Operator.AT_LEAST
            else number <= threshold
        )
    text = str(raw).casefold()
    if rule.operator == FitRule.Operator.CONTAINS:
        return value.casefold() in text
    if rule.operator == FitRule.Operator.EQUALS:
        return text == value.casefold()
    options = {option.strip().casefold() for option in value.split(",") if option.strip()}
    return text in options


def _persona_rule_matches(rule, persona, value):
    """A persona rule's value names the persona by key or by its name in any language."""
    texts = persona_texts(persona)
    if rule.operator == FitRule.Operator.CONTAINS:
        return any(value.casefold() in text for text in texts)
    if rule.operator == FitRule.Operator.EQUALS:
        return value.casefold() in texts
    options = {option.strip().casefold() for option in value.split(",") if option.strip()}
    return bool(options & texts)


def update_fit(contact):
    """Re-evaluate the fit rules for `contact`; fit entries are replaced, not added."""
    now = timezone.now()
    with transaction.atomic():
        ScoreEntry.objects.filter(contact=contact, dimension=Dimension.FIT).delete()
        total = 0
        for rule in FitRule.objects.filter(active=True):
            if _fit_rule_matches(rule, contact):
                ScoreEntry.objects.create(
                    contact=contact,
                    fit_rule=rule,
                    rule_name=rule.name,
                    rule_version=rule.version,
                    dimension=Dimension.FIT,
                    points=rule.points,
                    occurred_at=now,
                )
                total += rule.points
        Contact.objects.filter(pk=contact.pk).update(fit=total)
        contact.fit = total
    return total


def recompute(contact, at=None, *, half_life_delta=None):
    """Rebuild the contact's decayed scores from its ledger (no rule is re-applied)."""
    at = at or timezone.now()
    half_life_delta = half_life_delta or half_life()
    totals = dict.fromkeys(ENGAGEMENT_DIMENSIONS, 0.0)
    fit = 0
    for dimension, points, occurred_at in contact.score_entries.values_list(
        "dimension", "points", "occurred_at"
    ):
        if dimension == Dimension.FIT:
            fit += points
        else:
            totals[dimension] += points * decay_factor(at - occurred_at, half_life_delta)
    contact.know = totals[Dimension.KNOW]
    contact.like = totals[Dimension.LIKE]
    contact.trust = totals[Dimension.TRUST]
    contact.fit = fit
    contact.engagement_at = at
    contact.save(update_fields=["know", "like", "trust", "fit", "engagement_at", "updated_at"])
    return contact


def rescore_history(contact):
    """Apply today's rules to every past interaction of `contact` (after a rule change)."""
    rules = active_engagement_rules()
    with transaction.atomic():
        contact = Contact.objects.select_for_update().get(pk=contact.pk)
        contact.score_entries.exclude(dimension=Dimension.FIT).delete()
        contact.know = contact.like = contact.trust = 0.0
        interactions = list(contact.interactions.order_by("occurred_at", "pk"))
        contact.engagement_at = interactions[0].occurred_at if interactions else timezone.now()
        contact.save(update_fields=["know", "like", "trust", "engagement_at"])
        for interaction in interactions:
            score_interaction(interaction, rules=rules)
    update_fit(contact)
    contact.refresh_from_db()
    return contact


def explain(contact, at=None):
    """The ledger with each entry's points after decay; the values add up to the score."""
    at = at or timezone.now()
    half_life_delta = half_life()
    lines = []
    for entry in contact.score_entries.select_related("interaction").order_by(
        "-occurred_at", "-pk"
    ):
        if entry.dimension == Dimension.FIT:
            current = float(entry.points)
        else:
            current = entry.points * decay_factor(at - entry.occurred_at, half_life_delta)
        lines.append({"entry": entry, "current": current})
    return lines


def unscored_interactions():
    """Interactions of contacts that have no ledger entry yet (for the recompute job)."""
    return Interaction.objects.filter(contact__isnull=False, score_entries__isnull=True)
