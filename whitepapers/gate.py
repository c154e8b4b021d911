"""The download form ("gate") and progressive profiling.

An unknown visitor gives an e-mail address and the fields the editor made
required. A known contact (recognised by the session left by an earlier
download, or by signing in or the visitor cookie, through leads) is never
asked again for what is known: only for still-unknown fields, at most
:data:`MAX_NEW_FIELDS` per download.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from leads import api as leads
from whitepapers.models import GATE_FIELDS

MAX_NEW_FIELDS = 2
SESSION_CONTACT_KEY = "whitepapers_contact"
# Version of the consent sentence below: bump it whenever its wording changes,
# so the consent ledger says what people agreed to.
CONSENT_TEXT_VERSION = "whitepaper-gate-2026-11"
CONSENT_PURPOSE = "marketing_email"
# Gate and link-renewal requests per client address per window (leads.rate_limited).
RATE_SCOPE = "whitepapers:gate"
RATE_LIMIT = 10
RATE_WINDOW_SECONDS = 10 * 60

FIELD_LABELS = {
    "first_name": _("First name"),
    "last_name": _("Last name"),
    "company": _("Company"),
    "job_title": _("Job title"),
}
FIELD_AUTOCOMPLETE = {
    "first_name": "given-name",
    "last_name": "family-name",
    "company": "organization",
    "job_title": "organization-title",
}


def known_contact(request):
    """The contact this visitor is known as, or None.

    The session remembers who downloaded through this browser; otherwise
    leads recognises a signed-in user or a consenting visitor's cookie.
    """
    remembered = leads.contact_by_id(request.session.get(SESSION_CONTACT_KEY))
    return remembered or leads.contact_for(request)


def remember_contact(request, contact):
    request.session[SESSION_CONTACT_KEY] = contact.pk


def forget_contact(request):
    request.session.pop(SESSION_CONTACT_KEY, None)


def fields_to_ask(paper, contact):
    """[(field name, required)] the gate shows to `contact` (None: unknown visitor).

    Unknown visitors get every required field. Known contacts get only
    fields we do not know yet: the required ones first, then the optional
    ones, at most MAX_NEW_FIELDS in all (the rest waits for the next download).
    """
    required = paper.required_fields
    if contact is None:
        return [(name, True) for name in required]
    missing = [name for name in GATE_FIELDS if not getattr(contact, name, "")]
    ordered = [name for name in missing if name in required] + [
        name for name in missing if name not in required
    ]
    return [(name, name in required) for name in ordered[:MAX_NEW_FIELDS]]


class GateForm(leads.ScreenedFormMixin, forms.Form):
    """The gate; fields depend on the paper and on what we know of the visitor."""

    email = forms.EmailField(
        label=_("Work e-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I would like to receive your articles, webinar invitations and white papers "
            "by e-mail. I can unsubscribe at any time."
        ),
        required=False,
    )

    def __init__(self, *args, paper, contact=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.paper = paper
        self.contact = contact
        self.asked = fields_to_ask(paper, contact)
        if contact is not None:
            # The address is known: it is not asked again (and cannot be swapped).
            del self.fields["email"]
        for name, required in self.asked:
            self.fields[name] = forms.CharField(
                label=FIELD_LABELS[name],
                max_length=200 if name in {"company", "job_title"} else 100,
                required=required,
                widget=forms.TextInput(attrs={"autocomplete": FIELD_AUTOCOMPLETE[name]}),
            )
        self.order_fields(["email", *[name for name, _required in self.asked], "consent"])

    def profile(self):
        """The contact fields this submission gave (only non-empty ones)."""
        return {
            name: self.cleaned_data[name].strip()
            for name, _required in self.asked
            if self.cleaned_data.get(name, "").strip()
        }

    def email_address(self):
        return self.contact.email if self.contact is not None else self.cleaned_data["email"]
