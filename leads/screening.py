"""Keeping bots and spam out of the contact base.

Public forms carry two invisible helpers: a honeypot field that people never
fill, and a signed timestamp of when the form was shown (people take more than
a couple of seconds to fill a form). :func:`screen_submission` checks both and
the user agent; a suspicious submission is quarantined instead of creating a
contact. E-mail links go through :func:`tracked_link`, whose click is not
counted when it comes from a mail scanner (a bot user agent, or a click within
seconds of sending).
"""

import time

from django.core import signing
from django.core.exceptions import ValidationError
from django.urls import reverse

from leads.models import QuarantinedSubmission
from leads.tracking import CONTACT_FIELDS, identify, is_bot

HONEYPOT_FIELD = "website"
RENDERED_AT_FIELD = "form_rendered_at"
FORM_SALT = "leads.form-rendered-at"
MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 60 * 60 * 24
LINK_SALT = "leads.tracked-link"
SCANNER_WINDOW_SECONDS = 10


def form_timestamp():
    """The signed value for the form's hidden `form_rendered_at` field."""
    return signing.dumps(int(time.time()), salt=FORM_SALT)


def spam_reason(request, data):
    """Why this submission looks automated, or "" when it looks human."""
    if data.get(HONEYPOT_FIELD):
        return "honeypot"
    if is_bot(request):
        return "bot user agent"
    try:
        rendered_at = signing.loads(
            data.get(RENDERED_AT_FIELD, ""), salt=FORM_SALT, max_age=MAX_FORM_AGE_SECONDS
        )
    except signing.BadSignature:
        return "missing or forged form timestamp"
    if time.time() - rendered_at < MIN_FILL_SECONDS:
        return "filled too fast"
    return ""


def screen_submission(request, form_name, data):
    """Quarantine the submission if it looks like spam; returns the row or None."""
    reason = spam_reason(request, data)
    if not reason:
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
    return is_bot(request) or time.time() - sent_at < SCANNER_WINDOW_SECONDS
