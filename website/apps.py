from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the e-mail sender with the outbox in every process
        # (web server, worker, scheduler).
        # Imported here: website.mail imports website.outbox, which imports website.models.
        from website import mail  # noqa: F401
