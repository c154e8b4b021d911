"""django-allauth integration: account e-mails go through the outbox."""

import uuid

from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.utils import translation

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context

from website.mail import build_email, queue_email


class AccountAdapter(DefaultAccountAdapter):
    """Send allauth's e-mails (codes, confirmations) through the tasks queue."""

    def render_mail(self, template_prefix, email, context_data, headers=None):
        """The kind ``website/emails/account_<name>`` for allauth's "account/email/<name>".

        Those templates extend allauth's, so the wording and its translations
        stay allauth's; the e-mail is rendered in the language of the request.
        """
        name = template_prefix.rsplit("/", 1)[-1]
        message = build_email(
            f"website/emails/account_{name}",
            context_data,
            translation.get_language(),
            to=[email] if isinstance(email, str) else list(email),
            from_email=self.get_from_email(),
            headers=headers,
        )
        message.subject = self.format_email_subject(message.subject)
        return message

    def send_mail(self, template_prefix, email, context_data):
        request = context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request)}
        ctx.update(context_data)
        message = self.render_mail(template_prefix, email, ctx)
        # Every account e-mail is its own cause (a fresh code, a new request),
        # so the key is unique per call; the outbox still guarantees it is
        # sent once even if the task runs twice.
        name = template_prefix.rsplit("/", 1)[-1]
        with transaction.atomic():
            queue_email(message, key=f"account:{name}:{uuid.uuid4()}")
