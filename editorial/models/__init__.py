from .pages import ArticleIndexPage, ArticlePage, InfographicPage, RelatedArticle
from .snippets import Author, Persona, Series, Theme

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "Author",
    "InfographicPage",
    "Persona",
    "RelatedArticle",
    "Series",
    "Theme",
]
