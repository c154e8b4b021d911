"""The tasks API end to end on the real queue backends (not the inline one).

The `settings` fixture changes TASKS; django_tasks rebuilds its backends on
that signal.
"""

from django.conf import settings as django_settings
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.db import transaction

import django_rq
import pytest
from django_tasks_db.models import DBTaskResult

from website.mail import queue_email
from website.models import Delivery

# The test settings' value: under pytest-xdist each worker has its own Redis database.
REDIS_URL = django_settings.REDIS_URL


def _message():
    return EmailMessage("Bienvenue", "Bonjour !", "noreply@aimant.test", ["lea@example.com"])


@pytest.mark.django_db(transaction=True)
def test_database_queue_holds_the_delivery_until_the_worker_runs(settings):

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with transaction.atomic():
        delivery, _ = queue_email(_message(), key="welcome:db-queue")
    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs == {"args": [delivery.pk], "kwargs": {}}  # an id, no personal data
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT
    assert [message.subject for message in mail.outbox] == ["Bienvenue"]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@pytest.mark.skipif(not REDIS_URL, reason="needs REDIS_URL (set in CI)")
@pytest.mark.django_db(transaction=True)
def test_redis_queue_runs_the_delivery_in_an_rq_worker(settings):

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 60}}
    queue = django_rq.get_queue("default")
    queue.empty()
    with transaction.atomic():
        delivery, _ = queue_email(_message(), key="welcome:rq-queue")
    assert queue.count == 1
    assert mail.outbox == []

    # SimpleWorker runs the job in this process, where the test database lives
    # (a forked work-horse would not see an in-memory SQLite database).
    worker = django_rq.get_worker(
        "default", worker_class="rq.worker.SimpleWorker", job_class="django_tasks_rq.Job"
    )
    worker.work(burst=True, with_scheduler=False)

    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT
    assert [message.subject for message in mail.outbox] == ["Bienvenue"]
