import time

import pytest

from leads.api import form_timestamp
from tests.factories import english, french, translate
from tests.webinars.factories import WebinarIndexPageFactory, WebinarPageFactory


@pytest.fixture
def webinar_index(site_tree):
    index_fr = WebinarIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    index_en = translate(index_fr, english(), title="Webinars", slug="webinars")
    return {"fr": index_fr, "en": index_en}


@pytest.fixture
def webinar(webinar_index):
    return WebinarPageFactory(
        parent=webinar_index["fr"], locale=french(), title="Vendre sur LinkedIn"
    )


@pytest.fixture
def form_data():
    """A human-looking submission: consent given, form shown a minute ago."""

    def build(**overrides):
        data = {
            "email": "Elodie.Garcon@Example.org",
            "first_name": "Élodie",
            "last_name": "Garçon",
            "company": "Garçon & Fils",
            "consent": "on",
            "website": "",
            "form_rendered_at": form_timestamp(at=time.time() - 60),
        }
        data.update(overrides)
        return data

    return build
