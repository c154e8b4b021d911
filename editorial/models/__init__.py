from .pages import ArticleIndexPage, ArticlePage, InfographicPage, RelatedArticle
from .planning import (
    CalendarFeedToken,
    CalendarItem,
    CalendarStatus,
    ContentKind,
    IdeaRound,
    IdeaVote,
)
from .snippets import Author, Persona, Series, Theme

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "Author",
    "CalendarFeedToken",
    "CalendarItem",
    "CalendarStatus",
    "ContentKind",
    "IdeaRound",
    "IdeaVote",
    "InfographicPage",
    "Persona",
    "RelatedArticle",
    "Series",
    "Theme",
]
