"""Search-engine and sharing metadata shared by every public page."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from website.models.settings import SiteSettings

SCHEMA_CONTEXT = "https://schema.org"

# Characters that could end the <script> element or confuse an HTML parser when
# JSON is embedded inline; escaping them keeps the JSON valid and inert.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """Render `data` as a `<script type="application/ld+json">` element."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def organization_json_ld(request, site_settings):
    """The publisher: brand name, home address, logo and social profiles."""
    site_root = request.build_absolute_uri("/")
    data = {"@type": "Organization", "name": site_settings.brand_name, "url": site_root}
    if site_settings.logo_id:
        rendition = site_settings.logo.get_rendition("max-600x600|format-png")
        data["logo"] = request.build_absolute_uri(rendition.url)
    same_as = site_settings.social_profile_urls()
    if same_as:
        data["sameAs"] = same_as
    return data


class SeoMixin:
    """Open Graph, canonical and JSON-LD helpers for a Wagtail page.

    A page type describes itself with `get_json_ld(request)`; the default is a
    schema.org `WebPage`. Subclasses override `json_ld_type` or extend the dict.
    """

    json_ld_type = "WebPage"

    @property
    def seo_summary(self):
        return self.search_description

    @property
    def seo_image(self):
        """The image used for Open Graph cards, when the page has one."""
        return getattr(self, "hero_image", None)

    def get_site_settings(self, request):
        return SiteSettings.for_request(request)

    def page_json_ld(self, request):
        data = {
            "@type": self.json_ld_type,
            "name": self.seo_title or self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }
        if self.seo_summary:
            data["description"] = self.seo_summary
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    def website_json_ld(self, request):
        site_settings = self.get_site_settings(request)
        return {
            "@context": SCHEMA_CONTEXT,
            "@type": "WebSite",
            "name": site_settings.brand_name,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }

    def get_json_ld(self, request):
        """Return the list of JSON-LD documents describing this page."""
        site_settings = self.get_site_settings(request)
        data = {"@context": SCHEMA_CONTEXT, **self.page_json_ld(request)}
        data["publisher"] = organization_json_ld(request, site_settings)
        return [data]
