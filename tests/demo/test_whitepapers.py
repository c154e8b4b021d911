"""The demo white papers: written in Wagtail with built PDFs, or uploaded."""

import io

from pypdf import PdfReader

from website.demo_files import load_items
from whitepapers.models import WhitePaperPage


def test_every_file_is_a_paper_in_each_of_its_languages():
    for item in load_items("whitepapers", "papers"):
        pages = WhitePaperPage.objects.live().filter(
            slug__in=[item.field("slug", code) for code in item.languages]
        )
        assert {page.locale.language_code for page in pages} == set(item.languages), item.key
        for page in pages:
            assert page.is_written_in_wagtail != bool(item.get("uploaded")), item.key
            assert page.themes.exists() and page.personas.exists()


def test_written_papers_have_chapters_and_a_built_pdf():
    papers = WhitePaperPage.objects.live()
    written = [paper for paper in papers if paper.is_written_in_wagtail]
    assert written and papers.filter(document__isnull=False).exists()
    for paper in written:
        chapters = paper.chapters()
        assert len(chapters) >= 3
        types = {block.block_type for chapter in chapters for block in chapter["content"]}
        assert "paragraph" in types and types & {"figure", "table", "key_figure"}
        build = paper.current_build()
        reader = PdfReader(io.BytesIO(build.file.open("rb").read()))
        assert len(reader.pages) == build.page_count > 4
        # Cover, contents, then the first chapter on page 3.
        assert chapters[0]["heading"] in reader.pages[2].extract_text()
    types = {
        block.block_type
        for paper in written
        for chapter in paper.chapters()
        for block in chapter["content"]
    }
    assert {"paragraph", "figure", "table", "key_figure", "quote"} <= types


def test_paper_pages_render(demo_client):
    for paper in WhitePaperPage.objects.live():
        assert demo_client.get(paper.url).status_code == 200, paper.url
