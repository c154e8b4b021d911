"""Staff screens of the site shell: the outbox (deliveries) with its retry action."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from website import outbox
from website.models import Delivery


class DeliveryPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are written by the system only: staff may view and retry them."""

    read_only_actions = {"add", "change", "delete"}

    def user_has_permission(self, user, action):
        if action in self.read_only_actions:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class DeliveryInspectView(InspectView):
    template_name = "website/admin/delivery_inspect.html"
    retry_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_retry"] = self.object.status == Delivery.Status.DEAD and (
            self.permission_policy.user_has_permission(self.request.user, "retry")
        )
        context["retry_url_name"] = self.retry_url_name
        return context


class DeliveryViewSet(ModelViewSet):
    model = Delivery
    icon = "mail"
    menu_label = gettext_lazy("Deliveries")
    add_to_settings_menu = True
    inspect_view_enabled = True
    inspect_view_class = DeliveryInspectView
    inspect_view_fields = [
        "channel",
        "key",
        "summary",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
    ]
    list_display = [
        "key",
        "channel",
        "summary",
        "status",
        "attempts",
        "next_attempt_at",
        "created_at",
    ]
    list_filter = ["status", "channel"]
    list_export = ["key", "channel", "status", "attempts", "last_error", "created_at", "sent_at"]
    search_fields = ["key", "last_error"]
    ordering = ["-created_at"]
    form_fields = ["status"]

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(retry_url_name=self.get_url_name("retry"), **kwargs)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/<int:pk>/", self.retry_view, name="retry"),
        ]

    @property
    def retry_view(self):
        return require_POST(self._retry)

    def _retry(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "retry"):
            raise PermissionDenied
        delivery = get_object_or_404(Delivery, pk=pk)
        with transaction.atomic():
            retried = outbox.retry(delivery)
        if retried:
            messages.success(request, _("The delivery is back in the queue."))
        else:
            messages.warning(request, _("Only failed deliveries can be retried."))
        return redirect(self.get_url_name("inspect"), pk=delivery.pk)
