"""Registration counts and the registration-to-attendance rate."""

from django.db.models import Count, Q

from webinars.models import Registration

S = Registration.Status


def counts_for(queryset):
    """Annotate events with their counts per status."""
    return queryset.annotate(
        n_registered=Count("registrations", filter=Q(registrations__status=S.REGISTERED)),
        n_waitlisted=Count("registrations", filter=Q(registrations__status=S.WAITLISTED)),
        n_cancelled=Count("registrations", filter=Q(registrations__status=S.CANCELLED)),
        n_attended=Count("registrations", filter=Q(registrations__status=S.ATTENDED)),
        n_no_show=Count("registrations", filter=Q(registrations__status=S.NO_SHOW)),
    )


def attendance_rate(attended, no_shows):
    """Attendees among those who held a seat at the end, in percent (None before)."""
    total = attended + no_shows
    return round(100 * attended / total) if total else None


def event_counts(event):
    rows = Registration.objects.filter(webinar=event).values("status").annotate(n=Count("pk"))
    counts = dict.fromkeys(S.values, 0)
    counts.update({row["status"]: row["n"] for row in rows})
    counts["rate"] = attendance_rate(counts[S.ATTENDED], counts[S.NO_SHOW])
    counts["total"] = sum(counts[status] for status in S.values)
    return counts
