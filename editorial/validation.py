"""The "Editorial validation" workflow: an editor submits, an editorial manager decides.

The workflow and its task are created by a migration; every article index
(one per language) gets it when created, so each article and infographic
under it goes through an editorial manager before going live.
"""

from django.db import transaction

from wagtail.models import Workflow, WorkflowPage

WORKFLOW_NAME = "Editorial validation"
TASK_NAME = "Editorial manager approval"
APPROVERS_GROUP = "Editorial managers"


def editorial_validation_workflow():
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def apply_editorial_validation(index_page):
    """Put `index_page` and its descendants under the workflow; True if newly applied."""
    workflow = editorial_validation_workflow()
    if workflow is None:
        return False
    with transaction.atomic():
        _link, created = WorkflowPage.objects.get_or_create(
            page_id=index_page.pk, defaults={"workflow": workflow}
        )
    return created
