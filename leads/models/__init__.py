from .audience import (
    EmailPreferences,
    EmailSuppression,
    MailchimpMember,
    RetentionPurge,
    Topic,
)
from .consent import ConsentEvent, LegalBasis, Purpose
from .contacts import Contact, LifecycleStage
from .quarantine import QuarantinedSubmission
from .scoring import EngagementRule, FitRule, ScoreEntry, ScoringSettings
from .tracking import AnonymousPageCount, Interaction, InteractionKind, Visitor

__all__ = [
    "AnonymousPageCount",
    "ConsentEvent",
    "Contact",
    "EmailPreferences",
    "EmailSuppression",
    "EngagementRule",
    "FitRule",
    "Interaction",
    "InteractionKind",
    "LegalBasis",
    "LifecycleStage",
    "MailchimpMember",
    "Purpose",
    "QuarantinedSubmission",
    "RetentionPurge",
    "ScoreEntry",
    "ScoringSettings",
    "Topic",
    "Visitor",
]
