"""Typed readers for environment variables.

Every setting that comes from the environment goes through these helpers so a
missing or malformed value stops start-up with a message naming the variable,
instead of surfacing later as an obscure error.
"""

import os
from urllib.parse import urlparse

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


def env_str(name, default=None, *, required=False, environ=None):
    """Return the variable as a string; `required` fails when it is unset or empty."""
    environ = os.environ if environ is None else environ
    value = environ.get(name)
    if value is None or value.strip() == "":
        if required:
            raise ImproperlyConfigured(f"The environment variable {name} is required.")
        return default
    return value.strip()


def env_bool(name, default=False, *, environ=None):
    """Return the variable as a boolean (1/0, true/false, yes/no, on/off)."""
    value = env_str(name, environ=environ)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in TRUE_VALUES:
        return True
    if lowered in FALSE_VALUES:
        return False
    raise ImproperlyConfigured(
        f"The environment variable {name} must be a boolean (true/false), got {value!r}."
    )


def env_int(name, default=None, *, minimum=None, environ=None):
    """Return the variable as an integer, optionally bounded below."""
    value = env_str(name, environ=environ)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be an integer, got {value!r}."
        ) from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be at least {minimum}, got {number}."
        )
    return number


def env_list(name, default=(), *, required=False, environ=None):
    """Return a comma-separated variable as a list of non-empty, stripped items."""
    value = env_str(name, required=required, environ=environ)
    if value is None:
        return list(default)
    items = [item.strip() for item in value.split(",") if item.strip()]
    if required and not items:
        raise ImproperlyConfigured(f"The environment variable {name} is required.")
    return items


def env_choice(name, choices, default, *, environ=None):
    """Return the variable, which must be one of `choices`."""
    value = env_str(name, default, environ=environ)
    if value not in choices:
        allowed = ", ".join(sorted(choices))
        raise ImproperlyConfigured(
            f"The environment variable {name} must be one of {allowed}, got {value!r}."
        )
    return value


def database_config(url, *, base_dir, name="DATABASE_URL"):
    """Build a DATABASES["default"] entry: SQLite in the project when `url` is empty."""
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(base_dir / "db.sqlite3"),
            "OPTIONS": {
                # WAL lets the web server, the worker and the scheduler share the
                # file without "database is locked" errors on every write.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    scheme = urlparse(url).scheme
    if scheme not in {"postgres", "postgresql", "pgsql", "sqlite"}:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be a postgres:// or sqlite:// URL, "
            f"got a {scheme or 'malformed'!s} URL."
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as error:
        raise ImproperlyConfigured(f"The environment variable {name} is invalid: {error}") from None
    return config


def cache_config(redis_url, *, name="REDIS_URL"):
    """Build CACHES["default"]: Redis when a URL is given, else local memory."""
    if not redis_url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "aimant"}
    if urlparse(redis_url).scheme not in {"redis", "rediss", "unix"}:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be a redis:// or rediss:// URL."
        )
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": redis_url,
        "KEY_PREFIX": "aimant",
    }


TASKS_BACKENDS = {
    "db": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def tasks_config(choice, *, redis_url):
    """Build the TASKS setting for `TASKS_BACKEND` (db, rq or immediate)."""
    if choice not in TASKS_BACKENDS:
        allowed = ", ".join(sorted(TASKS_BACKENDS))
        raise ImproperlyConfigured(
            f"The environment variable TASKS_BACKEND must be one of {allowed}, got {choice!r}."
        )
    if choice == "rq" and not redis_url:
        raise ImproperlyConfigured(
            "The environment variable REDIS_URL is required when TASKS_BACKEND is rq."
        )
    return {"default": {"BACKEND": TASKS_BACKENDS[choice], "QUEUES": ["default"]}}
