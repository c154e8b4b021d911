"""The site shell's pages: the home page and standard (about, legal, contact) pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website.blocks import BaseStreamBlock, FeaturedContentBlock
from website.seo import SeoMixin

# Other apps fill the home page's sections by registering Wagtail hooks with
# these names; each hook receives (request, page) and returns a list of pages.
# The site shell never imports those apps, so the sections stay empty (and
# show their empty state) until an app provides them.
HOME_UPCOMING_WEBINARS_HOOK = "aimant_home_upcoming_webinars"
HOME_LATEST_ARTICLES_HOOK = "aimant_home_latest_articles"


def collect_hook_items(hook_name, request, page, limit):
    """Gather up to `limit` items from every function registered for `hook_name`."""
    items = []
    for provider in hooks.get_hooks(hook_name):
        items.extend(provider(request, page))
    return items[:limit]


class HomePage(SeoMixin, Page):
    """The landing page of one language's tree."""

    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    featured = StreamField(
        [("item", FeaturedContentBlock())],
        verbose_name=_("featured content"),
        blank=True,
        max_num=6,
    )
    featured_heading = models.CharField(_("featured section heading"), max_length=120, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_page"),
                FieldPanel("hero_cta_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("featured_heading"),
        FieldPanel("featured"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "website.StandardPage",
        "editorial.ArticleIndexPage",
        "webinars.WebinarIndexPage",
        "whitepapers.WhitePaperIndexPage",
    ]
    # One home page per language tree: translations are siblings under the root.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_webinars"] = collect_hook_items(
            HOME_UPCOMING_WEBINARS_HOOK, request, self, limit=3
        )
        context["latest_articles"] = collect_hook_items(
            HOME_LATEST_ARTICLES_HOOK, request, self, limit=6
        )
        return context

    def get_json_ld(self, request):
        return [self.website_json_ld(request), *super().get_json_ld(request)]


class StandardPage(SeoMixin, Page):
    """A free-form page for about, contact and legal content."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["website.HomePage", "website.StandardPage"]
    subpage_types = ["website.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    @property
    def seo_summary(self):
        return self.search_description or self.introduction
