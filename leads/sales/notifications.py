"""E-mails to reps and managers, queued in the outbox with one key per cause."""

from django.conf import settings
from django.urls import reverse

from wagtail.users.models import UserProfile

from website.mail import build_email, queue_email


def staff_language(user, default=None):
    """The admin language the user chose, else `default`, else the site's first language."""
    language = UserProfile.get_for_user(user).preferred_language
    return language or default or settings.LANGUAGE_CODE


def lead_url(lead):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("leads_sales:lead", args=[lead.pk])


def _queue(user, key, kind, context):
    """Queue the e-mail `kind` (templates leads/emails/sales_<kind>) to a staff user."""
    if not user.email:
        return None
    message = build_email(
        f"leads/emails/sales_{kind}",
        context,
        staff_language(user),
        to=[user.email],
        from_email=settings.DEFAULT_FROM_EMAIL,
    )
    delivery, _created = queue_email(message, key=key)
    return delivery


def notify_assignment(lead):
    """Tell the owner a lead is theirs, with a link to it (once per assignment)."""
    owner = lead.contact.owner
    context = {"lead": lead, "contact": lead.contact, "rep": owner, "url": lead_url(lead)}
    return _queue(
        owner,
        f"lead:{lead.pk}:assigned:{lead.assignment_round}",
        "assigned",
        context,
    )


def remind_owner(lead, hours):
    """The lead waits past the reminder limit: nudge the owner (once per assignment)."""
    owner = lead.contact.owner
    context = {"lead": lead, "contact": lead.contact, "hours": hours, "url": lead_url(lead)}
    return _queue(
        owner,
        f"lead:{lead.pk}:sla-reminder:{lead.assignment_round}",
        "reminder",
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
        "escalation",
        context,
    )
