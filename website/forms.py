"""Forms of the site shell."""

from django.utils.translation import gettext_lazy as _

from allauth.account.forms import LoginForm as AllauthLoginForm


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
