"""The taxonomy migrations (issue #12) keep every row: authors, speakers, themes, personas.

The database is taken back to the state before the move (themes and personas
in editorial, Author and Speaker, free-text contact personas), filled through
the historical models, then migrated forward. Runs on SQLite and PostgreSQL.
"""

import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [
    ("editorial", "0007_article_newsletter_block"),
    ("webinars", "0002_staff_permissions"),
    ("whitepapers", "0002_staff_permissions"),
    ("website", "0003_jobrun"),
    ("leads", "0008_audience_permissions"),
]


def _migrate(targets):
    """Migrate to `targets` and return the historical apps of that state."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def _latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def _page(apps, model_name, app_label, path, locale, **fields):
    """A page row made by hand (historical models have no tree methods)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    model = apps.get_model(app_label, model_name)
    return model.objects.create(
        title=fields.pop("title"),
        draft_title="x",
        slug=f"page-{path.lower()}",
        path=path,
        depth=2,
        numchild=0,
        url_path=f"/page-{path.lower()}/",
        content_type=content_type,
        locale=locale,
        translation_key=uuid.uuid4(),
        **fields,
    )


def _translations(model, fr, en, fr_fields, en_fields):
    key = uuid.uuid4()
    source = model.objects.create(translation_key=key, locale=fr, **fr_fields)
    translation = model.objects.create(translation_key=key, locale=en, **en_fields)
    return source, translation


def _seed_old_schema(apps):
    """Rows as they existed before the move; returns the ids the assertions need."""
    Locale = apps.get_model("wagtailcore", "Locale")
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    Theme = apps.get_model("editorial", "Theme")
    Persona = apps.get_model("editorial", "Persona")
    Author = apps.get_model("editorial", "Author")
    Speaker = apps.get_model("webinars", "Speaker")
    theme, theme_en = _translations(
        Theme,
        fr,
        en,
        {"name": "Vente sociale", "slug": "vente-sociale"},
        {"name": "Social selling", "slug": "social-selling"},
    )
    sales, sales_en = _translations(
        Persona,
        fr,
        en,
        {"name": "Directrice commerciale", "slug": "directrice-commerciale", "profile": "p"},
        {"name": "Sales director", "slug": "sales-director-en", "profile": "p"},
    )
    ceo = Persona.objects.create(
        translation_key=uuid.uuid4(),
        locale=fr,
        name="Dirigeant de PME",
        slug="sme-ceo",
        profile="p",
    )
    author, author_en = _translations(
        Author,
        fr,
        en,
        {
            "name": "Claire Martin",
            "role": "Rédactrice",
            "bio": "Bio FR",
            "linkedin_url": "https://www.linkedin.com/in/cm",
        },
        {
            "name": "Claire Martin",
            "role": "Writer",
            "bio": "Bio EN",
            "linkedin_url": "https://www.linkedin.com/in/cm",
        },
    )
    speaker, speaker_en = _translations(
        Speaker,
        fr,
        en,
        {"name": "Julien Moreau", "role": "Directeur", "company": "Hydrovia", "bio": "FR"},
        {"name": "Julien Moreau", "role": "Director", "company": "Hydrovia", "bio": "EN"},
    )
    article = _page(
        apps, "articlepage", "editorial", "0001ZZZY", fr, title="Article", standfirst="s", body="[]"
    )
    article.authors.through.objects.create(articlepage_id=article.pk, author_id=author.pk)
    article.themes.through.objects.create(articlepage_id=article.pk, theme_id=theme.pk)
    article.personas.through.objects.create(articlepage_id=article.pk, persona_id=sales.pk)
    now = timezone.now()
    webinar = _page(
        apps,
        "webinarpage",
        "webinars",
        "0001ZZZZ",
        fr,
        title="Webinaire",
        summary="s",
        starts_at=now,
        ends_at=now,
        agenda="[]",
        registration_questions="[]",
    )
    webinar.speakers.through.objects.create(webinarpage_id=webinar.pk, speaker_id=speaker.pk)
    webinar.themes.through.objects.create(webinarpage_id=webinar.pk, theme_id=theme.pk)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    revision = Revision.objects.create(
        content_type=ContentType.objects.get(app_label="webinars", model="webinarpage"),
        base_content_type=ContentType.objects.get_or_create(app_label="wagtailcore", model="page")[
            0
        ],
        object_id=str(webinar.pk),
        object_str="Webinaire",
        content={"title": "Webinaire", "speakers": [speaker.pk]},
        created_at=now,
    )
    CalendarItem = apps.get_model("editorial", "CalendarItem")
    item = CalendarItem.objects.create(
        title="Idée", kind="webinar", theme=theme, persona=sales, locale=fr
    )
    Contact = apps.get_model("leads", "Contact")
    personas = {
        "legacy@example.com": "Sales leader",
        "english@example.com": "sales DIRECTOR",
        "ceo@example.com": "Dirigeant de PME",
        "exec@example.com": "Executive",
        "unknown@example.com": "Growth hacker",
        "none@example.com": "",
    }
    for email, persona in personas.items():
        Contact.objects.create(email=email, persona=persona)
    FitRule = apps.get_model("leads", "FitRule")
    FitRule.objects.update_or_create(
        name="Sales leader persona",
        defaults={"field": "persona", "operator": "equals", "value": "Sales leader", "points": 10},
    )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    reviewers = Group.objects.create(name="Reviewers")
    for app_label, model, codename in [
        ("editorial", "author", "view_author"),
        ("webinars", "speaker", "change_speaker"),
        ("editorial", "theme", "view_theme"),
    ]:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename}
        )
        reviewers.permissions.add(permission)
    return {
        "theme": theme.pk,
        "theme_en": theme_en.pk,
        "sales": sales.pk,
        "sales_en": sales_en.pk,
        "ceo": ceo.pk,
        "author_key": author.translation_key,
        "speaker_key": speaker.translation_key,
        "article": article.pk,
        "webinar": webinar.pk,
        "revision": revision.pk,
        "item": item.pk,
    }


def test_taxonomy_migrations_keep_every_row():
    latest = _latest()
    try:
        ids = _seed_old_schema(_migrate(BEFORE))
        apps = _migrate(latest)
    finally:
        _migrate(latest)

    Theme = apps.get_model("website", "Theme")
    Persona = apps.get_model("website", "Persona")
    Person = apps.get_model("website", "Person")
    theme = Theme.objects.get(pk=ids["theme"])
    assert theme.name == "Vente sociale"
    assert Theme.objects.get(pk=ids["theme_en"]).translation_key == theme.translation_key

    sales = Persona.objects.get(pk=ids["sales"])
    assert Persona.objects.get(pk=ids["sales_en"]).translation_key == sales.translation_key
    # One key per translation group, from the French slug.
    assert sales.key == "directrice-commerciale"
    assert Persona.objects.get(pk=ids["sales_en"]).key == "directrice-commerciale"

    authors = Person.objects.filter(translation_key=ids["author_key"])
    assert {(p.locale.language_code, p.role, p.bio) for p in authors} == {
        ("fr", "Rédactrice", "Bio FR"),
        ("en", "Writer", "Bio EN"),
    }
    speakers = Person.objects.filter(translation_key=ids["speaker_key"])
    assert {(p.locale.language_code, p.role, p.company) for p in speakers} == {
        ("fr", "Directeur", "Hydrovia"),
        ("en", "Director", "Hydrovia"),
    }
    speaker_fr = speakers.get(locale__language_code="fr")

    ArticlePage = apps.get_model("editorial", "ArticlePage")
    article = ArticlePage.objects.get(pk=ids["article"])
    assert [p.translation_key for p in article.authors.all()] == [ids["author_key"]]
    assert list(article.themes.values_list("pk", flat=True)) == [ids["theme"]]
    assert list(article.personas.values_list("pk", flat=True)) == [ids["sales"]]
    WebinarPage = apps.get_model("webinars", "WebinarPage")
    webinar = WebinarPage.objects.get(pk=ids["webinar"])
    assert list(webinar.speakers.all()) == [speaker_fr]
    assert list(webinar.themes.values_list("pk", flat=True)) == [ids["theme"]]
    revision = apps.get_model("wagtailcore", "Revision").objects.get(pk=ids["revision"])
    assert revision.content["speakers"] == [speaker_fr.pk]

    item = apps.get_model("editorial", "CalendarItem").objects.get(pk=ids["item"])
    assert (item.theme_id, item.persona_id, item.kind) == (ids["theme"], ids["sales"], "webinar")

    Contact = apps.get_model("leads", "Contact")
    mapped = {c.email: (c.persona_id, c.persona_label) for c in Contact.objects.all()}
    assert mapped["english@example.com"] == (ids["sales"], "")  # English name, any case
    assert mapped["ceo@example.com"] == (ids["ceo"], "")  # key sme-ceo from the slug
    assert mapped["exec@example.com"] == (ids["ceo"], "")  # the guess's old label → key
    assert mapped["legacy@example.com"] == (None, "Sales leader")  # no sales-director key here
    assert mapped["unknown@example.com"] == (None, "Growth hacker")
    assert mapped["none@example.com"] == (None, "")

    rule = apps.get_model("leads", "FitRule").objects.get(name="Sales leader persona")
    assert rule.value == "sales-director"

    reviewers = apps.get_model("auth", "Group").objects.get(name="Reviewers")
    granted = {(p.content_type.app_label, p.codename) for p in reviewers.permissions.all()}
    assert {
        ("website", "view_person"),
        ("website", "change_person"),
        ("website", "view_theme"),
    } <= granted
    assert (
        not apps.get_model("contenttypes", "ContentType")
        .objects.filter(app_label="editorial", model__in=["theme", "persona"])
        .exists()
    )
