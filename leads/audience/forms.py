"""Public forms of the audience: newsletter sign-up and e-mail preferences."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from leads.models import EmailPreferences, Topic
from leads.screening import ScreenedFormMixin


class NewsletterSignupForm(ScreenedFormMixin, forms.Form):
    email = forms.EmailField(label=_("Your professional e-mail"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)
    topics = forms.MultipleChoiceField(
        label=_("Topics that interest you"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree to receive the Aimant newsletter. I can unsubscribe at any time "
            "with the link in every e-mail."
        ),
        error_messages={"required": _("Please tick the box to subscribe.")},
    )


class EmailPreferencesForm(forms.Form):
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    frequency = forms.ChoiceField(
        label=_("Frequency"), choices=EmailPreferences.Frequency.choices, widget=forms.RadioSelect
    )
