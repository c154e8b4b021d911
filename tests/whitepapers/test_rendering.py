"""The WeasyPrint renderer, checked by parsing the real PDF back with pypdf."""

import io
import re
from datetime import date

from django.utils import translation

import pytest
from pypdf import PdfReader

from tests.whitepapers.factories import chapter, figure, key_figure, table
from whitepapers.models import PdfBuild
from whitepapers.rendering import (
    LocalOnlyFetcher,
    Personalisation,
    RemoteFetchRefused,
    render_paper,
)


def pages_text(pdf):
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def normalise(text):
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def paper(make_paper):
    return make_paper(
        title="Vendre sans prospecter",
        body=[
            chapter("Le constat", paragraphs=2, extra=[key_figure()]),
            chapter(
                "La méthode",
                paragraphs=14,
                extra=[figure(), table([["Canal", "Taux"], ["LinkedIn", "48 %"]])],
            ),
            chapter("Le plan d’action", paragraphs=2),
        ],
    )


def test_publishing_builds_a_stored_pdf_with_cover_toc_and_chapters(paper):
    build = paper.current_build()
    assert build.status == PdfBuild.Status.SUCCEEDED
    assert build.file.name.startswith("whitepapers/") and build.file.name.endswith(".pdf")
    pdf = build.file.open("rb").read()
    assert pdf.startswith(b"%PDF")
    texts = pages_text(pdf)
    assert build.page_count == len(texts) > 4
    assert "Vendre sans prospecter" in texts[0]  # the cover
    with translation.override("fr"):
        assert translation.gettext("Contents") in texts[1]  # the paper's language
    # Every chapter starts a new page, and the TOC gives that page's number.
    toc = normalise(texts[1])
    for heading in ("Le constat", "La méthode", "Le plan d’action"):
        match = re.search(re.escape(heading) + r"[ .]*(\d+)", toc)
        assert match, f"{heading} missing from the TOC: {toc}"
        number = int(match.group(1))
        assert normalise(texts[number - 1]).find(heading) != -1
    # The long chapter overflows, so the last chapter's page is not simply +1.
    numbers = [int(n) for n in re.findall(r"\.\s*(\d+)", toc)]
    assert numbers[2] - numbers[1] > 1


def test_running_header_and_footer_carry_title_chapter_and_page_numbers(paper):
    texts = pages_text(paper.current_build().file.open("rb").read())
    total = len(texts)
    third = normalise(texts[2])
    assert "Le constat" in third  # running header: the chapter
    assert f"3 / {total}" in third  # footer: page number out of the total
    assert "Vendre sans prospecter" in normalise(texts[-1])


def test_figures_key_figures_and_tables_are_rendered(paper):
    text = normalise(" ".join(pages_text(paper.current_build().file.open("rb").read())))
    assert "Figure 1 : le tunnel de conversion" in text
    assert "68 %" in text and "des acheteurs lisent trois contenus" in text
    assert "LinkedIn" in text and "48 %" in text


def test_fonts_are_the_shipped_fonts_embedded_in_the_pdf(paper):
    reader = PdfReader(io.BytesIO(paper.current_build().file.open("rb").read()))
    fonts = {}
    for page in reader.pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"]).split("+")[-1]] = "/FontFile2" in descriptor
    # The families declared by @font-face (static/fonts/dejavu), not system fonts.
    assert fonts.get("Aimant-Sans") is True
    assert fonts.get("Aimant-Serif-Bold") is True


def test_personalised_copy_names_the_reader_on_cover_and_footer(paper):
    personalisation = Personalisation(
        name="Claire Martin",
        company="Acme Industrie",
        document_id="K7M2Q9XA",
        prepared_on=date(2026, 11, 22),
    )
    line = personalisation.line("fr")
    assert "Claire Martin, Acme Industrie — 22 novembre 2026" in line
    texts = [normalise(text) for text in pages_text(render_paper(paper, personalisation).pdf)]
    assert line in texts[0]
    assert "K7M2Q9XA" in texts[0]
    assert "Claire Martin" in texts[3] and "K7M2Q9XA" in texts[3]  # a body page's footer


def test_the_renderer_never_fetches_remote_addresses(paper, settings):
    fetcher = LocalOnlyFetcher()
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "https://example.com/static/css/aimant.css",
        "http://aimant.invalid/static/../../../../etc/passwd",
        "http://aimant.invalid/media/../settings.py",
    ):
        with pytest.raises(RemoteFetchRefused):
            fetcher.fetch(url)
    # Static files and media referenced by the document itself are read locally.
    assert fetcher.fetch("http://aimant.invalid/static/css/whitepaper-print.css").read()


def test_remote_image_in_content_is_skipped_and_the_build_still_succeeds(make_paper):
    paper = make_paper(
        body=[
            {
                "type": "chapter",
                "value": {
                    "heading": "Chapitre",
                    "content": [
                        {
                            "type": "paragraph",
                            "value": '<p>Texte <a href="http://127.0.0.1:9/x">lien</a></p>',
                        }
                    ],
                },
            }
        ]
    )
    assert paper.current_build().status == PdfBuild.Status.SUCCEEDED
