import signal
import time

from django.core.management.base import BaseCommand

from website.scheduler import get_jobs, run_due_jobs, run_job, seconds_until_next


class Command(BaseCommand):
    help = "Run the periodic jobs (scheduled publishing, delivery sweeper…) on their intervals."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run every job once, then exit (for cron)."
        )

    def handle(self, *args, once=False, **options):
        jobs = get_jobs()
        if once:
            failures = [job.name for job in jobs if not run_job(job)]
            if failures:
                self.stderr.write(f"Failed: {', '.join(failures)}")
            return
        self.stdout.write(
            "Scheduler started: " + ", ".join(f"{job.name} every {job.every}" for job in jobs)
        )
        self._running = True
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        next_runs = {}
        while self._running:
            now = time.monotonic()
            run_due_jobs(jobs, next_runs, now)
            deadline = time.monotonic() + seconds_until_next(jobs, next_runs, time.monotonic())
            # Sleep in short steps so a stop signal is honoured promptly.
            while self._running and time.monotonic() < deadline:
                time.sleep(min(1.0, deadline - time.monotonic()))
        self.stdout.write("Scheduler stopped.")

    def _stop(self, signum, frame):
        self._running = False
