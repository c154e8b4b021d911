"""The XML sitemap: every live public page of every language, with hreflang."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers the default site root only; ours covers each
    language's tree and lists every page's translations as alternates."""

    def items(self):
        site = self.get_wagtail_site()
        query = Page.objects.none()
        for root in site.root_page.get_translations(inclusive=True):
            query |= Page.objects.descendant_of(root, inclusive=True)
        return query.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        siblings = (
            Page.objects.filter(translation_key__in={p.translation_key for p in pages})
            .live()
            .public()
            .select_related("locale")
        )
        for translation in siblings:
            translations[translation.translation_key].append(
                {
                    "lang_code": translation.locale.language_code,
                    "location": translation.get_full_url(self.request),
                }
            )

        urls = []
        last_mods = set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                if len(translations[item.translation_key]) > 1:
                    url_info.setdefault("alternates", translations[item.translation_key])
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
