from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from wagtail import hooks

from tests.factories import StandardPageFactory, french
from website import scheduler
from website.scheduler import Job, run_due_jobs


def test_builtin_jobs_publish_scheduled_pages_and_sweep_deliveries():
    commands = {job.command for job in scheduler.get_jobs()}
    assert {"publish_scheduled", "sweep_deliveries"} <= commands


def test_apps_register_jobs_through_the_hook():
    job = Job("demo", "check", timedelta(hours=1))
    with hooks.register_temporarily(scheduler.REGISTER_JOBS_HOOK, lambda: [job]):
        assert job in scheduler.get_jobs()


def test_due_jobs_run_once_per_interval(db, monkeypatch):
    calls = []
    job = Job("count", "check", timedelta(minutes=5))
    monkeypatch.setattr(scheduler, "call_command", lambda name, *a, **kw: calls.append(name))
    next_runs = {}
    assert run_due_jobs([job], next_runs, now=1000.0) == ["count"]
    assert run_due_jobs([job], next_runs, now=1100.0) == []  # not due yet
    # A second scheduler sharing the cache does not run it in the same interval.
    assert run_due_jobs([job], {}, now=1100.0) == []
    assert calls == ["check"]


def test_a_failing_job_does_not_stop_the_others(db):
    jobs = [
        Job("broken", "no_such_command", timedelta(minutes=1)),
        Job("ok", "check", timedelta(1)),
    ]
    assert run_due_jobs(jobs, {}, now=0.0) == ["broken", "ok"]


def test_scheduler_once_publishes_pages_whose_time_has_come(site_tree):
    page = StandardPageFactory(parent=site_tree["home_fr"], slug="plus-tard", locale=french())
    page.unpublish()
    page.refresh_from_db()
    page.go_live_at = timezone.now() - timedelta(minutes=1)
    revision = page.save_revision(approved_go_live_at=page.go_live_at)
    assert not page.live

    call_command("run_scheduler", "--once")

    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.pk
