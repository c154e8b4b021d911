"""Ratings: one per registration, 1 to 5 stars and an optional comment."""

from django.db.models import Avg, Count
from django.utils import timezone

from webinars.models.registrations import Registration


def rate(registration, stars, comment=None):
    """Record (or change) the rating; a None comment keeps the existing one."""
    if not 1 <= int(stars) <= 5:
        raise ValueError(stars)
    registration.rating = int(stars)
    if comment is not None:
        registration.rating_comment = comment.strip()
    registration.rated_at = timezone.now()
    registration.save(update_fields=["rating", "rating_comment", "rated_at", "updated_at"])


def rating_summary(event):
    """Average stars and number of ratings for an event."""
    result = Registration.objects.filter(webinar=event, rating__isnull=False).aggregate(
        average=Avg("rating"), count=Count("pk")
    )
    return {"average": round(result["average"] or 0, 1), "count": result["count"]}
