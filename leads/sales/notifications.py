"""E-mails to reps and managers, queued in the outbox with one key per cause."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from website.mail import queue_email


def staff_language(user, default=None):
    """The admin language the user chose, else `default`, else the site's first language."""
    language = UserProfile.get_for_user(user).preferred_language
    return language or default or settings.LANGUAGE_CODE


def lead_url(lead):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("leads_sales:lead", args=[lead.pk])


def _queue(user, key, subject_template, body_template, context):
    if not user.email:
        return None
    with translation.override(staff_language(user)):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    delivery, _created = queue_email(message, key=key)
    return delivery


def notify_assignment(lead):
    """Tell the owner a lead is theirs, with a link to it (once per assignment)."""
    owner = lead.contact.owner
    context = {"lead": lead, "contact": lead.contact, "rep": owner, "url": lead_url(lead)}
    return _queue(
        owner,
        f"lead:{lead.pk}:assigned:{lead.assignment_round}",
        "leads/sales/email/assigned_subject.txt",
        "leads/sales/email/assigned_body.txt",
        context,
    )


def remind_owner(lead, hours):
    """The lead waits past the reminder limit: nudge the owner (once per assignment)."""
    owner = lead.contact.owner
    context = {"lead": lead, "contact": lead.contact, "hours": hours, "url": lead_url(lead)}
    return _queue(
        owner,
        f"lead:{lead.pk}:sla-reminder:{lead.assignment_round}",
        "leads/sales/email/reminder_subject.txt",
        "leads/sales/email/reminder_body.txt",
        context,
    )


def escalate(lead, manager, hours):
    """The lead waits past the escalation limit: tell a manager (once per assignment)."""
    context = {
        "lead": lead,
        "contact": lead.contact,
        "owner": lead.contact.owner,
        "hours": hours,
        "url": lead_url(lead),
    }
    return _queue(
        manager,
        f"lead:{lead.pk}:sla-escalation:{lead.assignment_round}:{manager.pk}",
        "leads/sales/email/escalation_subject.txt",
        "leads/sales/email/escalation_body.txt",
        context,
    )
