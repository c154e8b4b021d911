"""Article, infographic and article-index pages."""

import math
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from editorial.blocks import ArticleStreamBlock
from editorial.feeds import ArticlesAtomFeed, ArticlesRssFeed
from website.models import Persona, Theme, TrackableContent
from website.seo import SeoMixin

WORDS_PER_MINUTE = 230
ARTICLES_PER_PAGE = 12
RELATED_COUNT = 3


class ArticleFormat(models.TextChoices):
    ARTICLE = "article", _("Long article")
    TIPS = "tips", _("Tips list")
    TESTIMONIAL = "testimonial", _("Testimonial")
    INTERVIEW = "interview", _("Interview")


def count_words(stream_value):
    """Words a reader reads in a StreamField value (text of every block)."""
    text = []
    for block in stream_value:
        rendered = block.block.get_searchable_content(block.value)
        text.extend(str(part) for part in rendered)
    return len(strip_tags(" ".join(text)).split())


class ArticleIndexPage(RoutablePageMixin, SeoMixin, Page):
    """All articles and infographics of one language, filterable, with feeds."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["editorial.ArticlePage", "editorial.InfographicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("article index")
        verbose_name_plural = _("article indexes")

    def published_children(self):
        return Page.objects.child_of(self).live().public().specific()

    def articles(self):
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .filter(publication_date__lte=timezone.localdate())
            .select_related("hero_image")
            .order_by("-publication_date", "-pk")
        )

    def filtered_items(self, request):
        """Articles and infographics matching the query-string filters, newest first."""
        articles = self.articles()
        infographics = (
            InfographicPage.objects.child_of(self).live().public().select_related("image")
        )
        theme = request.GET.get("theme", "")
        persona = request.GET.get("persona", "")
        article_format = request.GET.get("format", "")
        if theme:
            articles = articles.filter(themes__slug=theme)
            infographics = infographics.filter(themes__slug=theme)
        if persona:
            articles = articles.filter(personas__slug=persona)
            infographics = infographics.none()
        if article_format:
            if article_format == "infographic":
                articles = articles.none()
            elif article_format in ArticleFormat.values:
                articles = articles.filter(format=article_format)
                infographics = infographics.none()
        items = [*articles.distinct(), *infographics.distinct()]
        return sorted(items, key=lambda item: item.first_published_at or timezone.now())[::-1]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.filtered_items(request), ARTICLES_PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        filters = ("theme", "persona", "format")
        context.update(
            page_obj=page_obj,
            themes=Theme.objects.filter(articlepage__isnull=False).distinct(),
            personas=Persona.objects.filter(articlepage__isnull=False).distinct(),
            formats=[*ArticleFormat.choices, ("infographic", _("Infographic"))],
            selected={name: request.GET.get(name, "") for name in filters},
            query_string=urlencode(
                {name: request.GET[name] for name in filters if request.GET.get(name)}
            ),
        )
        return context

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return ArticlesRssFeed()(request, index_page=self)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return ArticlesAtomFeed()(request, index_page=self)


class ArticlePage(TrackableContent, SeoMixin, Page):
    json_ld_type = "Article"
    calendar_kind = "article"

    standfirst = models.TextField(_("standfirst"), help_text=_("One or two sentences."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("body"))
    format = models.CharField(
        _("format"), max_length=20, choices=ArticleFormat.choices, default=ArticleFormat.ARTICLE
    )
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    authors = ParentalManyToManyField("website.Person", verbose_name=_("authors"), blank=True)
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    personas = ParentalManyToManyField("website.Persona", verbose_name=_("personas"), blank=True)
    series = models.ForeignKey(
        "editorial.Series",
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="episodes",
    )
    episode_number = models.PositiveSmallIntegerField(_("episode number"), null=True, blank=True)
    reading_time = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1)

    content_panels = [
        *Page.content_panels,
        FieldPanel("standfirst"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("publication_date"),
                FieldPanel("authors"),
                FieldPanel("themes"),
                FieldPanel("personas"),
            ],
            heading=_("About this article"),
        ),
        MultiFieldPanel([FieldPanel("series"), FieldPanel("episode_number")], heading=_("Series")),
        InlinePanel("related_articles", label=_("Related reading"), max_num=RELATED_COUNT),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("format"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["editorial.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def save(self, *args, **kwargs):
        self.reading_time = max(1, math.ceil(count_words(self.body) / WORDS_PER_MINUTE))
        super().save(*args, **kwargs)

    @property
    def seo_summary(self):
        return self.search_description or self.standfirst

    def related_reading(self):
        """Editor-picked related pages, else the latest articles sharing a theme."""
        picked = [
            link.page.specific
            for link in self.related_articles.select_related("page")
            if link.page.live
        ]
        if picked:
            return picked
        return list(
            ArticlePage.objects.live()
            .public()
            .filter(locale=self.locale, themes__in=self.themes.all())
            .filter(publication_date__lte=timezone.localdate())
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-publication_date")[:RELATED_COUNT]
        )

    def series_episodes(self):
        """The live episodes of this article's series in its language, in order."""
        if self.series_id is None:
            return []
        return list(
            ArticlePage.objects.live()
            .public()
            .filter(series_id=self.series_id, locale=self.locale)
            .order_by("episode_number", "publication_date")
        )

    def series_navigation(self):
        episodes = self.series_episodes()
        ids = [episode.pk for episode in episodes]
        if self.pk not in ids:
            return None
        position = ids.index(self.pk)
        return {
            "episodes": episodes,
            "number": position + 1,
            "total": len(episodes),
            "previous": episodes[position - 1] if position > 0 else None,
            "next": episodes[position + 1] if position + 1 < len(episodes) else None,
        }

    def page_json_ld(self, request):
        data = super().page_json_ld(request)
        data["headline"] = self.title[:110]
        data["datePublished"] = self.publication_date.isoformat()
        data["articleSection"] = self.get_format_display()
        data["wordCount"] = count_words(self.body)
        data["timeRequired"] = f"PT{self.reading_time}M"
        authors = [author.localized for author in self.authors.all()]
        if authors:
            data["author"] = [{"@type": "Person", "name": author.name} for author in authors]
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x630")
            data["image"] = request.build_absolute_uri(rendition.url)
        keywords = [theme.localized.name for theme in self.themes.all()]
        if keywords:
            data["keywords"] = ", ".join(keywords)
        return data


class RelatedArticle(Orderable):
    article = ParentalKey(ArticlePage, related_name="related_articles", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", ["editorial.ArticlePage", "editorial.InfographicPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


class InfographicPage(TrackableContent, SeoMixin, Page):
    json_ld_type = "ImageObject"
    calendar_kind = "infographic"

    summary = models.TextField(_("summary"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("infographic"),
        # Nullable so that a draft planned on the calendar can exist before its
        # image; the admin form still requires one.
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    text_alternative = RichTextField(
        _("text alternative"),
        help_text=_("The infographic's whole content as text, for screen readers and search."),
    )
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("text_alternative"),
        FieldPanel("themes"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("text_alternative"),
    ]
    parent_page_types = ["editorial.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("infographic")
        verbose_name_plural = _("infographics")

    @property
    def seo_summary(self):
        return self.search_description or self.summary

    @property
    def seo_image(self):
        return self.image

    def page_json_ld(self, request):
        data = super().page_json_ld(request)
        if self.image is None:
            return data
        data["contentUrl"] = request.build_absolute_uri(self.image.file.url)
        data["caption"] = strip_tags(self.text_alternative)[:500]
        data["width"], data["height"] = self.image.width, self.image.height
        return data
