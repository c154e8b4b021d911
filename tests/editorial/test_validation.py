"""The "Editorial validation" workflow, its e-mails, scheduling and the scheduled report."""

import datetime

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Workflow, WorkflowPage

import pytest

from editorial.models import CalendarItem, CalendarStatus
from editorial.validation import WORKFLOW_NAME
from tests.editorial.factories import ArticlePageFactory
from website.models import Delivery


@pytest.fixture
def team(django_user_model):
    def member(group_name, name):
        user = django_user_model.objects.create_user(
            name, email=f"{name}@aimant.test", password="pw", first_name=name
        )
        user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        return user

    return {"editor": member("Editors", "edith"), "manager": member("Editorial managers", "max")}


@pytest.fixture
def draft(article_index, team):
    page = ArticlePageFactory(parent=article_index["fr"], live=False, title="Brouillon")
    page.owner = team["editor"]
    page.save_revision(user=team["editor"])
    return page


def submit(page, user):
    workflow = page.get_workflow()
    return workflow.start(page, user)


def test_the_workflow_exists_and_covers_each_article_index(article_index):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    task = workflow.tasks.get().specific
    assert [group.name for group in task.groups.all()] == ["Editorial managers"]
    for index in article_index.values():
        assert WorkflowPage.objects.get(page=index).workflow == workflow


def test_submitting_puts_the_item_in_review_and_tells_the_managers(draft, team):
    submit(draft, team["editor"])
    assert CalendarItem.objects.get(page=draft).status == CalendarStatus.IN_REVIEW
    notices = Delivery.objects.filter(key__startswith="workflow:submitted:taskstate:")
    assert [notice.payload["to"] for notice in notices] == [["max@aimant.test"]]
    assert "Brouillon" in notices[0].payload["subject"]


def test_rejection_sends_the_comment_to_the_editor(draft, team):
    state = submit(draft, team["editor"])
    state.current_task_state.task.specific.on_action(
        state.current_task_state, team["manager"], "reject", comment="Raccourcir l'intro."
    )
    notice = Delivery.objects.get(key__startswith="workflow:rejected:")
    assert notice.payload["to"] == ["edith@aimant.test"]
    assert "Raccourcir l'intro." in notice.payload["body"]
    assert CalendarItem.objects.get(page=draft).status == CalendarStatus.WRITING


def test_approval_with_a_go_live_date_schedules_then_the_scheduler_publishes(draft, team):
    go_live = timezone.now() + datetime.timedelta(days=2)
    draft.go_live_at = go_live
    draft.save_revision(user=team["editor"])
    state = submit(draft, team["editor"])
    state.current_task_state.task.specific.on_action(
        state.current_task_state, team["manager"], "approve"
    )
    draft.refresh_from_db()
    assert not draft.live
    assert CalendarItem.objects.get(page=draft).status == CalendarStatus.SCHEDULED
    notices = Delivery.objects.filter(key__startswith="workflow:approved:")
    assert [notice.payload["to"] for notice in notices] == [["edith@aimant.test"]]
    # The go-live moment passes (moved into the past here); the scheduler's job publishes.
    past = timezone.now() - datetime.timedelta(minutes=1)
    scheduled = draft.revisions.get(approved_go_live_at__isnull=False)
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.approved_go_live_at = past
    scheduled.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    draft.refresh_from_db()
    assert draft.live
    assert CalendarItem.objects.get(page=draft).status == CalendarStatus.PUBLISHED


def test_the_scheduled_report_lists_and_publishes_now(client, draft, team):
    draft.go_live_at = timezone.now() + datetime.timedelta(days=5)
    revision = draft.save_revision(user=team["manager"])
    revision.publish(user=team["manager"])
    assert not type(draft).objects.get(pk=draft.pk).live
    client.force_login(team["editor"])
    report = client.get(reverse("editorial_calendar:scheduled"))
    assert "Brouillon" in report.content.decode()
    assert "Publier maintenant" not in report.content.decode()  # editors cannot publish
    scheduled = draft.revisions.get(approved_go_live_at__isnull=False)
    response = client.post(reverse("editorial_calendar:publish_now", args=[scheduled.pk]))
    assert response.status_code in (302, 403)
    assert not type(draft).objects.get(pk=draft.pk).live
    client.force_login(team["manager"])
    assert (
        "Publier maintenant" in client.get(reverse("editorial_calendar:scheduled")).content.decode()
    )
    client.post(reverse("editorial_calendar:publish_now", args=[scheduled.pk]))
    page = type(draft).objects.get(pk=draft.pk)
    assert page.live
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_the_dashboard_warns_when_scheduled_publishing_has_not_run(client, team, site_tree):
    client.force_login(team["editor"])
    response = client.get(reverse("wagtailadmin_home"))
    assert "data-scheduler-late" in response.content.decode()
    call_command("run_scheduler", "--once", verbosity=0)
    response = client.get(reverse("wagtailadmin_home"))
    assert "data-scheduler-late" not in response.content.decode()
