"""Moving leads through the pipeline; the contact's lifecycle stage follows."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from leads.models import (
    Contact,
    Lead,
    LeadNote,
    PipelineMove,
    PipelineStage,
    RejectionReason,
    ScoreEntry,
)
from leads.models.sales import ALLOWED_MOVES, LIFECYCLE_FOR_PIPELINE, STAGES_NEEDING_A_REASON
from leads.sales import crm_webhook


class PipelineError(ValueError):
    """A move or decision that is not allowed; the message is for the rep."""


def sync_lifecycle(lead):
    """Set the contact's lifecycle stage from the lead's pipeline stage."""
    Contact.objects.filter(pk=lead.contact_id).update(stage=LIFECYCLE_FOR_PIPELINE[lead.stage])


def open_lead(contact, at=None):
    """The contact's lead, created (or reopened when it had closed) at "new"."""
    at = at or timezone.now()
    with transaction.atomic():
        lead, created = Lead.objects.select_for_update().get_or_create(
            contact=contact, defaults={"qualified_at": at}
        )
        if created:
            PipelineMove.objects.create(lead=lead, to_stage=PipelineStage.NEW, moved_at=at)
        elif not lead.is_open:
            previous = lead.stage
            lead.stage = PipelineStage.NEW
            lead.qualified_at = at
            lead.first_contacted_at = None
            lead.escalated_at = None
            lead.decision = ""
            lead.rejection_reason = ""
            lead.decided_at = None
            lead.save()
            PipelineMove.objects.create(
                lead=lead,
                from_stage=previous,
                to_stage=PipelineStage.NEW,
                reason=_("Qualified again by marketing"),
                moved_at=at,
            )
        else:
            return lead
        sync_lifecycle(lead)
        crm_webhook.emit("lead.qualified", lead)
    return lead


def move(lead, to_stage, rep, reason="", at=None):
    """Move `lead` to `to_stage`, recording who and why; raises PipelineError."""
    to_stage = PipelineStage(to_stage)
    reason = (reason or "").strip()
    if to_stage in STAGES_NEEDING_A_REASON and not reason:
        raise PipelineError(_("Give a reason for this move."))
    at = at or timezone.now()
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        if to_stage not in ALLOWED_MOVES[PipelineStage(lead.stage)]:
            raise PipelineError(
                _("A lead cannot go from “%(from)s” to “%(to)s”.")
                % {"from": lead.get_stage_display(), "to": to_stage.label}
            )
        previous = lead.stage
        lead.stage = to_stage
        if to_stage == PipelineStage.CONTACTED and lead.first_contacted_at is None:
            lead.first_contacted_at = at
        lead.save()
        PipelineMove.objects.create(
            lead=lead,
            from_stage=previous,
            to_stage=to_stage,
            rep=rep,
            reason=reason[:500],
            moved_at=at,
        )
        sync_lifecycle(lead)
        crm_webhook.emit("lead.stage_changed", lead, previous_stage=previous)
    return lead


def add_note(lead, author, body):
    """Write a note on the lead; raises PipelineError when empty."""
    body = (body or "").strip()
    if not body:
        raise PipelineError(_("The note is empty."))
    return LeadNote.objects.create(lead=lead, author=author, body=body[:5000])


def decide(lead, rep, accept, reason_code="", at=None):
    """Accept the lead, or reject it with a reason code (the lead is then lost)."""
    at = at or timezone.now()
    if not accept and reason_code not in RejectionReason.values:
        raise PipelineError(_("Choose why you reject this lead."))
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        if lead.decision:
            raise PipelineError(_("This lead was already accepted or rejected."))
        lead.decision = Lead.Decision.ACCEPTED if accept else Lead.Decision.REJECTED
        lead.rejection_reason = "" if accept else reason_code
        lead.decided_at = at
        lead.save(update_fields=["decision", "rejection_reason", "decided_at", "updated_at"])
    if not accept and PipelineStage.LOST in ALLOWED_MOVES[PipelineStage(lead.stage)]:
        label = RejectionReason(reason_code).label
        lead = move(
            lead, PipelineStage.LOST, rep, _("Rejected: %(reason)s") % {"reason": label}, at
        )
    return lead


def rejections_by_rule():
    """How often leads that a scoring rule helped qualify were rejected, per reason.

    Returns ``[(rule name, {reason code: count}, total)]`` for marketing to
    tune the rules that bring leads sales turns down.
    """
    counts = {}
    rows = (
        ScoreEntry.objects.filter(contact__lead__decision=Lead.Decision.REJECTED, points__gt=0)
        .values_list("rule_name", "contact__lead__rejection_reason", "contact_id")
        .distinct()
    )
    for rule_name, reason, _contact_id in rows:
        per_reason = counts.setdefault(rule_name, {})
        per_reason[reason] = per_reason.get(reason, 0) + 1
    return sorted(
        ((name, reasons, sum(reasons.values())) for name, reasons in counts.items()),
        key=lambda row: (-row[2], row[0]),
    )
