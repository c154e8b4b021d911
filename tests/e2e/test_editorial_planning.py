"""An editor's path in the admin: idea → vote → planned → draft → submitted →
approved → scheduled → published, and moving an item on the calendar."""

import datetime
import importlib
import re

from django.apps import apps
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from editorial.models import ArticleIndexPage, CalendarItem, CalendarStatus, IdeaRound
from website.demo import seed_accounts
from website.models import Delivery, HomePage

pytestmark = pytest.mark.e2e

DATA_MIGRATIONS = [
    ("website.migrations.0002_staff_groups", "create_groups"),
    ("editorial.migrations.0002_staff_permissions", "grant"),
    ("editorial.migrations.0003_editorial_validation_workflow", "create_workflow"),
    ("editorial.migrations.0005_planning_permissions", "grant"),
]
PASSWORD = "aimant-demo"


@pytest.fixture
def newsroom(demo_site):
    """Staff groups, the validation workflow, an article section and an open round.

    Live-server tests flush the database, migration data included, so the
    data migrations run again here on the current models.
    """
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(apps, None)
    seed_accounts()
    home = HomePage.objects.get(locale__language_code="fr")
    index = ArticleIndexPage(title="Articles", slug="articles", locale=home.locale)
    home.add_child(instance=index)
    index.save_revision().publish()
    today = timezone.localdate()
    IdeaRound.objects.create(
        title="Hiver 2027", opens_on=today, closes_on=today + datetime.timedelta(days=10)
    )
    return {"index": index}


def sign_in(new_page, email):
    page = new_page(locale="en-GB")
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(re.compile(r"/accounts/overview/|/admin/"))
    return page


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def test_from_idea_to_published_article(new_page, newsroom):
    title = "Vendre par la preuve sociale"
    editor = sign_in(new_page, "sophie.bernard@aimant.localhost")

    # Propose the idea.
    editor.goto("/admin/snippets/editorial/calendaritem/add/")
    editor.fill("#id_title", title)
    editor.fill("#id_angle", "Les témoignages qui font signer, et ceux qui font fuir.")
    editor.get_by_role("button", name="Save", exact=True).click()
    expect(editor.locator(".messages")).to_contain_text(title)

    # Vote for it in the open round.
    editor.goto("/admin/planning/ideas/")
    editor.get_by_role("button", name=f"Vote — {title}").click()
    expect(editor.locator(".messages")).to_contain_text("Vote recorded")
    expect(editor.locator(f"tr:has-text('{title}') [data-vote-count]")).to_have_text("1")

    # Plan it: a planned date on the calendar and a draft page.
    planned_at = timezone.now() + datetime.timedelta(days=20)
    editor.get_by_role("link", name=f"Plan — {title}").click()
    editor.fill("#id_planned_at", local(planned_at))
    editor.keyboard.press("Tab")
    editor.get_by_role("button", name="Plan and create the draft").click()
    expect(editor).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    item = CalendarItem.objects.get(title=title)
    assert item.status == CalendarStatus.WRITING
    assert item.round.title == "Hiver 2027"

    # Write the draft, set its go-live date, submit it for validation.
    go_live = timezone.now() + datetime.timedelta(days=10)
    editor.fill("#id_standfirst", "Ce que vos clients disent de vous vend mieux que vous.")
    editor.locator("#panel-child-content-body-section button[title='Insert a block']").click()
    editor.get_by_role("option", name="Paragraph").click()
    editor.locator("#panel-child-content-body-section [contenteditable=true]").first.fill(
        "Un témoignage précis vaut dix promesses."
    )
    editor.click("[data-side-panel-toggle=status]")
    editor.get_by_role("button", name="Set schedule").click()
    editor.fill("#id_go_live_at", local(go_live))
    # The date picker pops up over the dialog's "Save schedule" button, so
    # reach the button with the keyboard, past the empty expiry date.
    editor.keyboard.press("Tab")
    editor.keyboard.press("Tab")
    expect(editor.get_by_role("button", name="Save schedule")).to_be_focused()
    editor.keyboard.press("Enter")
    expect(editor.locator(".messages")).to_contain_text("has been updated")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Submit to Editorial validation").click()
    expect(editor.locator(".messages")).to_contain_text("submitted")
    item.refresh_from_db()
    assert item.status == CalendarStatus.IN_REVIEW

    # The calendar shows it, in review, on its planned day.
    editor.goto(f"/admin/planning/calendar/?date={planned_at.date().isoformat()}")
    day = timezone.localtime(planned_at).date().isoformat()
    entry = editor.locator(f"[data-day='{day}'] .calendar-entry", has_text=title)
    expect(entry).to_contain_text("In review")

    # The editorial manager approves; the go-live date makes it scheduled.
    manager = sign_in(new_page, "thomas.girard@aimant.localhost")
    manager.goto(f"/admin/pages/{item.page_id}/edit/")
    manager.get_by_role("button", name="More actions").click()
    manager.get_by_role("button", name="Approve and Publish").click()
    expect(manager.locator(".messages")).to_contain_text(title)
    item.refresh_from_db()
    assert item.status == CalendarStatus.SCHEDULED
    assert not item.page.live
    notice = Delivery.objects.get(key__startswith="workflow:approved:")
    assert notice.payload["to"] == ["sophie.bernard@aimant.localhost"]

    # Then publishes it now from the scheduled-content report.
    manager.goto("/admin/planning/scheduled/")
    manager.get_by_role("button", name=f"Publish now — {title}").click()
    expect(manager.locator(".messages")).to_contain_text("is live")
    item.refresh_from_db()
    assert item.status == CalendarStatus.PUBLISHED
    item.page.refresh_from_db()
    assert item.page.live

    visitor = new_page()
    visitor.goto(item.page.url)
    expect(visitor.locator("h1")).to_have_text(title)


def test_dragging_an_item_changes_its_planned_date_only(new_page, newsroom):
    editor_page = sign_in(new_page, "sophie.bernard@aimant.localhost")
    anchor = timezone.localdate().replace(day=10)
    planned_at = timezone.make_aware(datetime.datetime.combine(anchor, datetime.time(9, 0)))
    item = CalendarItem.objects.create(
        title="Communautés : le rituel mensuel",
        locale=newsroom["index"].locale,
        planned_at=planned_at,
        status=CalendarStatus.IDEA,
    )
    editor_page.goto(f"/admin/planning/calendar/?date={anchor.isoformat()}")
    entry = editor_page.locator(".calendar-entry", has_text=item.title)
    target = anchor + datetime.timedelta(days=2)
    entry.drag_to(editor_page.locator(f"[data-day='{target.isoformat()}']"))
    expect(editor_page.locator("[data-calendar-status]")).to_contain_text("is now planned")
    expect(
        editor_page.locator(f"[data-day='{target.isoformat()}'] .calendar-entry")
    ).to_contain_text(item.title)
    item.refresh_from_db()
    moved = timezone.localtime(item.planned_at)
    assert (moved.date(), moved.time()) == (target, datetime.time(9, 0))

    # Reloading shows it on its new day: the move was stored.
    editor_page.reload()
    expect(
        editor_page.locator(f"[data-day='{target.isoformat()}'] .calendar-entry")
    ).to_contain_text(item.title)
