"""Workflow e-mails (submitted, approved, rejected) sent through the outbox.

Wagtail sends these itself, over an SMTP connection opened inside the request
that approves or rejects: a mail server hiccup would lose the notice. These
notifiers render Wagtail's own templates but store each message as a delivery
in the same transaction as the workflow change, keyed on the workflow or task
state and the recipient, so it is sent once by the worker and retried.
"""

from django.conf import settings

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)

from website.mail import build_email, queue_email


class OutboxNotifierMixin:
    """Render the kind ``editorial/emails/<state>_<notification>`` and queue it per recipient.

    Wagtail picks a template set under wagtailadmin/notifications/; the
    editorial templates extend those, so the wording (and Wagtail's French)
    stays Wagtail's while the layout is the site's e-mail layout.
    """

    def __call__(self, instance=None, **kwargs):
        return super().__call__(instance=instance, notified=instance, **kwargs)

    def send_notifications(self, template_set, context, recipients, notified=None, **kwargs):
        from_email = getattr(
            settings, "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", settings.DEFAULT_FROM_EMAIL
        )
        # The kind Wagtail chose ("workflow_state_rejected"…), from its template set.
        kind = template_set["text"].rsplit("/", 1)[-1].removesuffix(".txt")
        for recipient in recipients:
            context["user"] = recipient
            message = build_email(
                f"editorial/emails/{kind}",
                context,
                recipient.wagtail_userprofile.get_preferred_language(),
                to=[recipient.email],
                from_email=from_email,
                headers={"Auto-Submitted": "auto-generated"},
            )
            key = (
                f"workflow:{self.notification}:{notified._meta.model_name}:{notified.pk}"
                f":user:{recipient.pk}"
            )
            queue_email(message, key)
        return True


class TaskSubmittedNotifier(OutboxNotifierMixin, GroupApprovalTaskStateSubmissionEmailNotifier):
    """Tells the approvers of a task (editorial managers) that a page awaits them."""


class WorkflowSubmittedNotifier(OutboxNotifierMixin, WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApprovedNotifier(OutboxNotifierMixin, WorkflowStateApprovalEmailNotifier):
    """Tells the editor who submitted that the page was approved."""


class WorkflowRejectedNotifier(OutboxNotifierMixin, WorkflowStateRejectionEmailNotifier):
    """Tells the editor who submitted that changes were requested, with the comment."""


# Module-level instances: signals hold receivers by weak reference.
task_submitted_notifier = TaskSubmittedNotifier()
workflow_submitted_notifier = WorkflowSubmittedNotifier()
workflow_approved_notifier = WorkflowApprovedNotifier()
workflow_rejected_notifier = WorkflowRejectedNotifier()
