from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from website.content_kinds import register_content_kind


class WhitepapersConfig(AppConfig):
    name = "whitepapers"
    verbose_name = _("White papers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import models, which cannot load before the app registry.
        from whitepapers import receivers  # noqa: F401 - connects the signal receivers
        from whitepapers.models import WhitePaperPage

        # White papers appear on the editorial calendar under this kind.
        register_content_kind(WhitePaperPage.calendar_kind, _("White paper"))
