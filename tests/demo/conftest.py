"""The demo content, seeded once for all the tests of this package.

`manage.py seed_demo` takes seconds (pages, images, PDF builds, 200 contacts
with their history), so it runs once, when the first test of this package
starts, inside a transaction that stays open while the package's tests run and
is rolled back after the last one: the tests elsewhere never see the demo.
Each test here runs in a savepoint inside it (pytest-django's ``db``), so what
a test changes — a second seeding run, an editor's edit — is undone for the
next one. This works the same on SQLite and PostgreSQL; it needs the package's
tests to run one after the other, which pytest does for a package (they all
use ``db``, so pytest-django's reordering keeps them together).
"""

from io import StringIO

from django.core.management import call_command
from django.db import transaction

import pytest

DEMO_HOST = "127.0.0.1:8000"  # the Site record seed_demo writes (`make run`'s address)


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    """Seed the demo once; yields the command's output."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            output = StringIO()
            call_command("seed_demo", stdout=output)
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield output.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _demo_db(demo, db):
    """Every test here reads the seeded demo, in its own savepoint."""
    return demo


@pytest.fixture
def demo_client(client):
    """The test client, addressing the demo site's host."""
    client.defaults["HTTP_HOST"] = DEMO_HOST
    return client
