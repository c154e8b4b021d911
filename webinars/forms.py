"""The registration form: a few fields, the webinar's own questions, consent."""

from django import forms
from django.utils.translation import gettext_lazy as _

from leads import api as leads

CONSENT_TEXT = _(
    "I agree to receive e-mails about this webinar (confirmation, reminders, replay). "
    "I can unsubscribe at any time."
)


def no_line_breaks(value):
    if any(char in value for char in "\r\n\x00"):
        raise forms.ValidationError(_("Line breaks are not allowed here."))


class RegistrationForm(leads.ScreenedFormMixin, forms.Form):
    """Built per webinar: its configured questions become extra fields.

    The form carries its own signed timestamp (from leads' screening mixin)
    instead of relying on the CSRF cookie, so the page stays identical for
    every visitor and can be cached.
    """

    email = forms.EmailField(label=_("Work e-mail"), max_length=254)
    first_name = forms.CharField(label=_("First name"), max_length=100, validators=[no_line_breaks])
    last_name = forms.CharField(label=_("Last name"), max_length=100, validators=[no_line_breaks])
    company = forms.CharField(
        label=_("Company"), max_length=200, required=False, validators=[no_line_breaks]
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please tick the box to receive the webinar e-mails.")},
    )

    def __init__(self, *args, webinar, **kwargs):
        super().__init__(*args, **kwargs)
        self.webinar = webinar
        self.question_keys = []
        for key, kind, label, required, choices in webinar.registration_fields():
            if kind == "choice":
                field = forms.ChoiceField(
                    label=label,
                    required=required,
                    choices=[("", "—"), *[(choice, choice) for choice in choices]],
                )
            elif key == "company_size":
                field = forms.IntegerField(
                    label=label, required=required, min_value=1, max_value=10_000_000
                )
            elif key == "country":
                field = forms.RegexField(
                    label=label,
                    required=required,
                    regex=r"^[A-Za-z]{2}$",
                    max_length=2,
                    help_text=_("Two-letter code, e.g. FR."),
                )
            else:
                field = forms.CharField(
                    label=label, required=required, max_length=300, validators=[no_line_breaks]
                )
            self.fields[f"answer_{key}"] = field
            self.question_keys.append(key)
        self.order_fields(
            ["email", "first_name", "last_name", "company"]
            + [f"answer_{key}" for key in self.question_keys]
            + ["consent"]
        )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_answer_country(self):
        return (self.cleaned_data.get("answer_country") or "").upper()

    def answers(self):
        return {
            key: self.cleaned_data.get(f"answer_{key}")
            for key in self.question_keys
            if self.cleaned_data.get(f"answer_{key}") not in (None, "")
        }


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(
        label=_("Your rating"),
        choices=[(n, "★" * n) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"), required=False, max_length=2000, widget=forms.Textarea
    )


class AttendanceImportForm(forms.Form):
    MODE_CHOICES = [
        ("all", _("All or nothing: import only if every row is valid")),
        ("rows", _("Row by row: import the valid rows and report the others")),
    ]
    report = forms.FileField(
        label=_("Attendance report (Zoom, Teams or Livestorm CSV)"),
        help_text=_("Up to 5 MB."),
    )
    mode = forms.ChoiceField(label=_("Mode"), choices=MODE_CHOICES, initial="rows")

    def clean_report(self):
        report = self.cleaned_data["report"]
        if report.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return report
