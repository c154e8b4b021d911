"""Signal receivers of editorial: calendar items follow their pages, new article
trees get the validation workflow, and workflow e-mails go through the outbox."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page, Revision, TaskState, WorkflowState
from wagtail.signals import (
    page_published,
    page_unpublished,
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from editorial.models import ArticleIndexPage
from editorial.notifications import (
    task_submitted_notifier,
    workflow_approved_notifier,
    workflow_rejected_notifier,
    workflow_submitted_notifier,
)
from editorial.planning import follow_page
from editorial.validation import apply_editorial_validation


@receiver(post_save, dispatch_uid="editorial_follow_saved_page")
def follow_saved_page(sender, instance, raw=False, **kwargs):
    """A page saved anywhere in the tree (any page type) updates its calendar item."""
    if isinstance(instance, Page) and not raw:
        follow_page(instance)


@receiver(post_save, sender=Revision, dispatch_uid="editorial_follow_revision")
@receiver(post_save, sender=WorkflowState, dispatch_uid="editorial_follow_workflow")
def follow_revision_or_workflow(sender, instance, raw=False, **kwargs):
    """A new draft or a workflow step changes the item's status (writing, in review…)."""
    if raw:
        return
    content_object = instance.content_object
    if isinstance(content_object, Page):
        follow_page(content_object)


@receiver(page_published, dispatch_uid="editorial_follow_published")
@receiver(page_unpublished, dispatch_uid="editorial_follow_unpublished")
def follow_publication(sender, instance, **kwargs):
    follow_page(instance)


@receiver(post_save, sender=ArticleIndexPage, dispatch_uid="editorial_workflow_on_new_index")
def apply_workflow_to_new_index(sender, instance, created, raw=False, **kwargs):
    """Every article index (one per language) is under the editorial validation workflow."""
    if created and not raw:
        apply_editorial_validation(instance)


# The outbox notifiers take the place of Wagtail's direct-SMTP ones. They reuse
# Wagtail's dispatch_uids: `editorial` is ready before `wagtail.admin`, and
# Django ignores a second receiver with a uid already connected, so Wagtail's
# own notifiers are never connected.
receiver(
    task_submitted,
    sender=TaskState,
    dispatch_uid="group_approval_task_submitted_email_notification",
)(task_submitted_notifier)
receiver(
    workflow_submitted,
    sender=WorkflowState,
    dispatch_uid="workflow_state_submitted_email_notification",
)(workflow_submitted_notifier)
receiver(
    workflow_rejected,
    sender=WorkflowState,
    dispatch_uid="workflow_state_rejected_email_notification",
)(workflow_rejected_notifier)
receiver(
    workflow_approved,
    sender=WorkflowState,
    dispatch_uid="workflow_state_approved_email_notification",
)(workflow_approved_notifier)
