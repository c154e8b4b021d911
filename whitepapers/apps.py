from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WhitepapersConfig(AppConfig):
    name = "whitepapers"
    verbose_name = _("White papers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from whitepapers import receivers  # noqa: F401 - connects the signal receivers
