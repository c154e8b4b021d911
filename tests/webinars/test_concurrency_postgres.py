"""Concurrent registrations on PostgreSQL: the row lock keeps the capacity exact.

Run with DATABASE_URL pointing at PostgreSQL (CI does); skipped on SQLite,
which serialises writers anyway and cannot show the race.
"""

import threading

from django.db import connection, connections

import pytest

from tests.factories import french
from tests.webinars.factories import WebinarIndexPageFactory, WebinarPageFactory
from webinars import registration as service
from webinars.models import Registration

pytestmark = pytest.mark.django_db(transaction=True)

DISTINCT = 50
REPEATS = 10
CAPACITY = 20


def test_fifty_concurrent_registrations_never_exceed_the_capacity(site_tree):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    index = WebinarIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    webinar = WebinarPageFactory(parent=index, locale=french(), capacity=CAPACITY)
    addresses = [f"person{n}@example.org" for n in range(DISTINCT)]
    # The same people submitting twice at the same moment, in another case.
    submissions = addresses + [address.upper() for address in addresses[:REPEATS]]
    barrier = threading.Barrier(len(submissions))
    errors = []

    def register(email):
        try:
            barrier.wait(timeout=30)
            service.register(webinar, email=email, language="fr")
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(email,)) for email in submissions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    rows = Registration.objects.filter(webinar=webinar)
    assert rows.count() == DISTINCT
    assert sorted(rows.values_list("email", flat=True)) == sorted(addresses)
    assert rows.filter(status="registered").count() == CAPACITY
    assert rows.filter(status="waitlisted").count() == DISTINCT - CAPACITY
