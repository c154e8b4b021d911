"""Site-shell views: health check, robots.txt, search, account overview, errors."""

import logging

from django.contrib.auth.decorators import login_required
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page

from website.scheduler import late_jobs

logger = logging.getLogger("aimant.website")

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers a query, 503 otherwise (for load balancers).

    The body says "degraded" and names the periodic jobs (such as
    publish-scheduled) that have not run recently.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database is unreachable")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    body = {"status": "ok", "database": "ok"}
    late = [job.name for job, _last in late_jobs()]
    if late:
        # Still 200: the site serves pages, but scheduled publishing has stalled.
        body.update(status="degraded", late_jobs=late)
    return JsonResponse(body)


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /fr/accounts/",
        "Disallow: /en/accounts/",
        "Disallow: /fr/search/",
        "Disallow: /en/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def search(request):
    """Full-text search over the live, public pages of the visitor's language."""
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = Page.objects.none()
    if query:
        locale = Locale.get_active()
        results = Page.objects.live().public().filter(locale=locale).search(query)
    paginator = Paginator(results, SEARCH_RESULTS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "website/search.html",
        {"search_query": query, "page_obj": page_obj, "paginator": paginator},
    )


@login_required
@require_GET
def account_overview(request):
    """The prospect's own area; later issues add registrations and downloads."""
    email_addresses = request.user.emailaddress_set.all()
    return TemplateResponse(
        request, "website/account_overview.html", {"email_addresses": email_addresses}
    )
