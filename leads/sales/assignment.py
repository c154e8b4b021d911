"""Who gets a qualified lead: share-link rep, territory rules, then fair round-robin."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from leads.models import AssignedVia, Contact, Lead, RepAvailability, ShareLink, TerritoryRule
from leads.sales import crm_webhook
from leads.sales.notifications import notify_assignment
from leads.sales.pipeline import open_lead

SALES_REPS_GROUP = "Sales reps"
SALES_MANAGERS_GROUP = "Sales managers"


class LeadAlreadyTaken(Exception):
    """Another rep owns this lead already (a concurrent claim won)."""


def sales_reps():
    """Active users of the "Sales reps" group (available or not)."""
    User = get_user_model()
    return User.objects.filter(is_active=True, groups__name=SALES_REPS_GROUP).distinct()


def available_reps():
    """Active users of the "Sales reps" group who take new leads."""
    User = get_user_model()
    return (
        User.objects.filter(is_active=True, groups__name=SALES_REPS_GROUP)
        .exclude(sales_availability__active=False)
        .distinct()
    )


def sales_managers():
    User = get_user_model()
    return User.objects.filter(is_active=True, groups__name=SALES_MANAGERS_GROUP).distinct()


def share_link_rep(contact):
    """The rep whose share link brought the contact (first touch, else last touch)."""
    reps = available_reps()
    for touch in (contact.first_touch, contact.last_touch):
        token = (touch or {}).get("share_link")
        if not token:
            continue
        link = ShareLink.objects.filter(token=token, rep__in=reps).select_related("rep").first()
        if link is not None:
            return link.rep
    return None


def territory_rep(contact):
    """The rep of the first territory rule matching the contact's country and language."""
    reps = available_reps()
    country = (contact.country or "").upper()
    for rule in TerritoryRule.objects.filter(rep__in=reps).select_related("rep"):
        if rule.country and rule.country != country:
            continue
        if rule.language and rule.language != contact.preferred_language:
            continue
        return rule.rep
    return None


def round_robin_rep(exclude=()):
    """The available rep who has waited longest for a lead (must run in a transaction)."""
    reps = list(available_reps().exclude(pk__in=[user.pk for user in exclude]))
    if not reps:
        return None
    for rep in reps:
        RepAvailability.objects.get_or_create(rep=rep)
    # Locking the rows serialises concurrent assignments, keeping the turn fair.
    availability = (
        RepAvailability.objects.select_for_update()
        .filter(rep__in=reps)
        .order_by(F("last_assigned_at").asc(nulls_first=True), "rep_id")
        .first()
    )
    return availability.rep


def choose_rep(contact, exclude=()):
    """``(rep, AssignedVia)`` by the rules in order, or ``(None, "")`` when nobody is available."""
    for finder, via in (
        (share_link_rep, AssignedVia.SHARE_LINK),
        (territory_rep, AssignedVia.TERRITORY),
    ):
        rep = finder(contact)
        if rep is not None and rep not in exclude:
            return rep, via
    rep = round_robin_rep(exclude)
    return (rep, AssignedVia.ROUND_ROBIN) if rep is not None else (None, "")


def assign(lead, rep, via, at=None):
    """Give `lead` to `rep`: new assignment round, e-mail to the rep, CRM event."""
    at = at or timezone.now()
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        lead.assigned_at = at
        lead.assigned_via = via
        lead.assignment_round += 1
        lead.escalated_at = None
        lead.save(
            update_fields=[
                "assigned_at",
                "assigned_via",
                "assignment_round",
                "escalated_at",
                "updated_at",
            ]
        )
        Contact.objects.filter(pk=lead.contact_id).update(owner=rep)
        RepAvailability.objects.update_or_create(rep=rep, defaults={"last_assigned_at": at})
        lead.contact.owner = rep
        notify_assignment(lead)
        crm_webhook.emit("lead.assigned", lead)
    return lead


def assign_qualified(contact, at=None):
    """Open the lead of a newly qualified contact and assign it by the rules."""
    with transaction.atomic():
        lead = open_lead(contact, at)
        contact = Contact.objects.select_related("owner").get(pk=contact.pk)
        if lead.assigned_at is not None and contact.owner_id is not None and lead.is_open:
            return lead
        rep, via = choose_rep(contact)
        if rep is not None:
            lead = assign(lead, rep, via, at)
    return lead


def claim(lead, rep):
    """`rep` takes an unassigned lead; raises LeadAlreadyTaken when someone was faster.

    The owner is set by a conditional UPDATE, which the database applies to
    one claim only, whatever the isolation level (SQLite ignores row locks).
    """
    with transaction.atomic():
        Lead.objects.select_for_update().filter(pk=lead.pk).first()
        won = Contact.objects.filter(pk=lead.contact_id, owner__isnull=True).update(owner=rep)
        if not won:
            raise LeadAlreadyTaken(_("Another rep already took this lead."))
        return assign(lead, rep, AssignedVia.CLAIM)


def reassign(lead, rep, via=AssignedVia.MANAGER):
    """A manager gives the lead to another rep."""
    if rep is None or not rep.is_active:
        raise ValueError("Choose an active rep.")
    return assign(lead, rep, via)
