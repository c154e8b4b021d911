"""Bilingual demo articles, infographics and the editorial line (for `seed_demo`).

The texts are Markdown files in `editorial/demo_content/` (read through
`website.demo_files`); this module turns them into snippets and pages. It is
idempotent: what exists (matched by slug) is left alone.
"""

import io

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from editorial.models import (
    ArticleIndexPage,
    ArticlePage,
    InfographicPage,
    Series,
)
from website.demo import add_to_menu, date_back, ensure_translation, publish
from website.demo_files import index_page_fields, load_items, relative_date, relative_datetime
from website.models import HomePage, Person, Persona, Theme

APP = "editorial"


def _translate_snippet(source, locale, fields):
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def _snippets(model, kind, fr, en, build):
    """Create each file's snippet in French with its English translation; key → French object."""
    objects = {}
    for item in load_items(APP, kind):
        fields_fr, fields_en = build(item, "fr"), build(item, "en")
        lookup = {"slug": fields_fr["slug"]} if "slug" in fields_fr else {"name": fields_fr["name"]}
        source = model.objects.filter(locale=fr, **lookup).first()
        if source is None:
            source = model.objects.create(locale=fr, **fields_fr)
        _translate_snippet(source, en, fields_en)
        objects[item.key] = source
    return objects


def stream(blocks):
    """Generic Markdown blocks (`website.demo_files`) → an article body."""
    body = []
    for block_type, value in blocks:
        if block_type == "tips":
            body.append(("tips", list(value)))
        elif block_type == "callout":
            body.append(("callout", {"title": value["title"], "text": value["text"]}))
        elif block_type in ("heading", "paragraph", "quote"):
            body.append((block_type, RichText(value) if block_type == "paragraph" else value))
        else:
            raise ValueError(f"articles have no {block_type!r} block")
    return body


def _ensure_index(home, locale, fields):
    index = ArticleIndexPage.objects.child_of(home).first()
    if index is None:
        index = ArticleIndexPage(locale=locale, **fields)
        home.add_child(instance=index)
        publish(index)
    return index


FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans.ttf",
)


def _font(size):
    """A font with French accents when the system has one (Pillow's own lacks them)."""
    for candidate in FONT_CANDIDATES:
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _wrap(text, font, max_width):
    """Split `text` into lines no wider than `max_width` pixels."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def _infographic_image(item):
    """Draw the infographic: title and key figures, 1200 px wide."""
    width, row = 1200, 220
    figures = item["figures"]
    height = 260 + row * len(figures)
    canvas = PillowImage.new("RGB", (width, height), "#f8fafc")
    draw = ImageDraw.Draw(canvas)
    title_font, value_font, label_font = _font(54), _font(96), _font(38)
    draw.rectangle([0, 0, width, 200], fill="#1f3a8a")
    draw.text((60, 70), item["title"][:40], font=title_font, fill="#ffffff")
    label_left = 480
    for number, figure in enumerate(figures):
        top = 240 + number * row
        draw.text((60, top), figure["value"], font=value_font, fill="#1f3a8a")
        lines = _wrap(figure["label"], label_font, width - label_left - 60)
        for line_number, line in enumerate(lines[:3]):
            draw.text(
                (label_left, top + 20 + line_number * 48), line, font=label_font, fill="#111827"
            )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image_model = get_image_model()
    return image_model.objects.create(
        title=item["title"],
        file=ImageFile(buffer, name=f"{item.key}.png"),
        description=item["summary"][:255],
    )


def seed_taxonomy_and_authors(fr, en):
    """Themes, personas, authors and series (French with English translations).

    Returns ``{"themes": {key: Theme}, "personas": …, "authors": …, "series": …}``.
    """

    def slug(item, code):
        return item["slug"] if code == "fr" else item.field("slug", code)

    return {
        "themes": _snippets(
            Theme,
            "themes",
            fr,
            en,
            lambda item, code: {
                "slug": slug(item, code),
                "name": item.field("name", code),
                "colour": item["colour"],
                "description": item.body(code),
            },
        ),
        "personas": _snippets(
            Persona,
            "personas",
            fr,
            en,
            lambda item, code: {
                "slug": slug(item, code),
                **{name: item.field(name, code) for name in PERSONA_FIELDS},
            },
        ),
        "authors": _snippets(
            Person,
            "authors",
            fr,
            en,
            lambda item, code: {
                "name": item["name"],
                "role": item.field("role", code),
                "bio": item.body(code),
                "linkedin_url": item["linkedin_url"],
            },
        ),
        "series": _snippets(
            Series,
            "series",
            fr,
            en,
            lambda item, code: {
                "slug": slug(item, code),
                "title": item.field("title", code),
                "description": item.body(code),
            },
        ),
    }


PERSONA_FIELDS = (
    "name",
    "profile",
    "responsibilities",
    "objectives",
    "challenges",
    "constraints",
    "decision_process",
)


def _translate(page, locale, fields):
    """`ensure_translation`, dating a new translation back to its source's publication."""
    is_new = page.get_translation_or_none(locale) is None
    translation = ensure_translation(page, locale, fields)
    if is_new:
        source = Page.objects.get(pk=page.pk)
        date_back(translation, source.first_published_at)
    return translation


@transaction.atomic
def seed_editorial():
    """Themes, personas, authors, a series, the articles and infographics of the files."""
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    home_fr = HomePage.objects.get(locale=fr)
    home_en = HomePage.objects.get(locale=en)
    taxonomy = seed_taxonomy_and_authors(fr, en)
    themes, personas = taxonomy["themes"], taxonomy["personas"]
    authors, series = taxonomy["authors"], taxonomy["series"]

    index_fr = _ensure_index(home_fr, fr, index_page_fields(APP, "fr"))
    home_en.refresh_from_db()
    index_en = ensure_translation(index_fr, en, index_page_fields(APP, "en"))
    add_to_menu("header", index_fr, 0)
    add_to_menu("header", index_en, 0)
    today = timezone.localdate()
    created = 0
    for item in load_items(APP, "articles"):
        article = ArticlePage.objects.child_of(index_fr).filter(slug=item["slug"]).first()
        if article is None:
            published = relative_date(item["published"], today)
            article = ArticlePage(
                locale=fr,
                title=item["title"],
                slug=item["slug"],
                standfirst=item["standfirst"],
                body=stream(item.blocks("fr")),
                format=item["format"],
                publication_date=published,
                series=series[item["series"]] if item.get("series") else None,
                episode_number=item.get("episode"),
            )
            article.themes = [themes[key] for key in item["themes"]]
            article.personas = [personas[key] for key in item["personas"]]
            article.authors = [authors[item["author"]]]
            index_fr.add_child(instance=article)
            publish(article)
            date_back(article, relative_datetime(item["published"]))
            created += 1
        if item.has("en"):
            index_en.refresh_from_db()
            _translate(
                article,
                en,
                {
                    "title": item.field("title", "en"),
                    "slug": item.field("slug", "en"),
                    "standfirst": item.field("standfirst", "en"),
                    "body": stream(item.blocks("en")),
                },
            )
    for item in load_items(APP, "infographics"):
        infographic = InfographicPage.objects.child_of(index_fr).filter(slug=item["slug"]).first()
        if infographic is None:
            infographic = InfographicPage(
                locale=fr,
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                text_alternative=item.html("fr"),
                image=_infographic_image(item),
            )
            infographic.themes = [themes[key] for key in item["themes"]]
            index_fr.add_child(instance=infographic)
            publish(infographic)
            date_back(infographic, relative_datetime(item["published"]))
            created += 1
        index_en.refresh_from_db()
        _translate(
            infographic,
            en,
            {
                "title": item.field("title", "en"),
                "slug": item.field("slug", "en"),
                "summary": item.field("summary", "en"),
                "text_alternative": item.html("en"),
            },
        )
    total = ArticlePage.objects.count() + InfographicPage.objects.count()
    return f"Editorial: {total} articles and infographics ({created} new)."
