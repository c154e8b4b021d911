from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from website.content_kinds import register_content_kind


class WebinarsConfig(AppConfig):
    name = "webinars"
    verbose_name = _("Webinars")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import models, which cannot load before the app registry.
        from webinars import receivers  # noqa: F401 - connects the receivers
        from webinars.models import WebinarPage

        # Webinars appear on the editorial calendar under this kind.
        register_content_kind(WebinarPage.calendar_kind, _("Webinar"))
