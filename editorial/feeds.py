"""RSS and Atom feeds of an article index (one per language)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed


class ArticlesRssFeed(Feed):
    """The latest published articles; the feed's language is the request's (/fr/, /en/)."""

    def get_object(self, request, index_page):
        self.request = request
        return index_page

    def title(self, index_page):
        return index_page.seo_title or index_page.title

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def description(self, index_page):
        return index_page.search_description or index_page.introduction

    def items(self, index_page):
        return index_page.articles()[:20]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.standfirst

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [theme.localized.name for theme in article.themes.all()]


class ArticlesAtomFeed(ArticlesRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index_page):
        return self.description(index_page)
