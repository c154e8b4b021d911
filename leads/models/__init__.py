from .audience import EmailSuppression, MailchimpMember
from .consent import ConsentEvent, LegalBasis, Purpose
from .contacts import Contact, LifecycleStage
from .quarantine import QuarantinedSubmission
from .scoring import EngagementRule, FitRule, ScoreEntry, ScoringSettings
from .tracking import AnonymousPageCount, Interaction, InteractionKind, Visitor

__all__ = [
    "AnonymousPageCount",
    "ConsentEvent",
    "Contact",
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
    "ScoreEntry",
    "ScoringSettings",
    "Visitor",
]
