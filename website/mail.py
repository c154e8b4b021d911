"""E-mail through the outbox: messages are stored as deliveries, then sent by a task.

Every e-mail kind is three templates sharing one prefix, for instance
``webinars/emails/confirmation``: ``<prefix>_subject.txt`` (one line),
``<prefix>.txt`` (the plain-text body) and ``<prefix>.html`` (the HTML body,
extending ``components/email_base.html``). :func:`render_email` renders them in
the recipient's language and :func:`build_email` wraps them in a message;
the sender adds its headers or attachments, then calls :func:`queue_email`
inside its transaction. The task sends it through Django's mail API, so
`EMAIL_BACKEND` decides where it goes (SMTP, files, console).
"""

import base64
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.message import SafeMIMEText
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import translation

from website.outbox import (
    PermanentDeliveryError,
    TransientDeliveryError,
    register_sender,
    schedule_delivery,
)

EMAIL_CHANNEL = "email"


def render_email(template_prefix, context, language):
    """Render one e-mail kind in `language`; returns ``(subject, text, html)``.

    The subject is collapsed to one line (a line break would end the header).
    The subject and the text body are plain text, so they are rendered without
    HTML escaping ("Dupont & fils", not "Dupont &amp; fils"); the HTML body is
    escaped as any page. An empty `language` means the site's first language.
    """
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(_render_plain(f"{template_prefix}_subject.txt", context).split())
        text = _render_plain(f"{template_prefix}.txt", context).strip()
        html = render_to_string(f"{template_prefix}.html", context)
    return subject, text, html


def _render_plain(template_name, context):
    # The backend's Template.render() always applies the engine's autoescape;
    # the engine-level template takes a Context that can turn it off.
    return get_template(template_name).template.render(Context(context, autoescape=False))


def build_email(template_prefix, context, language, *, to, from_email=None, headers=None):
    """The `EmailMultiAlternatives` (text, then HTML) of one e-mail kind, ready to queue.

    `to` is a list of addresses; `from_email` defaults to DEFAULT_FROM_EMAIL.
    Callers add what is particular to the kind (marketing headers, a calendar
    invite) before :func:`queue_email`.
    """
    subject, text, html = render_email(template_prefix, context, language)
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=from_email, to=to, headers=headers
    )
    message.attach_alternative(html, "text/html")
    return message


def message_to_payload(message):
    """Serialise an `EmailMessage` (with alternatives and attachments) to JSON."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode("utf-8")
        attachments.append([filename, base64.b64encode(content).decode("ascii"), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "content_subtype": message.content_subtype,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


class ParameterisedEmailMessage(EmailMultiAlternatives):
    """Alternatives whose MIME type carries parameters keep them, in order.

    Calendar invites need ``text/calendar; method=REQUEST; charset=UTF-8``:
    Django would add a second charset parameter to such a type, which some
    clients reject. Plain types ("text/html") are handled exactly as Django does.
    """

    def _create_mime_attachment(self, content, mimetype):
        if ";" not in mimetype or not mimetype.startswith("text/"):
            return super()._create_mime_attachment(content, mimetype)
        base, *params = (part.strip() for part in mimetype.split(";"))
        params = [param for param in params if not param.lower().startswith("charset=")]
        encoding = self.encoding or settings.DEFAULT_CHARSET
        part = SafeMIMEText(content, base.split("/", 1)[1], encoding)
        del part["Content-Type"]
        part["Content-Type"] = "; ".join([base, *params, f"charset={encoding.upper()}"])
        return part


def payload_to_message(payload, connection=None):
    """Rebuild the `EmailMultiAlternatives` stored by :func:`message_to_payload`."""
    message = ParameterisedEmailMessage(
        subject=payload["subject"],
        body=payload["body"],
        from_email=payload["from_email"],
        to=payload["to"],
        cc=payload.get("cc", []),
        bcc=payload.get("bcc", []),
        reply_to=payload.get("reply_to", []),
        headers=payload.get("headers", {}),
        connection=connection,
    )
    message.content_subtype = payload.get("content_subtype", "plain")
    for content, mimetype in payload.get("alternatives", []):
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in payload.get("attachments", []):
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


def queue_email(message: EmailMessage, key: str):
    """Store `message` for delivery, unique on `key`; returns ``(delivery, created)``."""
    return schedule_delivery(EMAIL_CHANNEL, key, message_to_payload(message))


@register_sender(EMAIL_CHANNEL)
def send_email_delivery(delivery):
    """Send a stored e-mail; classify SMTP failures as transient or permanent.

    Once sent, the bodies are dropped from the row: they may hold one-time
    codes or personal links, and the subject and recipients are enough to
    trace what went out.
    """
    try:
        with get_connection(fail_silently=False) as connection:
            payload_to_message(delivery.payload, connection=connection).send()
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _message in error.recipients.values()]
        if codes and all(code >= 500 for code in codes):
            raise PermanentDeliveryError(f"Recipient refused (SMTP {codes[0]}).") from error
        raise TransientDeliveryError(f"Recipient deferred (SMTP {codes[0]}).") from error
    except smtplib.SMTPResponseException as error:
        text = f"SMTP {error.smtp_code}: {error.smtp_error!r}"
        if error.smtp_code >= 500:
            raise PermanentDeliveryError(text) from error
        raise TransientDeliveryError(text) from error
    except (smtplib.SMTPException, OSError) as error:
        raise TransientDeliveryError(f"{type(error).__name__}: {error}") from error
    return {"body": "", "alternatives": [], "attachments": [], "redacted": True}
