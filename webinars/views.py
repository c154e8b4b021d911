"""Public webinar views: registration, personal pages (by token), join redirect, rating.

Personal links carry a signed token; a forged or revoked token gets a 404
page in the visitor's language, never an error. Views only parse input and
call the functions of the concept modules (registration, ratings…).
"""

import logging

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from leads import api as leads
from webinars import registration as registration_service
from webinars.forms import RatingForm, RegistrationForm
from webinars.ics import REQUEST, ics_response, invite_calendar
from webinars.models import Registration, WebinarPage, WebinarStatus
from webinars.ratings import rate

logger = logging.getLogger("aimant.webinars")

REGISTRATION_RATE_LIMIT = 10  # submissions per address per window
REGISTRATION_RATE_WINDOW = 10 * 60


def _page_response(request, page, form, status):
    # Re-displayed with what was typed and a fresh signed timestamp, so a
    # form that went stale works on the next try.
    form.refresh_timestamp()
    context = page.get_context(request)
    context["form"] = form
    return render(request, page.get_template(request), context, status=status)


@never_cache
@csrf_exempt  # the form's own signed timestamp replaces the CSRF cookie (cacheable pages)
@require_http_methods(["POST"])
def register_post(request, page_id):
    """The registration form's target, outside the page tree so CSRF cookies aren't needed."""
    page = get_object_or_404(WebinarPage.objects.live().public(), pk=page_id)
    with translation.override(page.locale.language_code):
        return register(request, page)


@never_cache
@require_http_methods(["GET", "POST"])
def register(request, page):
    """GET: the form, prefilled for a signed-in contact. POST: register."""
    if request.method == "GET":
        initial = {}
        user = request.user
        if user.is_authenticated and user.email:
            contact = leads.identify(request, user.email)
            initial = {
                "email": contact.email,
                "first_name": contact.first_name or user.first_name,
                "last_name": contact.last_name or user.last_name,
                "company": contact.company,
                **{
                    f"answer_{key}": getattr(contact, key)
                    for key in ("job_title", "company_size", "country", "phone")
                    if getattr(contact, key, None)
                },
            }
        return _page_response(request, page, RegistrationForm(webinar=page, initial=initial), 200)

    form = RegistrationForm(request.POST, webinar=page)
    if leads.rate_limited(
        request, "webinars:register", REGISTRATION_RATE_LIMIT, REGISTRATION_RATE_WINDOW
    ):
        form.add_error(
            None,
            _("Too many registrations from your connection. Please try again in a few minutes."),
        )
        return _page_response(request, page, form, 429)
    if not page.event.accepts_registrations:
        form.add_error(None, _("Registration is closed: this webinar is over or cancelled."))
        return _page_response(request, page, form, 409)
    # Suspicious submissions are held in leads' quarantine (staff can release
    # them), whatever the answer below.
    held = leads.screen_submission(request, f"webinar:{page.pk}", request.POST)
    if held is not None and held.reason in {leads.SpamReason.HONEYPOT, leads.SpamReason.BOT}:
        # Tell bots nothing: the page looks like a success, no registration is made.
        return render(
            request, "webinars/registration_done.html", {"page": page, "result": "registered"}
        )
    if not form.is_valid() or held is not None:
        if held is not None:
            # Perhaps a person (a quick autofill, a tab left open): ask again.
            form.add_error(
                None,
                _("Please check your details and send the form again.")
                if held.reason == leads.SpamReason.TOO_FAST
                else _("This form was open for too long. Please send it again."),
            )
        return _page_response(request, page, form, 400)
    data = form.cleaned_data
    try:
        outcome = registration_service.register(
            page,
            email=data["email"],
            first_name=data["first_name"].strip(),
            last_name=data["last_name"].strip(),
            company=data.get("company", "").strip(),
            answers=form.answers(),
            language=page.locale.language_code,
        )
    except registration_service.RegistrationClosed:
        form.add_error(None, _("Registration is closed: this webinar is over or cancelled."))
        return _page_response(request, page, form, 409)
    registration_service.record_registration(request, page, outcome)
    return render(
        request,
        "webinars/registration_done.html",
        {"page": page, "result": outcome.result, "registration": outcome.registration},
    )


def _registration_or_404(token):
    try:
        return Registration.from_signed_token(token)
    except Registration.DoesNotExist as error:
        raise Http404(_("This link is not valid (it may have been revoked).")) from error


def _localized_page(registration):
    webinar = registration.webinar
    locale = Locale.objects.filter(language_code=registration.language).first()
    return (webinar.get_translation_or_none(locale) if locale else None) or webinar


def _personal(view):
    """Resolve the token, activate the registrant's language, never cache."""

    @never_cache
    def wrapper(request, token, *args, **kwargs):
        registration = _registration_or_404(token)
        with translation.override(registration.language):
            return view(request, registration, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@require_http_methods(["GET"])
@_personal
def manage(request, registration):
    """The registrant's own page: status, calendar links, cancel."""
    page = _localized_page(registration)
    return render(
        request,
        "webinars/registration_manage.html",
        {"registration": registration, "page": page, "webinar": registration.webinar},
    )


@require_http_methods(["GET", "POST"])
@_personal
def cancel(request, registration):
    """GET asks for confirmation (mail scanners follow links); POST cancels."""
    page = _localized_page(registration)
    if request.method == "POST" and registration.is_active:
        registration_service.cancel(registration)
        registration.refresh_from_db()
        return render(
            request,
            "webinars/registration_manage.html",
            {
                "registration": registration,
                "page": page,
                "webinar": registration.webinar,
                "just_cancelled": True,
            },
        )
    return render(
        request,
        "webinars/registration_cancel.html",
        {
            "registration": registration,
            "page": page,
            "release": request.resolver_match.url_name == "release",
        },
    )


@require_http_methods(["GET"])
@_personal
def invite(request, registration):
    """The personal invite (.ics) for "add to calendar" from the self-service page."""
    if not registration.holds_seat:
        raise Http404(_("You have no seat at this webinar, so there is no invite."))
    return ics_response(invite_calendar(registration, REQUEST), "invite.ics")


@require_http_methods(["GET"])
@_personal
def join(request, registration):
    """The personal join link: to the platform while live, to the replay afterwards."""
    webinar = registration.webinar
    page = _localized_page(registration)
    if (
        webinar.status == WebinarStatus.CANCELLED
        or registration.status == Registration.Status.CANCELLED
    ):
        return render(
            request,
            "webinars/join_unavailable.html",
            {"page": page, "reason": "cancelled"},
            status=410,
        )
    if registration.status == Registration.Status.WAITLISTED:
        return render(
            request,
            "webinars/join_unavailable.html",
            {"page": page, "reason": "waitlisted"},
            status=403,
        )
    if webinar.is_past:
        if webinar.has_replay:
            leads.track(leads.identify(None, registration.email), "replay_watched", webinar)
            return HttpResponseRedirect(webinar.replay_link)
        return render(
            request, "webinars/join_unavailable.html", {"page": page, "reason": "ended"}, status=410
        )
    if not webinar.join_url:
        return render(
            request,
            "webinars/join_unavailable.html",
            {"page": page, "reason": "not_yet"},
            status=409,
        )
    return HttpResponseRedirect(webinar.join_url)


@require_http_methods(["GET", "POST"])
@_personal
def rate_view(request, registration, stars=None):
    """One click from the follow-up records the stars; the page lets people add a comment."""
    page = _localized_page(registration)
    if request.method == "POST":
        form = RatingForm(request.POST)
        if form.is_valid():
            rate(registration, form.cleaned_data["stars"], form.cleaned_data["comment"])
            return render(
                request, "webinars/rating.html", {"page": page, "form": form, "thanks": True}
            )
        return render(request, "webinars/rating.html", {"page": page, "form": form}, status=400)
    if stars is not None and not 1 <= stars <= 5:
        raise Http404(_("A rating goes from 1 to 5 stars."))
    # Mail scanners follow the stars' links too: only a person's click counts.
    if stars is not None and not leads.is_bot(request):
        rate(registration, stars, None)
    form = RatingForm(
        initial={"stars": stars or registration.rating, "comment": registration.rating_comment}
    )
    return render(
        request, "webinars/rating.html", {"page": page, "form": form, "recorded": stars is not None}
    )
