import io

from whitepapers.demo import seed_whitepapers
from whitepapers.models import PdfBuild, WhitePaperPage


def test_demo_white_papers_are_bilingual_with_built_pdfs(site_tree, client):
    from pypdf import PdfReader

    seed_whitepapers()
    papers = WhitePaperPage.objects.live()
    assert papers.filter(locale__language_code="fr").count() == 3
    assert papers.filter(locale__language_code="en").count() == 1
    written = [paper for paper in papers if paper.is_written_in_wagtail]
    assert len(written) == 3 and papers.filter(document__isnull=False).count() == 1
    for paper in written:
        assert len(paper.chapters()) >= 3
        types = {block.block_type for chapter in paper.chapters() for block in chapter["content"]}
        assert {"paragraph", "figure", "table"} <= types
        build = paper.current_build()
        reader = PdfReader(io.BytesIO(build.file.open("rb").read()))
        assert len(reader.pages) == build.page_count > 4
        # Cover, contents, then the first chapter on page 3.
        assert paper.chapters()[0]["heading"] in reader.pages[2].extract_text()
    english = papers.get(locale__language_code="en")
    assert english.title == "Prospecting without cold calls"
    assert client.get(english.url).status_code == 200

    builds = PdfBuild.objects.count()
    seed_whitepapers()  # idempotent: nothing rebuilt or duplicated
    assert WhitePaperPage.objects.count() == 4 and PdfBuild.objects.count() == builds
