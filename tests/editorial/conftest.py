import pytest

from tests.editorial.factories import ArticleIndexPageFactory
from tests.factories import english, french, translate


@pytest.fixture
def article_index(site_tree):
    index_fr = ArticleIndexPageFactory(parent=site_tree["home_fr"], locale=french())
    index_en = translate(index_fr, english(), title="Articles", slug="articles")
    return {"fr": index_fr, "en": index_en}
