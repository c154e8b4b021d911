"""Marketing qualification: thresholds on fit and decayed engagement."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from leads.models import Contact, LifecycleStage, ScoringSettings
from leads.scoring import decayed_engagement
from leads.signals import contact_qualified, contact_returned_to_nurturing

QUALIFIABLE_STAGES = {LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD}


def meets_thresholds(contact, at=None, *, scoring_settings=None):
    scoring_settings = scoring_settings or ScoringSettings.load()
    engagement = sum(decayed_engagement(contact, at).values())
    return (
        contact.fit >= scoring_settings.fit_threshold
        and engagement >= scoring_settings.engagement_threshold
    )


def evaluate(contact, at=None, *, scoring_settings=None):
    """Move `contact` to marketing-qualified, or back to nurturing after N days below.

    Contacts whose stage staff set by hand are left alone. Returns the new
    stage when it changed, else None; the matching signal is sent after commit.
    """
    at = at or timezone.now()
    scoring_settings = scoring_settings or ScoringSettings.load()
    contact = Contact.objects.get(pk=contact.pk)
    if contact.stage_override_reason:
        return None
    qualifies = meets_thresholds(contact, at, scoring_settings=scoring_settings)
    updates = {}
    new_stage = None
    if qualifies:
        updates["below_threshold_since"] = None
        if contact.stage in QUALIFIABLE_STAGES:
            new_stage = LifecycleStage.MARKETING_QUALIFIED
            updates.update(stage=new_stage, qualified_at=at)
    elif contact.stage == LifecycleStage.MARKETING_QUALIFIED:
        below_since = contact.below_threshold_since or at
        updates["below_threshold_since"] = below_since
        if at - below_since >= timedelta(days=scoring_settings.demotion_days):
            new_stage = LifecycleStage.LEAD
            updates.update(stage=new_stage, below_threshold_since=None)
    elif contact.stage == LifecycleStage.SUBSCRIBER and contact.interactions.exists():
        updates["stage"] = LifecycleStage.LEAD
    if updates:
        Contact.objects.filter(pk=contact.pk).update(**updates)
    if new_stage == LifecycleStage.MARKETING_QUALIFIED:
        transaction.on_commit(lambda: contact_qualified.send(Contact, contact=contact))
    elif new_stage == LifecycleStage.LEAD:
        transaction.on_commit(lambda: contact_returned_to_nurturing.send(Contact, contact=contact))
    return new_stage


def set_stage_manually(contact, stage, reason, user=None):
    """Staff override: fix the stage with a reason; automatic qualification stops."""
    if not reason.strip():
        raise ValueError("A reason is required to set the stage by hand.")
    Contact.objects.filter(pk=contact.pk).update(stage=stage, stage_override_reason=reason[:255])
    contact.refresh_from_db()
    return contact
