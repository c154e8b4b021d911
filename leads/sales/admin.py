"""The "Sales" admin menu and the managers' setup screens (territories, reps, holidays)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from leads.models import Holiday, RepAvailability, TerritoryRule
from leads.sales.access import is_manager, is_sales


class CheckedMenuItem(MenuItem):
    """A menu entry shown only to users who pass `check(user)`."""

    def __init__(self, label, url_name, icon_name, check, *, name, order, kwargs=None):
        super().__init__(
            label, reverse(url_name, kwargs=kwargs), name=name, icon_name=icon_name, order=order
        )
        self.check = check

    def is_shown(self, request):
        return self.check(request.user)


def _marketing_or_manager(user):
    return is_manager(user) or user.has_perm("leads.change_engagementrule")


class SalesMenu(SubmenuMenuItem):
    """Sales → My leads, Unassigned, All leads, Share links, CRM webhook, rejections."""

    def __init__(self):
        items = [
            CheckedMenuItem(
                _("My leads"),
                "leads_sales:list",
                "user",
                is_sales,
                name="my-leads",
                order=0,
                kwargs={"tab": "mine"},
            ),
            CheckedMenuItem(
                _("Unassigned qualified leads"),
                "leads_sales:list",
                "inbox",
                is_sales,
                name="unassigned-leads",
                order=1,
                kwargs={"tab": "unassigned"},
            ),
            CheckedMenuItem(
                _("All leads"),
                "leads_sales:list",
                "list-ul",
                is_sales,
                name="all-leads",
                order=2,
                kwargs={"tab": "all"},
            ),
            CheckedMenuItem(
                _("My share links"),
                "leads_sales:share",
                "link",
                is_sales,
                name="share-links",
                order=3,
            ),
            CheckedMenuItem(
                _("CRM webhook"),
                "leads_sales:webhook",
                "link-external",
                is_manager,
                name="crm-webhook",
                order=4,
            ),
            CheckedMenuItem(
                _("Rejections by scoring rule"),
                "leads_sales:rejections",
                "warning",
                _marketing_or_manager,
                name="rejections",
                order=5,
            ),
        ]
        super().__init__(_("Sales"), Menu(items=items), name="sales", icon_name="group", order=240)

    def is_shown(self, request):
        return is_sales(request.user) or _marketing_or_manager(request.user)


class TerritoryRuleViewSet(ModelViewSet):
    model = TerritoryRule
    icon = "site"
    menu_label = _("Territories")
    list_display = ["country", "language", "rep", "priority"]
    list_filter = ["language", "rep"]
    list_export = ["country", "language", "rep", "priority"]
    form_fields = ["country", "language", "rep", "priority"]


class RepAvailabilityViewSet(ModelViewSet):
    model = RepAvailability
    icon = "user"
    menu_label = _("Rep availability")
    list_display = ["rep", "active", "last_assigned_at"]
    list_filter = ["active"]
    list_export = ["rep", "active", "last_assigned_at"]
    form_fields = ["rep", "active"]


class HolidayViewSet(ModelViewSet):
    model = Holiday
    icon = "date"
    menu_label = _("Holidays")
    list_display = ["date", "name"]
    list_export = ["date", "name"]
    form_fields = ["date", "name"]


class SalesSetupGroup(ModelViewSetGroup):
    menu_label = _("Sales setup")
    menu_icon = "cogs"
    menu_order = 245
    items = (
        TerritoryRuleViewSet("territories"),
        RepAvailabilityViewSet("rep_availability"),
        HolidayViewSet("holidays"),
    )
