"""Keep calendar items in step with their pages, and the workflow on new article trees."""

from django.db.models.signals import post_save

from wagtail.models import Page, Revision, WorkflowState
from wagtail.signals import page_published, page_unpublished


def follow_saved_page(sender, instance, **kwargs):
    if isinstance(instance, Page) and not kwargs.get("raw"):
        from editorial.planning import follow_page

        follow_page(instance)


def follow_revision(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    content_object = instance.content_object
    if isinstance(content_object, Page):
        from editorial.planning import follow_page

        follow_page(content_object)


def follow_workflow_state(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    content_object = instance.content_object
    if isinstance(content_object, Page):
        from editorial.planning import follow_page

        follow_page(content_object)


def follow_publication(sender, instance, **kwargs):
    from editorial.planning import follow_page

    follow_page(instance)


def apply_workflow_to_new_index(sender, instance, created, **kwargs):
    if created and not kwargs.get("raw"):
        from editorial.validation import apply_editorial_validation

        apply_editorial_validation(instance)


def connect():
    from editorial.models import ArticleIndexPage

    post_save.connect(follow_saved_page, dispatch_uid="editorial_follow_saved_page")
    post_save.connect(follow_revision, sender=Revision, dispatch_uid="editorial_follow_revision")
    post_save.connect(
        follow_workflow_state, sender=WorkflowState, dispatch_uid="editorial_follow_workflow"
    )
    page_published.connect(follow_publication, dispatch_uid="editorial_follow_published")
    page_unpublished.connect(follow_publication, dispatch_uid="editorial_follow_unpublished")
    post_save.connect(
        apply_workflow_to_new_index,
        sender=ArticleIndexPage,
        dispatch_uid="editorial_workflow_on_new_index",
    )
