"""Keeping bots and spam out of the contact base.

Public forms carry two invisible helpers, declared once by
:class:`ScreenedFormMixin`: a honeypot field that people never fill, and a
signed timestamp of when the form was shown (people take more than a couple
of seconds to fill a form, and do not keep one open for days).
:func:`screen_submission` checks both and the user agent; a suspicious
submission is quarantined instead of creating a contact, for staff to release
if it was a person after all. E-mail links go through :func:`tracked_link`,
whose click is not counted when it comes from a mail scanner (a bot user
agent, or a click within seconds of sending).
"""

import time
from enum import StrEnum

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from leads.clients import is_bot
from leads.models import QuarantinedSubmission
from leads.tracking import CONTACT_FIELDS, identify

HONEYPOT_FIELD = "website"
RENDERED_AT_FIELD = "form_rendered_at"
HONEYPOT_LABEL = _("Leave this field empty")  # read by bots (and hidden from people)
FORM_SALT = "leads.form-rendered-at"
MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 60 * 60 * 24
LINK_SALT = "leads.tracked-link"
SCANNER_WINDOW_SECONDS = 10


class SpamReason(StrEnum):
    """Why a submission was held (stored on :class:`QuarantinedSubmission`)."""

    HONEYPOT = "honeypot"
    BOT = "bot user agent"
    BAD_TIMESTAMP = "missing or forged form timestamp"  # also: open for too long
    TOO_FAST = "filled too fast"


def form_timestamp(at=None):
    """The signed value for the form's hidden `form_rendered_at` field.

    `at` (a Unix time, default now) lets tests sign a form shown earlier.
    """
    return signing.dumps(int(time.time() if at is None else at), salt=FORM_SALT)


class HoneypotInput(forms.TextInput):
    """A text field for bots: off screen, out of the tab order, never autofilled.

    It renders its own label inside a wrapper that is hidden from sight and
    from assistive technologies, and counts as a hidden widget, so templates
    that loop over ``visible_fields`` skip it and ``hidden_fields`` render it.
    """

    is_hidden = True

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", "tabindex": "-1", **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        # Never echo a value back: people leave it empty, bots are held anyway.
        field = super().render(name, None, attrs, renderer)
        return format_html(
            '<span class="form-trap" aria-hidden="true"><label{}>{}</label>{}</span>',
            format_html(' for="{}"', attrs["id"]) if attrs and attrs.get("id") else "",
            HONEYPOT_LABEL,
            field,
        )


class ScreenedFormMixin(forms.Form):
    """Base for public forms: declares the honeypot and the signed timestamp once.

    Use it as the first base (``class SignupForm(ScreenedFormMixin, forms.Form)``)
    and render ``form.hidden_fields`` in the template. Each unbound form gets a
    fresh timestamp; :meth:`refresh_timestamp` gives a re-displayed bound form
    a new one. Check submissions with :func:`screen_submission`.
    """

    website = forms.CharField(required=False, label=HONEYPOT_LABEL, widget=HoneypotInput)
    form_rendered_at = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A copy: the caller's `initial` dict is left as it was.
        self.initial = {**self.initial, RENDERED_AT_FIELD: form_timestamp()}

    def refresh_timestamp(self):
        """Sign a new timestamp into a bound form shown again (what was typed stays).

        A form re-displayed after an error then works on the next try even
        if the page it first came from was old.
        """
        if self.is_bound:
            self.data = self.data.copy()
            self.data[RENDERED_AT_FIELD] = form_timestamp()


def spam_reason(request, data):
    """Why this submission looks automated (a :class:`SpamReason`), or "" when it looks human."""
    if data.get(HONEYPOT_FIELD):
        return SpamReason.HONEYPOT
    if is_bot(request):
        return SpamReason.BOT
    try:
        rendered_at = signing.loads(
            data.get(RENDERED_AT_FIELD, ""), salt=FORM_SALT, max_age=MAX_FORM_AGE_SECONDS
        )
    except signing.BadSignature:
        return SpamReason.BAD_TIMESTAMP
    if time.time() - rendered_at < MIN_FILL_SECONDS:
        return SpamReason.TOO_FAST
    return ""


def screen_submission(request, form_name, data, *, ignore=()):
    """Quarantine the submission if it looks like spam; returns the held row or None.

    `form_name` says where it came from (e.g. ``"webinar:12"``), `data` is
    the raw POST. Reasons listed in `ignore` (:class:`SpamReason` values) do
    not count, e.g. speed for a contact already known. Callers decide what
    the sender sees; telling a bot nothing (a normal-looking success) is the
    usual answer. The held row's ``reason`` says why it was held.
    """
    reason = spam_reason(request, data)
    if not reason or reason in ignore:
        return None
    kept = {
        key: str(value)[:500]
        for key, value in data.items()
        if key not in {RENDERED_AT_FIELD, "csrfmiddlewaretoken"}
    }
    return QuarantinedSubmission.objects.create(
        form=form_name[:100], email=str(data.get("email", ""))[:254], data=kept, reason=reason
    )


def release_submission(submission):
    """Staff judged a held submission genuine: create or update its contact."""
    fields = {key: value for key, value in submission.data.items() if key in CONTACT_FIELDS}
    fields.pop("company_size", None)  # free text in forms; set by staff if needed
    try:
        identify(None, submission.email, **fields)
    except ValidationError:
        return False
    submission.status = QuarantinedSubmission.Status.RELEASED
    submission.save(update_fields=["status"])
    return True


def tracked_link(contact, url, sent_at=None):
    """A signed link that records an e-mail click for `contact`, then goes to `url`."""
    token = signing.dumps(
        {"c": contact.pk, "u": url, "s": int(sent_at or time.time())}, salt=LINK_SALT
    )
    return reverse("leads:email_click", args=[token])


def read_tracked_link(token):
    """The (contact id, url, sent timestamp) in a tracked link; BadSignature if forged."""
    data = signing.loads(token, salt=LINK_SALT)
    return data["c"], data["u"], data["s"]


def looks_like_scanner(request, sent_at):
    """Whether a tracked-link click came from a mail scanner rather than the person."""
    return is_bot(request) or time.time() - sent_at < SCANNER_WINDOW_SECONDS
