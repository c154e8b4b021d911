"""Sales reacts to marketing qualification."""

import logging

from django.db import transaction
from django.dispatch import receiver
from django.utils.translation import gettext as _

from leads.models import Lead, PipelineStage
from leads.sales.assignment import assign_qualified
from leads.sales.pipeline import move, sync_lifecycle
from leads.signals import contact_qualified, contact_returned_to_nurturing

logger = logging.getLogger("aimant.leads.sales")


@receiver(contact_qualified, dispatch_uid="leads.sales.qualified")
def on_contact_qualified(sender, contact, **kwargs):
    """A marketing-qualified contact becomes a lead and goes to a rep."""
    try:
        assign_qualified(contact)
    except Exception:
        # This runs after the prospect's own request committed: their form
        # must not fail for it. The lead waits in the unassigned queue.
        logger.exception("Could not hand contact %s to sales", contact.pk)


@receiver(contact_returned_to_nurturing, dispatch_uid="leads.sales.nurturing")
def on_returned_to_nurturing(sender, contact, **kwargs):
    """Scores fell: an untouched lead goes back to nurturing; a worked one stays with its rep."""
    lead = Lead.objects.filter(contact=contact).first()
    if lead is None:
        return
    with transaction.atomic():
        if lead.stage == PipelineStage.NEW and lead.first_contacted_at is None:
            move(lead, PipelineStage.NURTURING, None, _("Engagement fell below the thresholds"))
        elif lead.is_open:
            # The rep is working the lead: the pipeline, not the score, decides.
            sync_lifecycle(lead)
