import time

from django.core import signing

import pytest

from leads.screening import FORM_SALT
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


BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0"


@pytest.fixture
def browser_client(client):
    """A test client that looks like a person's browser (bots are screened out)."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


@pytest.fixture
def submit_gate(browser_client, django_capture_on_commit_callbacks):
    """POST the gate of `paper` with `fields`, as a person who took their time."""

    def submit(paper, **fields):
        data = {
            "form_rendered_at": signing.dumps(int(time.time()) - 30, salt=FORM_SALT),
            "website": "",
            **fields,
        }
        with django_capture_on_commit_callbacks(execute=True):
            return browser_client.post(paper.url, data)

    return submit
