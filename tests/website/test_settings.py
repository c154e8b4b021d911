import os
import subprocess
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import pytest

from website.settings.env import (
    cache_config,
    database_config,
    env_bool,
    env_int,
    env_list,
    env_str,
    tasks_config,
)

BASE_DIR = Path(__file__).resolve().parents[2]


def test_env_str_required_names_the_missing_variable():
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        env_str("SECRET_KEY", required=True, environ={})
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        env_str("SECRET_KEY", required=True, environ={"SECRET_KEY": "   "})


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("TRUE", True), ("yes", True), ("off", False), ("0", False)]
)
def test_env_bool_parses_common_spellings(raw, expected):
    assert env_bool("DEBUG", environ={"DEBUG": raw}) is expected


def test_env_bool_rejects_garbage_and_names_the_variable():
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", environ={"DEBUG": "maybe"})


def test_env_int_validates_and_bounds():
    assert env_int("EMAIL_PORT", 25, environ={}) == 25
    assert env_int("EMAIL_PORT", environ={"EMAIL_PORT": "587"}) == 587
    with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT"):
        env_int("EMAIL_PORT", environ={"EMAIL_PORT": "smtp"})
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("EMAIL_PORT", minimum=1, environ={"EMAIL_PORT": "0"})


def test_env_list_splits_and_strips():
    environ = {"ALLOWED_HOSTS": " a.example.com, ,b.example.com "}
    assert env_list("ALLOWED_HOSTS", environ=environ) == ["a.example.com", "b.example.com"]
    with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS"):
        env_list("ALLOWED_HOSTS", required=True, environ={"ALLOWED_HOSTS": " , "})


def test_database_defaults_to_sqlite_and_reads_postgres_urls(tmp_path):
    sqlite = database_config(None, base_dir=tmp_path)
    assert sqlite["ENGINE"] == "django.db.backends.sqlite3"
    assert sqlite["NAME"] == str(tmp_path / "db.sqlite3")
    postgres = database_config("postgres://aimant:pw@db.internal:5433/aimant", base_dir=tmp_path)
    assert postgres["ENGINE"] == "django.db.backends.postgresql"
    assert (postgres["HOST"], postgres["PORT"], postgres["NAME"]) == ("db.internal", 5433, "aimant")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_config("mysql://root@localhost/aimant", base_dir=tmp_path)


def test_cache_is_local_memory_by_default_and_redis_by_url():
    assert cache_config(None)["BACKEND"].endswith("LocMemCache")
    redis = cache_config("redis://127.0.0.1:6379/2")
    assert redis["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert redis["LOCATION"] == "redis://127.0.0.1:6379/2"
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
        cache_config("http://127.0.0.1:6379")


@pytest.mark.parametrize(
    ("choice", "backend"),
    [
        ("db", "django_tasks_db.DatabaseBackend"),
        ("rq", "django_tasks_rq.RQBackend"),
        ("immediate", "django_tasks.backends.immediate.ImmediateBackend"),
    ],
)
def test_tasks_backend_switch(choice, backend):
    assert (
        tasks_config(choice, redis_url="redis://127.0.0.1:6379/0")["default"]["BACKEND"] == backend
    )


def test_tasks_backend_rejects_unknown_names_and_rq_without_redis():
    with pytest.raises(ImproperlyConfigured, match="TASKS_BACKEND"):
        tasks_config("celery", redis_url=None)
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
        tasks_config("rq", redis_url=None)


def _load_settings(module, **env):
    """Import a settings module in a clean interpreter with exactly `env` set."""
    environ = {"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": module, **env}
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.TASKS['default']['BACKEND']); print(settings.DEBUG)"
    )
    return subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_dev_settings_start_with_no_environment_at_all():
    result = _load_settings("website.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django_tasks_db.DatabaseBackend", "True"]


def test_production_fails_fast_naming_the_missing_variable():
    result = _load_settings("website.settings.production")
    assert result.returncode != 0
    assert "The environment variable SECRET_KEY is required." in result.stderr

    result = _load_settings(
        "website.settings.production", SECRET_KEY="x" * 20 + "abcdefghijklmnopqrstuvwxyz0123456789"
    )
    assert "The environment variable ALLOWED_HOSTS is required." in result.stderr


def test_production_settings_load_when_everything_is_set():
    result = _load_settings(
        "website.settings.production",
        SECRET_KEY="k" * 10 + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789",
        ALLOWED_HOSTS="aimant.example.com",
        DATABASE_URL="postgres://aimant@127.0.0.1:5432/aimant",
        REDIS_URL="redis://127.0.0.1:6379/0",
        WAGTAILADMIN_BASE_URL="https://aimant.example.com",
        TASKS_BACKEND="rq",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django_tasks_rq.RQBackend", "False"]


def test_invalid_tasks_backend_stops_start_up():
    result = _load_settings("website.settings.dev", TASKS_BACKEND="celery")
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of" in result.stderr
