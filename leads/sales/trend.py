"""A lead's score over the last weeks, from the score ledger."""

from datetime import timedelta

from django.utils import timezone

from leads.models.scoring import Dimension
from leads.scoring import decay_factor, half_life

TREND_WEEKS = 8


def score_trend(contact, now=None, weeks=TREND_WEEKS):
    """``[(week end, score)]`` oldest first: fit plus engagement decayed to each week's end."""
    now = now or timezone.now()
    half_life_delta = half_life()
    entries = list(contact.score_entries.values_list("dimension", "points", "occurred_at"))
    fit = sum(points for dimension, points, _at in entries if dimension == Dimension.FIT)
    points = []
    for week in range(weeks - 1, -1, -1):
        moment = now - timedelta(weeks=week)
        engagement = sum(
            value * decay_factor(moment - occurred_at, half_life_delta)
            for dimension, value, occurred_at in entries
            if dimension != Dimension.FIT and occurred_at <= moment
        )
        points.append((moment, round(fit + engagement)))
    return points
