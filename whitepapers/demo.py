"""Demo white papers for `seed_demo`: two written in Wagtail (the first also in
English) and one uploaded PDF. Idempotent: what exists (matched by slug) is left
alone; a paper without a ready PDF gets one built synchronously.
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

from website.demo import add_to_menu, ensure_translation, publish
from website.models import HomePage, Persona, Theme
from whitepapers import demo_content as content
from whitepapers.builds import build_now, run_build
from whitepapers.models import PdfBuild, WhitePaperIndexPage, WhitePaperPage

FONT = Path(settings.BASE_DIR) / "static" / "fonts" / "dejavu" / "DejaVuSans.ttf"
FONT_BOLD = Path(settings.BASE_DIR) / "static" / "fonts" / "dejavu" / "DejaVuSans-Bold.ttf"
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


def _paragraph(text):
    return {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}


def _chapters(spec_language, figure_image):
    """The raw StreamField data of a paper's chapters."""
    body = []
    for heading, paragraphs, extras in spec_language["chapters"]:
        blocks = [_paragraph(text) for text in paragraphs]
        for extra in extras:
            kind = extra[0]
            if kind == "key_figure":
                value = {"figure": extra[1], "label": extra[2], "source": "Aimant, 2025"}
            elif kind == "quote":
                value = {"text": extra[1], "attribution": extra[2]}
            elif kind == "table":
                value = {
                    "data": extra[1],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                }
            else:
                value = {
                    "image": {
                        "image": figure_image.pk,
                        "decorative": False,
                        "alt_text": spec_language["figure_caption"],
                    },
                    "caption": spec_language["figure_caption"],
                }
            blocks.append({"type": kind, "value": value})
        body.append({"type": "chapter", "value": {"heading": heading, "content": blocks}})
    return body


def _page_fields(spec_language):
    return {
        name: spec_language[name] for name in ("title", "slug", "subtitle", "promise", "summary")
    }


def _ensure_index(home, locale, fields):
    index = WhitePaperIndexPage.objects.child_of(home).first()
    if index is None:
        index = WhitePaperIndexPage(locale=locale, **fields)
        home.add_child(instance=index)
        publish(index)
    return index


def _tag(page, spec):
    page.themes.set(Theme.objects.filter(slug__in=spec["themes"], locale=page.locale))
    page.personas.set(Persona.objects.filter(slug__in=spec["personas"], locale=page.locale))


def _ensure_pdf(page):
    """Build the PDF now unless a ready (or queued) build exists."""
    if not page.is_written_in_wagtail or page.current_build() is not None:
        return
    pending = page.pdf_builds.filter(status=PdfBuild.Status.PENDING).first()
    build = run_build(pending.pk) if pending else build_now(page)
    if build.status != PdfBuild.Status.SUCCEEDED:
        raise RuntimeError(f"Demo PDF build failed for {page.slug}: {build.error}")


def _ensure_written_paper(index, locale, spec, language, **options):
    fields = spec[language]
    existing = WhitePaperPage.objects.child_of(index).filter(slug=fields["slug"]).first()
    if existing is not None:
        return existing, False
    title, labels = spec["chart"][language]
    chart = _chart_image(spec["key"], language, title, labels, spec["chart"]["values"])
    page = WhitePaperPage(
        locale=locale,
        cover_image=_cover_image(spec["key"], fields["title"]),
        body=_chapters(fields, chart),
        **_page_fields(fields),
        **options,
    )
    index.add_child(instance=page)
    _tag(page, spec)
    publish(page)
    return page, True


def _checklist_pdf(spec_language):
    """The uploaded paper: a two-page checklist rendered once to a PDF document."""
    from weasyprint import HTML

    questions = "".join(f"<li>{escape(q)}</li>" for q in spec_language["questions"])
    html = (
        "<html><head><style>@page { size: A4; margin: 25mm; }"
        "body { font-family: sans-serif; } h1 { color: #1f3a8a; }"
        "li { margin: 0 0 6mm; } .notes { break-before: page; }</style></head><body>"
        f"<h1>{escape(spec_language['title'])}</h1><p>{escape(spec_language['promise'])}</p>"
        f"<ol>{questions}</ol><section class='notes'><h2>Notes</h2></section></body></html>"
    )
    pdf = HTML(string=html).write_pdf()
    return get_document_model().objects.create(
        title=spec_language["title"],
        file=ContentFile(pdf, name=f"{spec_language['slug']}.pdf"),
    )


def _ensure_uploaded_paper(index, locale, spec):
    fields = spec["fr"]
    existing = WhitePaperPage.objects.child_of(index).filter(slug=fields["slug"]).first()
    if existing is not None:
        return existing, False
    page = WhitePaperPage(
        locale=locale,
        document=_checklist_pdf(fields),
        require_last_name=False,
        allow_immediate_download=True,
        **_page_fields(fields),
    )
    index.add_child(instance=page)
    _tag(page, spec)
    publish(page)
    return page, True


@transaction.atomic
def seed_whitepapers():
    """The white-paper indexes and three demo papers; returns a one-line summary."""
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    index_fr = _ensure_index(HomePage.objects.get(locale=fr), fr, content.INDEX["fr"])
    # The English index is the French one's translation, so papers can be translated.
    index_en = ensure_translation(index_fr, en, content.INDEX["en"])
    add_to_menu("header", index_fr, 2)
    add_to_menu("header", index_en, 2)

    created = 0
    guide, new = _ensure_written_paper(
        index_fr, fr, content.CONTENT_LED, "fr", allow_immediate_download=True
    )
    created += new
    guide_en = guide.get_translation_or_none(en)
    if guide_en is None:
        spec_en = content.CONTENT_LED["en"]
        title, labels = content.CONTENT_LED["chart"]["en"]
        chart = _chart_image(
            "content-led-prospecting", "en", title, labels, content.CONTENT_LED["chart"]["values"]
        )
        guide_en = ensure_translation(
            guide,
            en,
            {
                **_page_fields(spec_en),
                "cover_image": _cover_image("content-led-prospecting-en", spec_en["title"]),
                "body": _chapters(spec_en, chart),
            },
        )
        created += 1
    scoring, new = _ensure_written_paper(
        index_fr, fr, content.LEAD_SCORING, "fr", personalised_copies=True, require_job_title=True
    )
    created += new
    checklist, new = _ensure_uploaded_paper(index_fr, fr, content.CHECKLIST_PDF)
    created += new

    for paper in (guide, guide_en, scoring, checklist):
        _ensure_pdf(WhitePaperPage.objects.get(pk=paper.pk))
    return (
        f"White papers: {created} created (2 written in Wagtail, one also in English; "
        "1 uploaded PDF), PDFs built"
    )
