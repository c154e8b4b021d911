"""Audience screens: Mailchimp members (with sync status), suppressed addresses, purges."""

from django.contrib import messages
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from leads.audience import mailchimp
from leads.audience.gdpr import inactive_contacts
from leads.models import EmailSuppression, MailchimpMember, RetentionPurge


class ReadOnlyAddPolicy(ModelPermissionPolicy):
    """These rows are written by sync and erasure, never added by hand."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(MailchimpMember, ReadOnlyAddPolicy(MailchimpMember), exact_class=True)
register_permission_policy(EmailSuppression, ReadOnlyAddPolicy(EmailSuppression), exact_class=True)


class MailchimpMemberIndexView(IndexView):
    """The member list, saying first whether sync runs at all."""

    def get(self, request, *args, **kwargs):
        if mailchimp.is_configured():
            messages.info(
                request,
                _(
                    "Mailchimp sync is on. Members refused by Mailchimp are flagged and no "
                    "longer synced; failed syncs are under Settings → Deliveries with a retry "
                    "button."
                ),
            )
        else:
            messages.warning(
                request,
                _(
                    "Mailchimp sync is off: MAILCHIMP_API_KEY, MAILCHIMP_SERVER_PREFIX and "
                    "MAILCHIMP_LIST_ID are not all set."
                ),
            )
        return super().get(request, *args, **kwargs)


class MailchimpMemberViewSet(ModelViewSet):
    model = MailchimpMember
    icon = "mail"
    menu_label = gettext_lazy("Mailchimp members")
    index_view_class = MailchimpMemberIndexView
    list_display = ["contact", "status", "flagged", "flag_reason", "synced_at"]
    list_filter = ["status", "flagged"]
    list_export = ["contact", "email_hash", "status", "flagged", "flag_reason", "synced_at"]
    search_fields = ["contact__email", "contact__last_name"]
    # Staff clear the flag once the person has re-subscribed through Mailchimp.
    form_fields = ["flagged", "flag_reason"]


class SuppressionViewSet(ModelViewSet):
    model = EmailSuppression
    icon = "lock"
    menu_label = gettext_lazy("Suppressed addresses")
    list_display = ["email_hash", "reason", "created_at"]
    list_filter = ["reason"]
    list_export = ["email_hash", "reason", "created_at"]
    search_fields = ["email_hash"]
    form_fields = ["reason"]


class RetentionPurgeIndexView(IndexView):
    """Past purges, headed by what the next one would erase, so nobody is surprised."""

    def get(self, request, *args, **kwargs):
        due, cutoff = inactive_contacts()
        count = due.count()
        messages.info(
            request,
            ngettext(
                "The next daily purge would erase %(count)d contact inactive since %(date)s.",
                "The next daily purge would erase %(count)d contacts inactive since %(date)s.",
                count,
            )
            % {"count": count, "date": formats.date_format(cutoff, "DATE_FORMAT")},
        )
        return super().get(request, *args, **kwargs)


class RetentionPurgeViewSet(ModelViewSet):
    """The retention report: each daily purge, its cutoff and how many were erased."""

    model = RetentionPurge
    index_view_class = RetentionPurgeIndexView
    icon = "history"
    menu_label = gettext_lazy("Retention purges")
    list_display = ["ran_at", "cutoff", "purged"]
    list_export = ["ran_at", "cutoff", "purged"]
    form_fields = []


class AudienceViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Audience")
    menu_icon = "mail"
    menu_order = 260
    items = (
        MailchimpMemberViewSet("mailchimp_members"),
        SuppressionViewSet("suppressed_addresses"),
        RetentionPurgeViewSet("retention_purges"),
    )
