"""Social selling: each rep's personal tracked links to public pages, and what they produced."""

from urllib.parse import urlencode, urlsplit, urlunsplit

from django.db.models import Q, Sum
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from leads.models import Contact, Lead, ShareLink

VIA_PARAMETER = "via"


class ShareLinkError(ValueError):
    """The address is not a public page of this site; the message is for the rep."""


def _site_hosts():
    return {site.hostname.lower() for site in Site.objects.all()}


def find_public_page(url, request=None):
    """The live, public page at `url` (absolute on one of our sites, or a path)."""
    parts = urlsplit((url or "").strip())
    if parts.scheme and parts.scheme not in {"http", "https"}:
        raise ShareLinkError(_("Paste the address of a page of this site."))
    hosts = _site_hosts()
    if request is not None:
        hosts.add(request.get_host().split(":")[0].lower())
    if parts.netloc and (parts.hostname or "").lower() not in hosts:
        raise ShareLinkError(_("Paste the address of a page of this site."))
    path = parts.path or "/"
    if not path.endswith("/"):
        path += "/"
    slug = [segment for segment in path.split("/") if segment][-1:] or [""]
    candidates = Page.objects.live().public().filter(Q(slug=slug[0]) | Q(depth=2)).specific()
    for page in candidates:
        if page.get_url(request) == path or urlsplit(page.get_url(request) or "").path == path:
            return page
    raise ShareLinkError(_("No public page of this site has this address."))


def recent_public_pages(limit=10):
    """The latest published public pages, offered with a "share" button."""
    return (
        Page.objects.live()
        .public()
        .filter(depth__gte=3)
        .order_by("-last_published_at", "-pk")
        .specific()[:limit]
    )


def link_for(rep, url, request=None):
    """The rep's share link for the page at `url` (created on first use)."""
    page = find_public_page(url, request)
    target = urlsplit(page.get_url(request)).path
    link, _created = ShareLink.objects.get_or_create(
        rep=rep, target=target, defaults={"page": page}
    )
    return link


def share_url(link, request=None):
    """The personal address the rep shares."""
    path = reverse("leads:share_link", args=[link.token])
    return request.build_absolute_uri(path) if request is not None else path


def target_with_via(link):
    """Where the share link sends visitors, tagged so the visit is attributed to it."""
    parts = urlsplit(link.target)
    query = "&".join(filter(None, [parts.query, urlencode({VIA_PARAMETER: link.token})]))
    return urlunsplit(("", "", parts.path, query, parts.fragment))


def contacts_from(links):
    """Contacts whose first or last touch came through any of `links`."""
    tokens = [link.token for link in links]
    return Contact.objects.filter(
        Q(first_touch__share_link__in=tokens) | Q(last_touch__share_link__in=tokens)
    )


def rep_results(rep):
    """Visits, contacts and qualified leads produced by the rep's share links."""
    links = list(ShareLink.objects.filter(rep=rep))
    contacts = contacts_from(links)
    return {
        "links": links,
        "visits": ShareLink.objects.filter(rep=rep).aggregate(total=Sum("visits"))["total"] or 0,
        "contacts": contacts.count(),
        "qualified": Lead.objects.filter(contact__in=contacts).count(),
    }
