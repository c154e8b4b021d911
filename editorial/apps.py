from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from editorial import receivers  # noqa: F401 - connects the receivers
        from editorial.models import ArticlePage, InfographicPage
        from website.content_kinds import register_content_kind

        # Editorial's own kinds of content on the shared calendar vocabulary.
        register_content_kind(ArticlePage.calendar_kind, _("Article"))
        register_content_kind(InfographicPage.calendar_kind, _("Infographic"))
