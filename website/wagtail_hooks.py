"""Admin registrations of the site shell: navigation, footer and the outbox."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from website.admin_views import DeliveryPermissionPolicy, DeliveryViewSet
from website.models import Delivery, FooterText, NavigationMenu


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Menus")
    list_display = ["__str__", "location", "locale"]
    list_filter = ["location", "locale"]
    list_export = ["location", "locale"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]
    list_export = ["locale", "body"]


class NavigationGroup(SnippetViewSetGroup):
    items = (NavigationMenuViewSet, FooterTextViewSet)
    menu_icon = "site"
    menu_label = _("Navigation")
    menu_name = "navigation"


register_snippet(NavigationGroup)

register_permission_policy(Delivery, DeliveryPermissionPolicy(Delivery), exact_class=True)
delivery_viewset = DeliveryViewSet("deliveries")


@hooks.register("register_admin_viewset")
def register_delivery_viewset():
    return delivery_viewset
