import json

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import factory
import wagtail_factories
from weasyprint import HTML

from tests.editorial.factories import png_image
from whitepapers.models import WhitePaperIndexPage, WhitePaperPage

SENTENCE = (
    "Les acheteurs B2B lisent plusieurs contenus avant de parler à un commercial, "
    "et la confiance se construit contenu après contenu. "
)


def chapter(heading, *, paragraphs=3, extra=()):
    """A chapter block: `paragraphs` paragraphs of text, then the `extra` blocks."""
    content = [
        {"type": "paragraph", "value": f"<p>{heading} — {SENTENCE * 6}</p>"}
        for _ in range(paragraphs)
    ]
    content.extend(extra)
    return {"type": "chapter", "value": {"heading": heading, "content": content}}


def key_figure(figure="68 %", label="des acheteurs lisent trois contenus"):
    return {"type": "key_figure", "value": {"figure": figure, "label": label, "source": ""}}


def table(rows):
    return {
        "type": "table",
        "value": {"data": rows, "first_row_is_table_header": True, "first_col_is_header": False},
    }


def figure(caption="Figure 1 : le tunnel de conversion"):
    image = png_image(title="Schéma", size=(800, 400))
    return {
        "type": "figure",
        "value": {
            "image": {"image": image.pk, "decorative": False, "alt_text": "Un schéma"},
            "caption": caption,
        },
    }


def pdf_document(title="Guide PDF"):
    """A real (tiny) PDF uploaded as a Wagtail document."""

    pdf = HTML(string="<h1>Guide</h1><p>Une page.</p>").write_pdf()
    return get_document_model().objects.create(title=title, file=ContentFile(pdf, name="guide.pdf"))


class WhitePaperIndexPageFactory(wagtail_factories.PageFactory):
    title = "Livres blancs"
    slug = "livres-blancs"

    class Meta:
        model = WhitePaperIndexPage


class WhitePaperPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Livre blanc {n}")
    slug = factory.Sequence(lambda n: f"livre-blanc-{n}")
    subtitle = "Le guide pratique"
    promise = "Comment attirer des prospects qualifiés sans prospection à froid."
    summary = "Trois chapitres pour passer de la prospection à l’attraction."
    body = factory.LazyFunction(
        lambda: [chapter("Pourquoi la prospection à froid s’essouffle"), chapter("Attirer")]
    )

    class Meta:
        model = WhitePaperPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if isinstance(kwargs.get("body"), list):
            kwargs["body"] = json.dumps(kwargs["body"])
        return super()._create(model_class, *args, **kwargs)
