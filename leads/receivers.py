"""Account events that identify a visitor: sign-up and sign-in."""

from django.dispatch import receiver

from allauth.account.signals import user_logged_in, user_signed_up

from leads.models import InteractionKind
from leads.tracking import identify, track


def _is_prospect(user):
    # Staff accounts are colleagues, not leads.
    return bool(user.email) and not user.has_perm("wagtailadmin.access_admin")


@receiver(user_signed_up, dispatch_uid="leads.signed_up")
def on_signed_up(request, user, **kwargs):
    """A new account is a new (or known) contact that signed up."""
    if not _is_prospect(user):
        return
    contact = identify(request, user.email)
    track(contact, InteractionKind.ACCOUNT_SIGNUP, label="account")


@receiver(user_logged_in, dispatch_uid="leads.logged_in")
def on_logged_in(request, user, **kwargs):
    """Signing in identifies the browser: merge its anonymous history."""
    if _is_prospect(user):
        identify(request, user.email)
