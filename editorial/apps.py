from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from editorial import signals
        from editorial.notifications import connect_workflow_notifiers

        signals.connect()
        connect_workflow_notifiers()
