from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadsConfig(AppConfig):
    name = "leads"
    verbose_name = _("Leads")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import user_logged_in, user_signed_up

        from leads import receivers
        from leads.audience import receivers as audience_receivers

        user_signed_up.connect(receivers.on_signed_up, dispatch_uid="leads.signed_up")
        user_logged_in.connect(receivers.on_logged_in, dispatch_uid="leads.logged_in")
        audience_receivers.connect()
