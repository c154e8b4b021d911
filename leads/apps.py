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
        from leads.sales import crm_webhook  # noqa: F401 - registers the outbox sender
        from leads.sales import receivers as sales_receivers
        from leads.signals import contact_qualified, contact_returned_to_nurturing

        user_signed_up.connect(receivers.on_signed_up, dispatch_uid="leads.signed_up")
        user_logged_in.connect(receivers.on_logged_in, dispatch_uid="leads.logged_in")
        contact_qualified.connect(
            sales_receivers.on_contact_qualified, dispatch_uid="leads.sales.qualified"
        )
        contact_returned_to_nurturing.connect(
            sales_receivers.on_returned_to_nurturing, dispatch_uid="leads.sales.nurturing"
        )
        audience_receivers.connect()
