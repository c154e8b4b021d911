"""Who is on the other end of a request: its address, whether it is a bot, how often it came.

The one implementation of each, used by every public form and endpoint
(through :mod:`leads.api` outside leads). No header a visitor sends can
choose the address a limit counts against: X-Forwarded-For is read only when
``settings.TRUSTED_PROXY_COUNT`` says proxies we run put it there.
"""

import ipaddress
import logging
import re

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("aimant.leads")

BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|preview|monitor|headless|python-requests|curl|wget|"
    r"scanner|safelinks|proofpoint|mimecast|barracuda",
    re.IGNORECASE,
)


def _address(value):
    """`value` as a normalised IP address, or "" when it is not one."""
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return ""


def client_ip(request):
    """The address of the client that sent `request` ("" when unknown).

    ``REMOTE_ADDR`` by default (``TRUSTED_PROXY_COUNT = 0``). With N > 0
    trusted proxies, each appends the address it saw to X-Forwarded-For, so
    the client is the Nth entry from the right; entries further left were
    written by the visitor and are ignored. A header with fewer than N
    entries did not come through all our proxies: REMOTE_ADDR is used then
    (a shared, strict bucket rather than a visitor-chosen one).
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(hops) < count:
        logger.warning(
            "X-Forwarded-For has %s entries but TRUSTED_PROXY_COUNT is %s", len(hops), count
        )
        return remote
    return _address(hops[-count]) or remote


def is_bot(request):
    """Whether the user agent is missing or names a crawler, scanner or headless browser."""
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def rate_limited(request, scope, limit, window):
    """Count this request for its client address in `scope`; True once over `limit`.

    A fixed window of `window` seconds, counted in the cache (shared by all
    processes when it is Redis). `scope` names what is limited, e.g.
    ``"webinars:register"``; each scope counts separately. The request that
    goes over the limit is counted too, so a client that keeps trying stays
    limited until the window ends.
    """
    key = f"ratelimit:{scope}:{client_ip(request) or 'unknown'}"
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key) > limit
    except ValueError:
        # The key expired between add and incr: a new window has begun.
        return False
