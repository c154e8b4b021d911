"""Local development: debug on, a fixed throw-away secret, mail to the console."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
WAGTAIL_CACHE_TIMEOUT = 0
