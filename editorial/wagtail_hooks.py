"""Admin registrations and home-page sections that editorial contributes."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from editorial.models import ArticlePage, Author, Persona, Series, Theme


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
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "profile", "objectives", "challenges", "decision_process"]
    search_fields = ["name"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors")
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "role", "linkedin_url"]


class SeriesViewSet(SnippetViewSet):
    model = Series
    icon = "list-ol"
    menu_label = _("Series")
    list_display = ["title", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["title", "slug", "description"]


class EditorialLineGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, PersonaViewSet, AuthorViewSet, SeriesViewSet)
    menu_icon = "tag"
    menu_label = _("Editorial line")
    menu_name = "editorial-line"


register_snippet(EditorialLineGroup)


@hooks.register("aimant_home_latest_articles")
def latest_articles(request, home_page):
    return list(
        ArticlePage.objects.live()
        .public()
        .descendant_of(home_page)
        .filter(publication_date__lte=timezone.localdate())
        .select_related("hero_image")
        .order_by("-publication_date", "-pk")[:6]
    )


@hooks.register("aimant_seed_demo")
def seed_editorial_demo():
    from editorial.demo import seed_editorial

    return seed_editorial()
