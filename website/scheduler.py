"""The periodic-job runner: each job is a management command run on an interval.

Jobs are plain management commands, so cron can call them directly instead;
`manage.py run_scheduler` runs them all on their intervals in one process.
Apps add their jobs with the ``aimant_register_scheduled_jobs`` Wagtail hook,
which returns a list of :class:`Job`.
"""

import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from wagtail import hooks

from website.models import JobRun

logger = logging.getLogger("aimant.scheduler")

REGISTER_JOBS_HOOK = "aimant_register_scheduled_jobs"


@dataclass(frozen=True)
class Job:
    """A management command to run every `every`."""

    name: str
    command: str
    every: timedelta
    args: tuple = field(default=())


BUILTIN_JOBS = [
    Job("publish-scheduled", "publish_scheduled", timedelta(minutes=5)),
    Job("sweep-deliveries", "sweep_deliveries", timedelta(minutes=1)),
]


def get_jobs():
    """The built-in jobs plus those registered by apps through the hook."""
    jobs = list(BUILTIN_JOBS)
    for register in hooks.get_hooks(REGISTER_JOBS_HOOK):
        jobs.extend(register())
    return jobs


def run_job(job):
    """Run one job and record the run; a failure is logged and never stops the scheduler."""
    started = time.monotonic()
    JobRun.objects.update_or_create(name=job.name, defaults={"last_started_at": timezone.now()})
    try:
        call_command(job.command, *job.args, verbosity=0)
    except Exception as error:
        logger.exception("Scheduled job %s failed", job.name)
        JobRun.objects.filter(name=job.name).update(last_error=f"{type(error).__name__}: {error}")
        return False
    JobRun.objects.filter(name=job.name).update(last_succeeded_at=timezone.now(), last_error="")
    logger.info("Scheduled job %s finished in %.2fs", job.name, time.monotonic() - started)
    return True


def late_jobs(now=None, *, tolerance=3):
    """Jobs that have not succeeded within `tolerance` intervals: ``[(job, last success)]``.

    The admin dashboard and /healthz report them, so a scheduler that stopped
    (and with it scheduled publishing) does not go unnoticed.
    """
    now = now or timezone.now()
    runs = {run.name: run for run in JobRun.objects.all()}
    late = []
    for job in get_jobs():
        run = runs.get(job.name)
        last = run.last_succeeded_at if run else None
        if last is None or now - last > job.every * tolerance:
            late.append((job, last))
    return late


def run_due_jobs(jobs, next_runs, now):
    """Run the jobs whose time has come and record when each runs next.

    A cache lock per job keeps two schedulers sharing a cache (Redis) from
    running the same job twice in one interval. Returns the names that ran.
    """
    ran = []
    for job in jobs:
        if now < next_runs.get(job.name, 0):
            continue
        next_runs[job.name] = now + job.every.total_seconds()
        lock_seconds = max(int(job.every.total_seconds()) - 1, 1)
        if not cache.add(f"scheduler:lock:{job.name}", 1, timeout=lock_seconds):
            continue
        run_job(job)
        ran.append(job.name)
    return ran


def seconds_until_next(jobs, next_runs, now, *, ceiling=30.0):
    upcoming = [next_runs.get(job.name, now) for job in jobs]
    return max(0.5, min([ceiling, *(moment - now for moment in upcoming)]))
