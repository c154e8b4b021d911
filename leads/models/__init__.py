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
from .sales import (
    AssignedVia,
    Holiday,
    Lead,
    LeadNote,
    PipelineMove,
    PipelineStage,
    RejectionReason,
    RepAvailability,
    SalesSettings,
    ShareLink,
    TerritoryRule,
)
from .scoring import EngagementRule, FitRule, ScoreEntry, ScoringSettings
from .tracking import AnonymousPageCount, Interaction, InteractionKind, Visitor

__all__ = [
    "AssignedVia",
    "Holiday",
    "Lead",
    "LeadNote",
    "PipelineMove",
    "PipelineStage",
    "RejectionReason",
    "RepAvailability",
    "SalesSettings",
    "ShareLink",
    "TerritoryRule",
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
