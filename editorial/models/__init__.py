from .pages import ArticleIndexPage, ArticlePage, InfographicPage, RelatedArticle
from .planning import (
    CalendarFeedToken,
    CalendarItem,
    CalendarStatus,
    IdeaRound,
    IdeaVote,
)
from .snippets import Series

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "CalendarFeedToken",
    "CalendarItem",
    "CalendarStatus",
    "IdeaRound",
    "IdeaVote",
    "InfographicPage",
    "RelatedArticle",
    "Series",
]
