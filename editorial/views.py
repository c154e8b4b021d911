"""Public endpoints of the editorial app (outside the admin)."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from editorial.calendar_feed import build_feed, user_for_token


@never_cache
@require_GET
def calendar_feed(request, token):
    """A member's iCalendar feed; an unknown or revoked token is a plain 404."""
    if user_for_token(token) is None:
        raise Http404("Unknown calendar feed")
    body = build_feed(admin_base_url=settings.WAGTAILADMIN_BASE_URL.rstrip("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="aimant-editorial-calendar.ics"'
    return response
