"""Test settings: the same database/cache choice as production when
DATABASE_URL and REDIS_URL are set (CI), SQLite and local memory otherwise."""

import os
import re

from .base import *  # noqa: F403
from .base import REDIS_URL
from .env import cache_config, env_str

DEBUG = False
SECRET_KEY = "test-only-key-not-secret-but-long-enough-for-django-checks-0123456789"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["*"]

# Tasks run inline unless a test is about the queue itself.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
TASKS_BACKEND = "immediate"

EMAIL_BACKEND = env_str("TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False}

# Under pytest-xdist every worker gets its own Redis database (the base index
# plus the worker's number): tests clear the cache around themselves, and one
# worker's FLUSHDB must not wipe the rate-limit counters of another's test.
# pytest-django gives each worker its own test database the same way.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):
    _base = re.match(r"^(?P<server>.*?)(?:/(?P<db>\d+))?/?$", REDIS_URL)
    REDIS_URL = f"{_base['server']}/{(int(_base['db'] or 0) + int(_worker[2:])) % 16}"
    CACHES = {"default": cache_config(REDIS_URL)}
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
