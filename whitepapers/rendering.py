"""Rendering white papers written in Wagtail to PDF with WeasyPrint.

The HTML comes from templates/whitepapers/pdf/paper.html and the print
stylesheet static/css/whitepaper-print.css (cover, table of contents with page
numbers, running headers and footers, chapter page breaks, A4, fonts shipped in
static/fonts/). WeasyPrint only ever reads local files: :class:`LocalOnlyFetcher`
serves static files and media from storage and refuses every other address, so
content can never make the server request a remote URL (SSRF).

Personalised copies re-lay out the document with the reader's name on the cover
and in the footer. What does not depend on the reader is prepared once per
process and reused: the font configuration, the parsed print stylesheet and the
bytes of every static file and image (see :class:`RenderCache`).
"""

import mimetypes
import posixpath
import threading
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from website.models import SiteSettings

PRINT_STYLESHEET = "css/whitepaper-print.css"
PDF_TEMPLATE = "whitepapers/pdf/paper.html"
# Relative addresses in the HTML resolve against this origin (a reserved,
# never-resolving name); the fetcher maps its paths to local files.
BASE_URL = "http://aimant.invalid/"


class RemoteFetchRefused(ValueError):
    """The renderer was asked for something that is not a local static or media file."""


def _local_path(url, prefix):
    """The storage-relative path of `url` under `prefix`, or None (no escaping it).

    Only addresses relative to the document (resolved against BASE_URL) are
    local; an absolute address to any other host is refused, whatever its path.
    """
    parts = urlsplit(url)
    if parts.netloc != urlsplit(BASE_URL).netloc:
        return None
    path = unquote(parts.path)
    if not prefix.startswith("/") or not path.startswith(prefix):
        return None
    relative = posixpath.normpath(path[len(prefix) :])
    if relative.startswith(("../", "/")) or relative in {".", ".."}:
        return None
    return relative


class LocalOnlyFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves static files and media, nothing else.

    Results are memoised per instance when `memo` is given (a dict shared by
    renders in the same process), since fonts and images are the same for
    every copy of a paper.
    """

    def __init__(self, memo=None):
        super().__init__(allowed_protocols={"http", "https"}, allow_redirects=False)
        self.memo = memo

    def fetch(self, url, headers=None):
        if self.memo is not None and url in self.memo:
            body, content_type = self.memo[url]
        else:
            body, content_type = self._read(url)
            if self.memo is not None:
                self.memo[url] = (body, content_type)
        return URLFetcherResponse(url, body, {"Content-Type": content_type})

    def _read(self, url):
        content_type = mimetypes.guess_type(urlsplit(url).path)[0] or "application/octet-stream"
        static_path = _local_path(url, settings.STATIC_URL)
        if static_path is not None:
            found = finders.find(static_path)
            if found:
                with open(found, "rb") as handle:
                    return handle.read(), content_type
        media_path = _local_path(url, settings.MEDIA_URL)
        if media_path is not None and default_storage.exists(media_path):
            with default_storage.open(media_path, "rb") as handle:
                return handle.read(), content_type
        raise RemoteFetchRefused(f"Not a local static or media file: {url[:200]}")


class RenderCache:
    """What every render in this process can share: fonts, stylesheet, file bytes."""

    def __init__(self):
        self.font_config = FontConfiguration()
        self.memo = {}
        self.stylesheet = None
        self.lock = threading.Lock()

    def get_stylesheet(self, fetcher):
        if self.stylesheet is None:
            self.stylesheet = load_stylesheet(self.font_config, fetcher)
        return self.stylesheet


_shared_cache = None
_shared_cache_lock = threading.Lock()


def shared_cache():
    """The process-wide :class:`RenderCache` (created on first use)."""
    global _shared_cache
    with _shared_cache_lock:
        if _shared_cache is None:
            _shared_cache = RenderCache()
        return _shared_cache


def load_stylesheet(font_config, fetcher):
    static_url = settings.STATIC_URL.rstrip("/") + "/"
    return CSS(
        url=f"{BASE_URL.rstrip('/')}{static_url}{PRINT_STYLESHEET}",
        font_config=font_config,
        url_fetcher=fetcher,
    )


@dataclass(frozen=True)
class Personalisation:
    """Who a copy is prepared for, and its traceable id."""

    name: str
    company: str
    document_id: str
    prepared_on: object  # a date

    def line(self, language):
        """ "Prepared for <name>, <company> — <date>" in `language`."""
        with translation.override(language):
            who = ", ".join(part for part in (self.name, self.company) if part)
            when = formats.date_format(self.prepared_on, "DATE_FORMAT")
            return translation.gettext("Prepared for %(who)s — %(when)s") % {
                "who": who,
                "when": when,
            }


def paper_html(page, personalisation=None):
    """The HTML WeasyPrint lays out for `page` (in the page's language)."""
    language = page.locale.language_code
    site = page.get_site()
    brand = SiteSettings.for_site(site).brand_name if site else "Aimant"
    with translation.override(language):
        return render_to_string(
            PDF_TEMPLATE,
            {
                "page": page,
                "chapters": page.chapters(),
                "brand_name": brand,
                "language": language,
                "personalisation": personalisation,
                "prepared_for": personalisation.line(language) if personalisation else "",
                "published_on": (page.last_published_at or timezone.now()).date(),
            },
        )


@dataclass
class RenderedPaper:
    pdf: bytes
    page_count: int


def render_paper(page, personalisation=None, cache=None):
    """Lay out `page` (a WhitePaperPage written in Wagtail) and return its PDF.

    With `cache` (a :class:`RenderCache`), fonts, the stylesheet and fetched
    files are reused; without it everything is prepared from scratch.
    """
    if cache is None:
        font_config, fetcher = FontConfiguration(), LocalOnlyFetcher()
        stylesheet = load_stylesheet(font_config, fetcher)
    else:
        font_config, fetcher = cache.font_config, LocalOnlyFetcher(memo=cache.memo)
        stylesheet = cache.get_stylesheet(fetcher)
    html = HTML(
        string=paper_html(page, personalisation),
        base_url=BASE_URL,
        url_fetcher=fetcher,
    )
    if cache is None:
        document = html.render(stylesheets=[stylesheet], font_config=font_config)
        return RenderedPaper(pdf=document.write_pdf(), page_count=len(document.pages))
    # FontConfiguration is not thread-safe: renders sharing it take turns.
    with cache.lock:
        document = html.render(stylesheets=[stylesheet], font_config=font_config)
        return RenderedPaper(pdf=document.write_pdf(), page_count=len(document.pages))
