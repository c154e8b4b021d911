"""Template tags for the site shell: languages, navigation, footer and JSON-LD."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page

from website.models import FooterText, NavigationMenu
from website.seo import SCHEMA_CONTEXT, json_ld_script

register = template.Library()


def _page_from_context(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where the visitor lands when switching to it.

    On a Wagtail page this is the live translation of the page (or, when it has
    none, that language's home); elsewhere it is the same URL under the other
    prefix. Entries say whether they are exact translations, for hreflang.
    """
    request = context["request"]
    page = _page_from_context(context)
    current = translation.get_language()
    translations = {}
    if page is not None and page.pk:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None and page.pk:
            translated = translations.get(code)
            if translated is not None:
                url = request.build_absolute_uri(translated.get_url(request))
                exact = True
            else:
                url, exact = request.build_absolute_uri(f"/{code}/"), False
        else:
            url = request.build_absolute_uri(translate_url(request.get_full_path(), code))
            exact = True
        links.append(
            {"code": code, "name": name, "url": url, "exact": exact, "current": code == current}
        )
    return links


@register.simple_tag(takes_context=True)
def navigation_menu(context, location):
    """The menu for `location` in the active language (None when not set up)."""
    cache = context.render_context.setdefault("navigation_menus", {})
    if location not in cache:
        cache[location] = NavigationMenu.for_location(location, Locale.get_active())
    return cache[location]


@register.simple_tag
def footer_text():
    footer = FooterText.objects.filter(locale=Locale.get_active()).first()
    return footer.body if footer else ""


@register.filter
def localized(page):
    """The page in the active language when it has a live translation, else itself."""
    if page is None:
        return None
    return page.localized


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    """JSON-LD for the current page, or a plain WebPage for non-Wagtail views."""
    request = context["request"]
    page = _page_from_context(context)
    if page is not None and hasattr(page, "get_json_ld"):
        documents = page.get_json_ld(request)
    else:
        documents = [
            {
                "@context": SCHEMA_CONTEXT,
                "@type": "WebPage",
                "name": context.get("page_title", ""),
                "url": request.build_absolute_uri(request.path),
                "inLanguage": translation.get_language(),
            }
        ]
    return json_ld_script(documents[0] if len(documents) == 1 else documents)
