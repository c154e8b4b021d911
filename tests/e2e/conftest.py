"""Browser tests: Chromium driven by Playwright against pytest-django's live server.

Chromium comes from the system (Debian's ``chromium`` package), not from
``playwright install``. Set CHROMIUM_PATH to use another binary. When it is
missing the browser tests are skipped, unless E2E_REQUIRED=1 (CI), where they fail.
"""

import os
from pathlib import Path

from django.db import connections

from wagtail.models import Site

import pytest
from playwright.sync_api import sync_playwright

from website.demo import seed_site

# Playwright's sync API runs an asyncio event loop in the test thread; Django
# would otherwise refuse ORM calls made from that thread (fixtures, assertions).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEFAULT_TIMEOUT_MS = 10_000
DESKTOP = {"width": 1280, "height": 800}
CONSENT_COOKIE = "aimant_consent"
# A desktop browser's user agent: headless Chromium says "HeadlessChrome", which
# the form screening (leads.api.screen_submission) holds as a bot.
PERSON_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/140.0 Safari/537.36"
)


def _unavailable(reason):
    if os.environ.get("E2E_REQUIRED") == "1":
        pytest.fail(f"{reason} (E2E_REQUIRED=1, so browser tests may not be skipped)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        _unavailable(
            f"Chromium not found at {path}: install Debian's `chromium` package "
            "or set CHROMIUM_PATH"
        )
    return path


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the browser tests last.

    Playwright's sync API leaves an asyncio event loop running in the main
    thread until the session-scoped browser closes; tests run after it would
    see that loop (``asyncio.run()`` fails, Django's async-safety checks trip).
    The sort is stable, so pytest-django's ordering is kept otherwise.
    """
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture(scope="session")
def browser(chromium_path):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # While Playwright's loop runs, Django opens connections per async
        # context rather than per thread. Close those before the loop stops,
        # so that the test database can be dropped at the end (PostgreSQL).
        connections.close_all()


@pytest.fixture
def demo_site(live_server):
    """The bilingual demo content, served by the live server at its own address.

    Live-server tests are transactional: the database is flushed after each
    one, migration data included (seed_site() recreates the tree root), so
    the content is rebuilt every time.
    """

    content = seed_site()
    # seed_site() points the site at the `make run` address; absolute links
    # (language switcher, canonical) must use the live server's instead.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = live_server.thread.host, live_server.thread.port
    site.save()  # save(), not update(): Wagtail clears its cached site root paths on save
    content["url"] = live_server.url
    return content


@pytest.fixture
def new_page(browser, demo_site):
    """Open a tab in a fresh browser context: ``new_page(locale="en-GB", width=375)``.

    The locale sets Accept-Language; ``user_agent`` replaces Chromium's
    (``PERSON_USER_AGENT`` for forms: the screening holds "HeadlessChrome"
    as a bot). The consent choice is stored up front
    (``consent=None`` leaves it unset, so the banner shows) so the banner does
    not cover what a test clicks.
    """
    contexts = []

    def open_page(
        *,
        locale="fr-FR",
        width=DESKTOP["width"],
        height=DESKTOP["height"],
        consent="refused",
        user_agent=None,
    ):
        context = browser.new_context(
            base_url=demo_site["url"],
            locale=locale,
            viewport={"width": width, "height": height},
            user_agent=user_agent,
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        if consent:
            context.add_cookies(
                [{"name": CONSENT_COOKIE, "value": consent, "url": demo_site["url"]}]
            )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A French-speaking visitor on a desktop screen who has already chosen about cookies."""
    return new_page()
