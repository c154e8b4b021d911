"""Public endpoints of the audience: the Mailchimp webhook."""

import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils.crypto import constant_time_compare
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from leads.audience.webhooks import MalformedWebhook, handle_event

logger = logging.getLogger("aimant.leads.mailchimp")


@csrf_exempt  # Mailchimp cannot send a CSRF token; the URL secret authenticates it.
@require_http_methods(["GET", "HEAD", "POST"])
def mailchimp_webhook(request, secret):
    """Answer Mailchimp's validation GET and apply the events it POSTs."""
    expected = settings.MAILCHIMP_WEBHOOK_SECRET
    if not expected or not constant_time_compare(secret, expected):
        return HttpResponseForbidden("Forbidden")
    if request.method != "POST":
        return HttpResponse("OK", content_type="text/plain")
    try:
        result = handle_event(request.body)
    except MalformedWebhook as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain")
    logger.info("Mailchimp webhook applied: %s", result)
    return HttpResponse(result, content_type="text/plain")
