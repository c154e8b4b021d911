import pytest

from tests.factories import english, french, translate
from tests.whitepapers.factories import WhitePaperIndexPageFactory, WhitePaperPageFactory


@pytest.fixture
def paper_index(site_tree):
    index_fr = WhitePaperIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    index_en = translate(index_fr, english(), title="White papers", slug="white-papers")
    return {"fr": index_fr, "en": index_en}


@pytest.fixture
def make_paper(paper_index, django_capture_on_commit_callbacks):
    """Create and publish a paper (which builds its PDF: tasks run inline in tests)."""

    def make(**fields):
        paper = WhitePaperPageFactory(parent=paper_index["fr"], locale=french(), **fields)
        with django_capture_on_commit_callbacks(execute=True):
            paper.save_revision().publish()
        paper.refresh_from_db()
        return paper

    return make
