"""Public endpoints of the audience: Mailchimp webhook, newsletter, preferences, unsubscribe."""

import logging
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from leads.audience import newsletter
from leads.audience.forms import EmailPreferencesForm, NewsletterSignupForm
from leads.audience.webhooks import MalformedWebhook, handle_event
from leads.clients import rate_limited
from leads.models import EmailPreferences, Purpose
from leads.privacy import may_contact
from leads.screening import screen_submission

logger = logging.getLogger("aimant.leads.mailchimp")


def in_recipient_language(view):
    """Let `view` switch to the person's language for its page, and switch back after.

    The page is rendered before the switch back, so the language never leaks
    into whatever the thread serves next.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        previous = translation.get_language()
        try:
            response = view(request, *args, **kwargs)
            if getattr(response, "is_rendered", True) is False:
                response.render()
            return response
        finally:
            if previous is None:
                translation.deactivate()
            else:
                translation.activate(previous)

    return wrapper


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


def _link_problem(request):
    return TemplateResponse(
        request,
        "leads/link_problem.html",
        {"page_title": _("This link is not valid")},
        status=400,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def newsletter_signup(request):
    """The sign-up form (also posted to by the newsletter block on any page)."""
    context = {"page_title": _("Newsletter")}
    if request.method == "GET":
        form = NewsletterSignupForm(initial={"language": translation.get_language() or "fr"})
        return TemplateResponse(request, "leads/newsletter_signup.html", {**context, "form": form})
    if rate_limited(
        request, newsletter.RATE_SCOPE, newsletter.RATE_LIMIT, newsletter.RATE_WINDOW_SECONDS
    ):
        return TemplateResponse(
            request, "leads/newsletter_signup.html", {**context, "rate_limited": True}, status=429
        )
    if screen_submission(request, "newsletter", request.POST):
        # Held for review; a bot learns nothing from the answer.
        return TemplateResponse(request, "leads/newsletter_signup.html", {**context, "sent": True})
    form = NewsletterSignupForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request, "leads/newsletter_signup.html", {**context, "form": form}, status=400
        )
    newsletter.request_signup(
        form.cleaned_data["email"].strip().lower(),
        form.cleaned_data["language"],
        form.cleaned_data["topics"],
    )
    return TemplateResponse(request, "leads/newsletter_signup.html", {**context, "sent": True})


@never_cache
@require_http_methods(["GET", "POST"])
@in_recipient_language
def newsletter_confirm(request, token):
    """GET shows a button; only its POST confirms (mail scanners follow links)."""
    try:
        email, language, _topics = newsletter.read_signup_token(token)
    except newsletter.InvalidLink:
        return _link_problem(request)
    translation.activate(language)
    context = {"page_title": _("Confirm your subscription"), "email": email}
    if request.method == "POST":
        contact = newsletter.confirm_signup(request, token)
        context.update(confirmed=True, preferences_url=newsletter.preferences_url(contact))
    return TemplateResponse(request, "leads/newsletter_confirm.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
@in_recipient_language
def email_preferences(request, token):
    """Topics, languages, frequency and unsubscribe from all, by signed link."""
    try:
        contact = newsletter.contact_from_token(token)
    except newsletter.InvalidLink:
        return _link_problem(request)
    translation.activate(contact.preferred_language)
    preferences = EmailPreferences.objects.filter(contact=contact).first()
    initial = {
        "topics": preferences.topics if preferences else [],
        "languages": preferences.languages if preferences else [contact.preferred_language],
        "frequency": preferences.frequency if preferences else EmailPreferences.Frequency.MONTHLY,
    }
    form = EmailPreferencesForm(initial=initial)
    status = 200
    saved = unsubscribed = False
    if request.method == "POST":
        if "unsubscribe_all" in request.POST:
            newsletter.unsubscribe_all(contact, source="preferences page", request=request)
            unsubscribed = True
        else:
            form = EmailPreferencesForm(request.POST)
            if form.is_valid():
                newsletter.update_preferences(contact, **form.cleaned_data, request=request)
                saved = True
            else:
                status = 400
    return TemplateResponse(
        request,
        "leads/email_preferences.html",
        {
            "page_title": _("Your e-mail preferences"),
            "form": form,
            "saved": saved,
            "unsubscribed": unsubscribed,
            "subscribed": may_contact(contact, Purpose.MARKETING_EMAIL),
            "email": contact.email,
        },
        status=status,
    )


@never_cache
@csrf_exempt  # RFC 8058: mail clients POST without a session or token; the link is signed.
@require_http_methods(["GET", "POST"])
@in_recipient_language
def one_click_unsubscribe(request, token):
    """The List-Unsubscribe target: a POST unsubscribes; a GET shows the button."""
    try:
        contact = newsletter.contact_from_token(token)
    except newsletter.InvalidLink:
        return _link_problem(request)
    translation.activate(contact.preferred_language)
    done = False
    if request.method == "POST":
        newsletter.unsubscribe_all(contact, source="one-click unsubscribe", request=request)
        done = True
    return TemplateResponse(
        request,
        "leads/unsubscribe.html",
        {
            "page_title": _("Unsubscribe"),
            "done": done,
            "email": contact.email,
            "preferences_url": newsletter.preferences_url(contact),
        },
    )
