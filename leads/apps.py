from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadsConfig(AppConfig):
    name = "leads"
    verbose_name = _("Leads")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers connect themselves (@receiver); the sender modules register
        # their outbox channels (Mailchimp, CRM webhook) when imported.
        # Imported here: these modules import models, which cannot load before the app registry.
        from leads import receivers  # noqa: F401
        from leads.audience import mailchimp  # noqa: F401
        from leads.audience import receivers as audience_receivers  # noqa: F401
        from leads.sales import crm_webhook  # noqa: F401
        from leads.sales import receivers as sales_receivers  # noqa: F401
