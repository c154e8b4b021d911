"""The tracking beacon: page views, reads, shares and CTA clicks sent by aimant.js."""

import json
from datetime import timedelta

from django.core import signing
from django.db.models import F
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    HttpResponseRedirect,
)
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Page

from leads.clients import is_bot, rate_limited
from leads.models import Contact, InteractionKind, ShareLink
from leads.sales.share_links import target_with_via
from leads.screening import looks_like_scanner, read_tracked_link
from leads.tracking import (
    contact_for,
    has_tracking_consent,
    remember_visitor,
    touch_from,
    track,
    visitor_for,
)

MAX_BEACON_BYTES = 2048
BEACON_RATE_LIMIT = 120  # events per address per window
BEACON_RATE_WINDOW = 60
BEACON_EVENTS = {
    "view": InteractionKind.PAGE_VIEW,
    "read": InteractionKind.ARTICLE_READ,
    "share": InteractionKind.SHARE,
    "cta": InteractionKind.CTA_CLICK,
    "infographic": InteractionKind.INFOGRAPHIC_VIEW,
}
RETURN_VISIT_GAP = timedelta(hours=4)


def _parse(request):
    """The validated payload, or None when it is malformed."""
    if request.content_type != "application/json" or len(request.body) > MAX_BEACON_BYTES:
        return None
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("event") not in BEACON_EVENTS:
        return None
    page_id = payload.get("page")
    if not isinstance(page_id, int) or isinstance(page_id, bool) or page_id <= 0:
        return None
    depth = payload.get("depth", 0)
    if not isinstance(depth, int | float) or not 0 <= depth <= 100:
        return None
    texts = {}
    for name, limit in (("network", 30), ("url", 500), ("referrer", 500)):
        value = payload.get(name, "")
        if not isinstance(value, str) or len(value) > limit:
            return None
        texts[name] = value
    return {"event": payload["event"], "page": page_id, "depth": int(depth), **texts}


@never_cache
@require_GET
def email_click(request, token):
    """Record an e-mail link click (unless a mail scanner made it), then redirect."""
    try:
        contact_id, url, sent_at = read_tracked_link(token)
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return HttpResponseBadRequest("This link is not valid.")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return HttpResponseBadRequest("This link is not valid.")
    contact = Contact.objects.filter(pk=contact_id).first()
    if contact is not None and not looks_like_scanner(request, sent_at):
        track(contact, InteractionKind.EMAIL_CLICK, url=url[:500])
    return HttpResponseRedirect(url)


@csrf_exempt  # A JSON body needs a CORS preflight cross-site, which we never grant.
@never_cache
@require_POST
def beacon(request):
    """Record one browser event; 204 on success, 400 for malformed input."""
    if rate_limited(request, "leads:beacon", BEACON_RATE_LIMIT, BEACON_RATE_WINDOW):
        return HttpResponse(status=429)
    payload = _parse(request)
    if payload is None:
        return HttpResponseBadRequest("Malformed beacon.")
    page = Page.objects.live().public().filter(pk=payload["page"]).first()
    if page is None:
        return HttpResponseBadRequest("Unknown page.")
    if is_bot(request):
        return HttpResponse(status=204)
    page = page.specific
    kind = BEACON_EVENTS[payload["event"]]
    details = {}
    if payload["depth"]:
        details["depth"] = payload["depth"]
    if payload["network"]:
        details["network"] = payload["network"]
    if kind == InteractionKind.PAGE_VIEW and has_tracking_consent(request):
        touch = touch_from(request, url=payload["url"] or None, referrer=payload["referrer"])
        _note_visit(request, page, touch)
    track(request, kind, page, **details)
    return remember_visitor(request, HttpResponse(status=204))


def _note_visit(request, page, touch):
    """Keep the visit's attribution; count a return visit after a while away."""
    visitor = visitor_for(request, create=True, touch=touch)
    now = timezone.now()
    if visitor.last_seen_at < now - RETURN_VISIT_GAP and visitor.interactions.exists():
        track(request, InteractionKind.RETURN_VISIT, page)
    visitor.last_seen_at = now
    visitor.last_touch = touch
    visitor.save(update_fields=["last_seen_at", "last_touch"])


@never_cache
@require_GET
def share_link(request, token):
    """A rep's share link: count the visit, attribute it to the rep, go to the page."""
    link = ShareLink.objects.filter(token=token[:20]).first()
    if link is None:
        return HttpResponseNotFound(_("This link does not exist (any more)."))
    target = target_with_via(link)
    if is_bot(request):
        return HttpResponseRedirect(target)
    ShareLink.objects.filter(pk=link.pk).update(
        visits=F("visits") + 1, last_visit_at=timezone.now()
    )
    if has_tracking_consent(request):
        touch = touch_from(request, url=target)
        visitor = visitor_for(request, create=True, touch=touch)
        visitor.last_touch = touch
        visitor.save(update_fields=["last_touch"])
        contact = contact_for(request)
        if contact is not None:
            contact.last_touch = touch
            contact.first_touch = contact.first_touch or touch
            contact.save(update_fields=["first_touch", "last_touch", "updated_at"])
    return remember_visitor(request, HttpResponseRedirect(target))
