"""Settings shared by every environment.

Values that differ between machines come from environment variables (see
README, "Configuration"); the defaults here are safe for local development.
"""

from pathlib import Path

from .env import (
    cache_config,
    database_config,
    env_bool,
    env_int,
    env_list,
    env_str,
    tasks_config,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "website",
    "editorial",
    "webinars",
    "whitepapers",
    "leads",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # the widget templates, for FORM_RENDERER below
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "website.middleware.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Forms render through the project's templates: one field template
# (components/field.html) and one error style for every public form.
FORM_RENDERER = "website.forms.FormRenderer"

# Database: SQLite in the project folder unless DATABASE_URL points elsewhere.
DATABASES = {"default": database_config(env_str("DATABASE_URL"), base_dir=BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set. Rate limits (allauth, public
# forms) rely on atomic increments shared by every process, so production
# requires Redis.
REDIS_URL = env_str("REDIS_URL")
CACHES = {"default": cache_config(REDIS_URL)}

# Client addresses (rate limits, consent records): REMOTE_ADDR unless this many
# reverse proxies under our control sit in front of the app. Each appends the
# address it saw to X-Forwarded-For, so with N proxies the Nth entry from the
# right is the client; anything further left was sent by the visitor and is
# never trusted (leads.api.client_ip). allauth's own rate limits read the same
# count.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT

# Background tasks through Django's tasks API; the backend is configuration.
TASKS_BACKEND = env_str("TASKS_BACKEND", "db")
TASKS = tasks_config(TASKS_BACKEND, redis_url=REDIS_URL)
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 600}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Internationalisation: French first, English second.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: console by default; EMAIL_BACKEND selects SMTP or files.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Aimant <noreply@aimant.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Webinar invites come from, and are organised by, a real mailbox (not a no-reply):
# calendar apps show it as the organiser and people reply to it.
WEBINARS_ORGANISER_EMAIL = env_str(
    "WEBINARS_ORGANISER_EMAIL", "Aimant <webinaires@aimant.localhost>"
)
# How long an e-mailed white-paper download link works.
WHITEPAPERS_LINK_VALID_DAYS = env_int("WHITEPAPERS_LINK_VALID_DAYS", 7, minimum=1)

# Outgoing deliveries (the outbox): attempts before a row is dead-lettered.
DELIVERY_MAX_ATTEMPTS = env_int("DELIVERY_MAX_ATTEMPTS", 6, minimum=1)

# Mailchimp audience sync: off unless the key, server prefix and list are all set.
MAILCHIMP_API_KEY = env_str("MAILCHIMP_API_KEY", "")
MAILCHIMP_SERVER_PREFIX = env_str("MAILCHIMP_SERVER_PREFIX", "")
MAILCHIMP_LIST_ID = env_str("MAILCHIMP_LIST_ID", "")
# The API base address; empty means Mailchimp's own (tests point it at a local server).
MAILCHIMP_API_HOST = env_str("MAILCHIMP_API_HOST", "")
# Seconds per API call; the client's own default (120 s) would block a worker.
MAILCHIMP_TIMEOUT = env_int("MAILCHIMP_TIMEOUT", 10, minimum=1)
# The secret path segment of the webhook URL given to Mailchimp; empty disables it.
MAILCHIMP_WEBHOOK_SECRET = env_str("MAILCHIMP_WEBHOOK_SECRET", "")
# Seconds between two polls of a batch operation's status.
MAILCHIMP_BATCH_POLL_SECONDS = env_int("MAILCHIMP_BATCH_POLL_SECONDS", 5, minimum=0)
# Contacts with no activity that came from them for this long are purged (CNIL: 3 years).
LEADS_RETENTION_DAYS = env_int("LEADS_RETENTION_DAYS", 3 * 365, minimum=30)

# Wagtail
WAGTAIL_SITE_NAME = "Aimant"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "csv", "txt", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif", "svg"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Accounts (django-allauth): e-mail only, login by a one-time code, mandatory
# verification, no account enumeration, built-in rate limits left on.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_overview"
ACCOUNT_ADAPTER = "website.accounts.AccountAdapter"
ACCOUNT_FORMS = {"login": "website.forms.LoginForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_LOGIN_ON_GET = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False

# LinkedIn sign-in (OpenID Connect) appears only when its credentials are set.
LINKEDIN_CLIENT_ID = env_str("LINKEDIN_CLIENT_ID")
LINKEDIN_CLIENT_SECRET = env_str("LINKEDIN_CLIENT_SECRET")
SOCIALACCOUNT_PROVIDERS = {}
if LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET:
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "APPS": [
            {
                "provider_id": "linkedin",
                "name": "LinkedIn",
                "client_id": LINKEDIN_CLIENT_ID,
                "secret": LINKEDIN_CLIENT_SECRET,
                "settings": {"server_url": "https://www.linkedin.com/oauth"},
            }
        ],
        "OAUTH_PKCE_ENABLED": True,
    }

# Security headers that hold in every environment; production adds HTTPS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail marks its preview views SAMEORIGIN itself, so everything else can be DENY.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): the public site runs no inline script.
# The Wagtail admin needs inline scripts and styles; its relaxed policy is
# applied by website.middleware.ContentSecurityPolicyMiddleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'", "https://www.linkedin.com"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
CSP_ADMIN_OVERRIDES = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "frame-src": ["'self'", "https:"],
    "frame-ancestors": ["'self'"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "aimant": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
