"""Data-subject rights pages: by signed e-mail link, from the account area, and for staff."""

import hashlib
import json
import time

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from leads.audience import gdpr, newsletter
from leads.audience.views import in_recipient_language
from leads.models import Contact
from leads.screening import HONEYPOT_FIELD, RENDERED_AT_FIELD, form_timestamp, screen_submission
from website.mail import build_email, queue_email

PRIVACY_SALT = "leads.data-rights"
PRIVACY_LINK_SECONDS = 7 * 24 * 60 * 60


class DataRequestForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Your e-mail"), max_length=254)
    website = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"))
    form_rendered_at = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[RENDERED_AT_FIELD].initial = form_timestamp()
        self.fields[HONEYPOT_FIELD].widget.attrs.update(autocomplete="off", tabindex="-1")


def _fingerprint(email):
    return hashlib.sha256(email.encode()).hexdigest()[:16]


def privacy_token(contact):
    """A signed link token, valid for a week, that dies if the address changes."""
    return signing.dumps({"c": contact.pk, "h": _fingerprint(contact.email)}, salt=PRIVACY_SALT)


def _contact_from(token):
    try:
        data = signing.loads(token, salt=PRIVACY_SALT, max_age=PRIVACY_LINK_SECONDS)
        contact = Contact.objects.filter(pk=data["c"]).first()
    except (signing.BadSignature, KeyError, TypeError):
        return None
    if contact is None or _fingerprint(contact.email) != data["h"]:
        return None
    return contact


def _problem(request):
    return TemplateResponse(
        request, "leads/link_problem.html", {"page_title": _("This link is not valid")}, status=400
    )


def queue_data_rights_link(contact):
    """E-mail the person a link to their data (transactional; one per 10 minutes)."""
    url = newsletter.absolute(reverse("leads:data_rights", args=[privacy_token(contact)]))
    message = build_email(
        "leads/emails/data_rights_link",
        {"url": url},
        contact.preferred_language,
        to=[contact.email],
    )
    window = int(time.time() // newsletter.RESEND_WINDOW_SECONDS)
    return queue_email(message, key=f"privacy:link:{contact.pk}:{window}")


@never_cache
@require_http_methods(["GET", "POST"])
def data_request(request):
    """Ask for a link to one's data; the answer never tells whether the address is known."""
    context = {"page_title": _("Your data")}
    form = DataRequestForm(request.POST or None)
    if request.method == "POST":
        if newsletter.rate_limited(request):
            return TemplateResponse(
                request, "leads/data_request.html", {**context, "rate_limited": True}, status=429
            )
        if screen_submission(request, "data request", request.POST):
            return TemplateResponse(request, "leads/data_request.html", {**context, "sent": True})
        if form.is_valid():
            contact = Contact.objects.filter(email=form.cleaned_data["email"].lower()).first()
            if contact is not None:
                queue_data_rights_link(contact)
            return TemplateResponse(request, "leads/data_request.html", {**context, "sent": True})
        return TemplateResponse(
            request, "leads/data_request.html", {**context, "form": form}, status=400
        )
    return TemplateResponse(request, "leads/data_request.html", {**context, "form": form})


@never_cache
@login_required
def my_data(request):
    """From the account area: the signed page for the signed-in person's contact."""
    contact = Contact.objects.filter(email=(request.user.email or "").lower()).first()
    if contact is None:
        return TemplateResponse(
            request, "leads/data_rights.html", {"page_title": _("Your data"), "nothing": True}
        )
    return redirect("leads:data_rights", token=privacy_token(contact))


def _export_response(contact, fmt, request):
    data = gdpr.export_contact(contact)
    if fmt == "json":
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="aimant-data.json"'
        return response
    sections = [(title, rows if isinstance(rows, list) else [rows]) for title, rows in data.items()]
    return TemplateResponse(
        request,
        "leads/data_export.html",
        {"page_title": _("Your data"), "sections": sections, "email": contact.email},
    )


@never_cache
@require_http_methods(["GET", "POST"])
@in_recipient_language
def data_rights(request, token):
    """Download (JSON or readable page) or erase, from the signed link."""
    contact = _contact_from(token)
    if contact is None:
        return _problem(request)
    translation.activate(contact.preferred_language)
    if request.method == "POST":
        if request.POST.get("confirm") != "erase":
            return TemplateResponse(
                request,
                "leads/data_rights.html",
                {
                    "page_title": _("Your data"),
                    "token": token,
                    "email": contact.email,
                    "confirm_missing": True,
                },
                status=400,
            )
        gdpr.erase_contact(contact, reason="erasure request")
        return TemplateResponse(
            request, "leads/data_rights.html", {"page_title": _("Your data"), "erased": True}
        )
    fmt = request.GET.get("format")
    if fmt in {"json", "html"}:
        return _export_response(contact, fmt, request)
    return TemplateResponse(
        request,
        "leads/data_rights.html",
        {"page_title": _("Your data"), "token": token, "email": contact.email},
    )


# Staff ------------------------------------------------------------------------


def staff_export(request, pk):
    """Staff download of a contact's data (needs the right to view contacts)."""
    if not request.user.has_perm("leads.view_contact"):
        raise PermissionDenied
    return _export_response(get_object_or_404(Contact, pk=pk), "json", request)


@require_POST
def staff_erase(request, pk):
    """Staff erasure of a contact on the person's request (needs the right to delete)."""
    if not request.user.has_perm("leads.delete_contact"):
        raise PermissionDenied
    contact = get_object_or_404(Contact, pk=pk)
    gdpr.erase_contact(contact, reason="erasure by staff")
    messages.success(request, _("The contact and all their data were erased."))
    return redirect("contacts:index")
