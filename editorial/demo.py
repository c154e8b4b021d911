"""Bilingual demo articles, infographics and the editorial line (for `seed_demo`).

Texts live in `editorial.demo_content`; this module turns them into snippets and
pages. It is idempotent: what exists (matched by slug) is left alone.
"""

import io
from datetime import timedelta

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.rich_text import RichText

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from editorial import demo_content as content
from editorial.models import (
    ArticleIndexPage,
    ArticlePage,
    InfographicPage,
    Series,
)
from website.demo import add_to_menu, ensure_translation, publish
from website.models import HomePage, Person, Persona, Theme

INDEX = {
    "fr": {
        "title": "Articles",
        "slug": "articles",
        "introduction": "Conseils, retours d’expérience et entretiens sur la vente B2B.",
    },
    "en": {
        "title": "Articles",
        "slug": "articles",
        "introduction": "Advice, customer stories and interviews on B2B selling.",
    },
}


def _translate_snippet(source, locale, fields):
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def _snippets(model, specs, fr, en, build):
    """Create each snippet in French with its English translation; key → French object."""
    objects = {}
    for spec in specs:
        fields_fr, fields_en = build(spec, "fr"), build(spec, "en")
        source = model.objects.filter(locale=fr, **_lookup(model, spec, fields_fr)).first()
        if source is None:
            source = model.objects.create(locale=fr, **fields_fr)
        _translate_snippet(source, en, fields_en)
        objects[spec["key"]] = source
    return objects


def _lookup(model, spec, fields):
    return {"slug": fields["slug"]} if "slug" in fields else {"name": fields["name"]}


def _body(blocks):
    stream = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            stream.append(("paragraph", RichText(value)))
        elif block_type == "heading":
            stream.append(("heading", {"text": value, "level": "h2"}))
        else:
            stream.append((block_type, value))
    return stream


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


def _infographic_image(spec):
    """Draw the infographic: title and key figures, 1200 px wide."""
    width, row = 1200, 220
    height = 260 + row * len(spec["figures"])
    canvas = PillowImage.new("RGB", (width, height), "#f8fafc")
    draw = ImageDraw.Draw(canvas)
    title_font, value_font, label_font = _font(54), _font(96), _font(38)
    draw.rectangle([0, 0, width, 200], fill="#1f3a8a")
    draw.text((60, 70), spec["fr"]["title"][:40], font=title_font, fill="#ffffff")
    label_left = 480
    for number, figure in enumerate(spec["figures"]):
        top = 240 + number * row
        draw.text((60, top), figure["value"], font=value_font, fill="#1f3a8a")
        lines = _wrap(figure["label_fr"], label_font, width - label_left - 60)
        for line_number, line in enumerate(lines[:3]):
            draw.text(
                (label_left, top + 20 + line_number * 48), line, font=label_font, fill="#111827"
            )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image_model = get_image_model()
    return image_model.objects.create(
        title=spec["fr"]["title"],
        file=ImageFile(buffer, name=f"{spec['key']}.png"),
        description=spec["fr"]["summary"][:255],
    )


@transaction.atomic
def seed_editorial():
    """Themes, personas, authors, a series, 12 articles and 2 infographics."""
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    home_fr = HomePage.objects.get(locale=fr)
    home_en = HomePage.objects.get(locale=en)

    themes = _snippets(
        Theme,
        content.THEMES,
        fr,
        en,
        lambda spec, code: {
            "slug": spec["key"] if code == "fr" else f"{spec['key']}-en",
            "colour": spec["colour"],
            **spec[code],
        },
    )
    personas = _snippets(
        Persona,
        content.PERSONAS,
        fr,
        en,
        lambda spec, code: {
            "slug": spec["key"] if code == "fr" else f"{spec['key']}-en",
            **spec[code],
        },
    )
    authors = _snippets(
        Person,
        content.AUTHORS,
        fr,
        en,
        lambda spec, code: {
            "name": spec["name"],
            "role": spec[f"role_{code}"],
            "bio": spec[f"bio_{code}"],
            "linkedin_url": spec["linkedin_url"],
        },
    )
    series = _snippets(
        Series,
        content.SERIES,
        fr,
        en,
        lambda spec, code: {
            "slug": spec["key"] if code == "fr" else f"{spec['key']}-en",
            **spec[code],
        },
    )

    index_fr = _ensure_index(home_fr, fr, INDEX["fr"])
    home_en.refresh_from_db()
    index_en = ensure_translation(index_fr, en, INDEX["en"])
    add_to_menu("header", index_fr, 0)
    add_to_menu("header", index_en, 0)
    today = timezone.localdate()
    created = 0
    for spec in content.ARTICLES:
        article = ArticlePage.objects.child_of(index_fr).filter(slug=spec["fr"]["slug"]).first()
        if article is None:
            article = ArticlePage(
                locale=fr,
                title=spec["fr"]["title"],
                slug=spec["fr"]["slug"],
                standfirst=spec["fr"]["standfirst"],
                body=_body(spec["fr"]["body"]),
                format=spec["format"],
                publication_date=today - timedelta(days=spec["days_ago"]),
                series=series[spec["series"]["key"]] if spec["series"] else None,
                episode_number=spec["series"]["episode"] if spec["series"] else None,
            )
            article.themes = [themes[key] for key in spec["themes"]]
            article.personas = [personas[key] for key in spec["personas"]]
            article.authors = [authors[spec["author"]]]
            index_fr.add_child(instance=article)
            publish(article)
            created += 1
        if spec["en"]:
            index_en.refresh_from_db()
            ensure_translation(
                article,
                en,
                {
                    "title": spec["en"]["title"],
                    "slug": spec["en"]["slug"],
                    "standfirst": spec["en"]["standfirst"],
                    "body": _body(spec["en"]["body"]),
                },
            )
    for spec in content.INFOGRAPHICS:
        infographic = (
            InfographicPage.objects.child_of(index_fr).filter(slug=spec["fr"]["slug"]).first()
        )
        if infographic is None:
            infographic = InfographicPage(
                locale=fr,
                title=spec["fr"]["title"],
                slug=spec["fr"]["slug"],
                summary=spec["fr"]["summary"],
                text_alternative=spec["fr"]["text_alternative"],
                image=_infographic_image(spec),
            )
            infographic.themes = [themes[key] for key in spec["themes"]]
            index_fr.add_child(instance=infographic)
            publish(infographic)
            created += 1
        index_en.refresh_from_db()
        ensure_translation(
            infographic,
            en,
            {
                "title": spec["en"]["title"],
                "slug": spec["en"]["slug"],
                "summary": spec["en"]["summary"],
                "text_alternative": spec["en"]["text_alternative"],
            },
        )
    total = ArticlePage.objects.count() + InfographicPage.objects.count()
    return f"Editorial: {total} articles and infographics ({created} new)."
