"""Admin registrations of the site shell: navigation, footer, the taxonomy and the outbox."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from website.admin_views import DeliveryPermissionPolicy, DeliveryViewSet
from website.models import Delivery, FooterText, NavigationMenu, Person, Persona, Theme


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


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "colour", "active_from", "active_until", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "description", "colour", "active_from", "active_until"]
    search_fields = ["name"]


class PersonaViewSet(SnippetViewSet):
    model = Persona
    icon = "user"
    menu_label = _("Personas")
    list_display = ["name", "slug", "key", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "key", "profile", "objectives", "challenges", "decision_process"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    """Authors, speakers and panelists: one person, whatever they do on the site."""

    model = Person
    icon = "group"
    menu_label = _("People")
    list_display = ["name", "role", "company", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "role", "company", "linkedin_url"]
    search_fields = ["name"]


class EditorialLineGroup(SnippetViewSetGroup):
    """The shared vocabulary of every content app, in one admin menu."""

    items = (ThemeViewSet, PersonaViewSet, PersonViewSet)
    menu_icon = "tag"
    menu_label = _("Editorial line")
    menu_name = "editorial-line"
    menu_order = 140


register_snippet(EditorialLineGroup)

register_permission_policy(Delivery, DeliveryPermissionPolicy(Delivery), exact_class=True)
delivery_viewset = DeliveryViewSet("deliveries")


@hooks.register("register_admin_viewset")
def register_delivery_viewset():
    return delivery_viewset
