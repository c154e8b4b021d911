import io
import json

from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images import get_image_model

import factory
import wagtail_factories
from PIL import Image as PillowImage

from editorial.models import ArticleIndexPage, ArticlePage, InfographicPage, Series
from tests.factories import ThemeFactory, french  # noqa: F401 - re-exported for the tests


def paragraph(words):
    return {"type": "paragraph", "value": "<p>" + " ".join(["vente"] * words) + "</p>"}


class SeriesFactory(factory.django.DjangoModelFactory):
    title = "Vente sociale"
    slug = factory.Sequence(lambda n: f"serie-{n}")
    locale = factory.LazyFunction(french)

    class Meta:
        model = Series


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = "articles"

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    standfirst = "Un chapeau qui résume l’article."
    body = factory.LazyFunction(lambda: [paragraph(100)])
    publication_date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = ArticlePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):

        if isinstance(kwargs.get("body"), list):
            kwargs["body"] = json.dumps(kwargs["body"])
        return super()._create(model_class, *args, **kwargs)


def png_image(title="Infographie", size=(600, 900)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, "#1f3a8a").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name="infographie.png")
    )


class InfographicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Infographie {n}")
    slug = factory.Sequence(lambda n: f"infographie-{n}")
    summary = "Les chiffres clés de la vente sociale."
    text_alternative = "<p>68 % des acheteurs B2B lisent trois contenus avant d’appeler.</p>"
    image = factory.LazyFunction(png_image)

    class Meta:
        model = InfographicPage
