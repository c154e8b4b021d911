from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from website.content_kinds import register_content_kind


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: these modules import models, which cannot load before the app registry.
        from editorial import receivers  # noqa: F401 - connects the receivers
        from editorial.models import ArticlePage, InfographicPage

        # Editorial's own kinds of content on the shared calendar vocabulary.
        register_content_kind(ArticlePage.calendar_kind, _("Article"))
        register_content_kind(InfographicPage.calendar_kind, _("Infographic"))
