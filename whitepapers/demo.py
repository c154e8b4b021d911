"""Demo white papers for `seed_demo`: papers written in Wagtail (chapters from the
Markdown body, some also in English) and uploaded PDFs, from the files in
`whitepapers/demo_content/papers/`. Idempotent: what exists (matched by slug) is
left alone; a paper without a ready PDF gets one built synchronously.
"""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from weasyprint import HTML

from website.demo import add_to_menu, date_back, ensure_translation, publish
from website.demo_files import index_page_fields, load_items, relative_datetime
from website.models import HomePage, Persona, Theme
from whitepapers.builds import build_now, run_build
from whitepapers.models import PdfBuild, WhitePaperIndexPage, WhitePaperPage

FONT = Path(settings.BASE_DIR) / "static" / "fonts" / "dejavu" / "DejaVuSans.ttf"
FONT_BOLD = Path(settings.BASE_DIR) / "static" / "fonts" / "dejavu" / "DejaVuSans-Bold.ttf"
APP = "whitepapers"
BRAND, ACCENT, INK = "#1f3a8a", "#fbbf24", "#111827"


def _font(size, bold=False):
    return ImageFont.truetype(str(FONT_BOLD if bold else FONT), size)


def _save_image(canvas, title, filename):
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=filename))


def _chart_image(key, language, title, labels, values):
    """A horizontal bar chart, 1400 px wide, drawn with the shipped font."""
    width, row = 1400, 150
    height = 200 + row * len(values)
    canvas = PillowImage.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(canvas)
    draw.text((60, 50), title, font=_font(48, bold=True), fill=INK)
    top_value = max(values)
    for number, (label, value) in enumerate(zip(labels, values, strict=True)):
        top = 170 + number * row
        draw.text((60, top + 30), label, font=_font(38), fill=INK)
        bar = int((width - 560) * value / top_value)
        draw.rectangle([460, top + 10, 460 + bar, top + 100], fill=BRAND if number else ACCENT)
        draw.text((480 + bar, top + 30), str(value), font=_font(38, bold=True), fill=INK)
    return _save_image(canvas, title, f"{key}-{language}.png")


def _cover_image(key, title):
    """An abstract cover: brand background with overlapping discs."""
    canvas = PillowImage.new("RGB", (1200, 700), BRAND)
    draw = ImageDraw.Draw(canvas)
    for number, (x, y, radius) in enumerate([(900, 200, 260), (1050, 520, 200), (700, 600, 140)]):
        colour = ACCENT if number == 0 else "#3b5bdb" if number == 1 else "#172c6b"
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    draw.text((60, 560), title[:34], font=_font(54, bold=True), fill="#ffffff")
    return _save_image(canvas, title, f"{key}-cover.png")


def _chapters(item, language, figure_image):
    """The raw StreamField data of a paper's chapters, from its Markdown body."""
    body = []
    for block_type, value in item.blocks(language):
        if block_type == "heading":
            chapter = {"heading": value["text"], "content": []}
            body.append({"type": "chapter", "value": chapter})
            continue
        if not body:
            raise ValueError(f"{item.key}.{language}: text before the first chapter heading")
        if block_type == "key_figure":
            value = {
                "figure": value["title"],
                "label": value["text"],
                "source": item.field("figures_source", language, ""),
            }
        elif block_type == "table":
            value = {"data": value, "first_row_is_table_header": True, "first_col_is_header": False}
        elif block_type == "image":
            block_type = "figure"
            value = {
                "image": {"image": figure_image.pk, "decorative": False, "alt_text": value["alt"]},
                "caption": value["alt"],
            }
        elif block_type not in ("paragraph", "quote"):
            raise ValueError(f"{item.key}.{language}: white papers have no {block_type!r} block")
        chapter["content"].append({"type": block_type, "value": value})
    return body


def _page_fields(item, language):
    return {
        name: item.field(name, language)
        for name in ("title", "slug", "subtitle", "promise", "summary")
    }


OPTIONS = (
    "allow_immediate_download",
    "personalised_copies",
    "require_job_title",
    "require_last_name",
)


def _options(item):
    return {name: item[name] for name in OPTIONS if item.get(name) is not None}


def _ensure_index(home, locale, fields):
    index = WhitePaperIndexPage.objects.child_of(home).first()
    if index is None:
        index = WhitePaperIndexPage(locale=locale, **fields)
        home.add_child(instance=index)
        publish(index)
    return index


def _tag(page, item):
    page.themes.set(Theme.objects.filter(slug__in=item["themes"], locale=page.locale))
    page.personas.set(Persona.objects.filter(slug__in=item["personas"], locale=page.locale))


def _ensure_pdf(page):
    """Build the PDF now unless a ready (or queued) build exists."""
    if not page.is_written_in_wagtail or page.current_build() is not None:
        return
    pending = page.pdf_builds.filter(status=PdfBuild.Status.PENDING).first()
    build = run_build(pending.pk) if pending else build_now(page)
    if build.status != PdfBuild.Status.SUCCEEDED:
        raise RuntimeError(f"Demo PDF build failed for {page.slug}: {build.error}")


def _chart(item, language):
    chart = item.field("chart", language)
    values = item["chart"]["values"]
    return _chart_image(item.key, language, chart["title"], chart["labels"], values)


def _ensure_written_paper(index, locale, item):
    fields = _page_fields(item, "fr")
    existing = WhitePaperPage.objects.child_of(index).filter(slug=fields["slug"]).first()
    if existing is not None:
        return existing, False
    page = WhitePaperPage(
        locale=locale,
        cover_image=_cover_image(item.key, fields["title"]),
        body=_chapters(item, "fr", _chart(item, "fr")),
        **fields,
        **_options(item),
    )
    index.add_child(instance=page)
    _tag(page, item)
    publish(page)
    date_back(page, relative_datetime(item["published"]))
    return page, True


def _checklist_pdf(item):
    """An uploaded paper: its Markdown body rendered once to a short PDF document."""
    html = (
        "<html><head><style>@page { size: A4; margin: 25mm; }"
        "body { font-family: sans-serif; } h1 { color: #1f3a8a; }"
        "li { margin: 0 0 6mm; } .notes { break-before: page; }</style></head><body>"
        f"<h1>{escape(item['title'])}</h1><p>{escape(item['promise'])}</p>"
        f"{item.html('fr')}<section class='notes'><h2>Notes</h2></section></body></html>"
    )
    pdf = HTML(string=html).write_pdf()
    return get_document_model().objects.create(
        title=item["title"], file=ContentFile(pdf, name=f"{item['slug']}.pdf")
    )


def _ensure_uploaded_paper(index, locale, item):
    fields = _page_fields(item, "fr")
    existing = WhitePaperPage.objects.child_of(index).filter(slug=fields["slug"]).first()
    if existing is not None:
        return existing, False
    page = WhitePaperPage(locale=locale, document=_checklist_pdf(item), **fields, **_options(item))
    index.add_child(instance=page)
    _tag(page, item)
    publish(page)
    date_back(page, relative_datetime(item["published"]))
    return page, True


@transaction.atomic
def seed_whitepapers():
    """The white-paper indexes and the papers of the files; returns a one-line summary."""
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    index_fr = _ensure_index(HomePage.objects.get(locale=fr), fr, index_page_fields(APP, "fr"))
    # The English index is the French one's translation, so papers can be translated.
    index_en = ensure_translation(index_fr, en, index_page_fields(APP, "en"))
    add_to_menu("header", index_fr, 2)
    add_to_menu("header", index_en, 2)

    created, papers = 0, []
    for item in load_items(APP, "papers"):
        if item.get("uploaded"):
            paper, new = _ensure_uploaded_paper(index_fr, fr, item)
        else:
            paper, new = _ensure_written_paper(index_fr, fr, item)
        created += new
        papers.append(paper)
        if item.has("en") and paper.get_translation_or_none(en) is None:
            index_en.refresh_from_db()
            fields = _page_fields(item, "en")
            translation = ensure_translation(
                paper,
                en,
                {
                    **fields,
                    "cover_image": _cover_image(f"{item.key}-en", fields["title"]),
                    "body": _chapters(item, "en", _chart(item, "en")),
                },
            )
            date_back(translation, relative_datetime(item.field("published", "en")))
            created += 1
            papers.append(translation)
        elif item.has("en"):
            papers.append(paper.get_translation(en))

    for paper in papers:
        _ensure_pdf(WhitePaperPage.objects.get(pk=paper.pk))
    return f"White papers: {created} created, {len(papers)} in all, PDFs built."


def demo_interactions():
    """What demo contacts may have done with the demo papers (for the leads seeder):
    downloads after each paper's publication, with its promise for the sales rep."""
    return [
        {
            "kind": "whitepaper_download",
            "page": paper,
            "after": paper.first_published_at,
            "data": {"promise": paper.promise[:500]},
        }
        for paper in WhitePaperPage.objects.live().order_by("pk")
    ]
