"""Who may see and change which leads: the one place the rules live."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from leads.models import Lead, PipelineStage


def is_manager(user):
    return user.is_active and user.has_perm("leads.manage_lead")


def is_sales(user):
    return user.is_active and (user.has_perm("leads.work_lead") or is_manager(user))


def require_sales(user):
    if not is_sales(user):
        raise PermissionDenied


def visible_leads(user):
    """Managers see every lead; reps their own and the unassigned new ones; others none."""
    leads = Lead.objects.select_related("contact", "contact__owner", "contact__persona")
    if is_manager(user):
        return leads
    if is_sales(user):
        return leads.filter(
            Q(contact__owner=user) | Q(contact__owner__isnull=True, stage=PipelineStage.NEW)
        )
    return leads.none()


def can_work(user, lead):
    """Only the owner (or a manager) moves, notes and decides on a lead."""
    return is_manager(user) or (is_sales(user) and lead.contact.owner_id == user.pk)
