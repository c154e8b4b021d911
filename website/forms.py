"""Forms of the site shell, and how every public form renders.

Every form renders through :class:`FormRenderer` (``FORM_RENDERER``): one
field template (``components/field.html``, what ``{{ field.as_field_group }}``
and ``{{ form }}`` use), one error style, one non-field error component
(``components/form_errors.html``). Forms declare fields only; they need no
``template_name``.
"""

from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import LoginForm as AllauthLoginForm


class FieldGroup(BoundField):
    """A bound field that knows what the shared field template needs."""

    @property
    def is_checkbox(self):
        """A single box: the box comes first, its label after it."""
        return self.widget_type == "checkbox"


class FormRenderer(TemplatesSetting):
    """The project's form renderer: templates come from the project's engine."""

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"
    bound_field_class = FieldGroup


class LoginForm(AllauthLoginForm):
    """One sign-in form for everyone: a password when you have one, else a code.

    Prospects sign up without a password and leave the field empty: they get
    a one-time code by e-mail. Staff accounts have a password; failed attempts
    count towards allauth's `login_failed` rate limit and lock-out.
    """

    def _setup_password_field(self):
        password = self.fields["password"]
        password.required = False
        password.label = _("Password (staff)")
        password.help_text = _("Leave empty to receive a one-time sign-in code by e-mail.")
