"""Background tasks of the site shell. Arguments are ids, never personal data."""

from django_tasks import task

from website import outbox


@task()
def deliver_task(delivery_id: int):
    """Send one outbox delivery (claims it first, so a duplicate run sends nothing)."""
    return outbox.deliver(delivery_id)
