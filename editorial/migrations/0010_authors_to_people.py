"""Authors become people (issue #12): copy every Author into website.Person.

Each copy keeps the author's translation key and locale, so translations stay
linked. Articles' author links, the author ids inside page revisions (drafts,
scheduled versions), reference-index rows and log entries follow the copies;
groups and users allowed to manage authors get the same rights on people.
Forward only: going back recreates empty authors.
"""

from django.conf import settings
from django.db import migrations

from website.taxonomy_migration import (
    content_type,
    copy_m2m,
    copy_people,
    grant_person_permissions,
    remap_references,
    remap_revisions,
)


def authors_to_people(apps, schema_editor):
    Author = apps.get_model("editorial", "Author")
    ArticlePage = apps.get_model("editorial", "ArticlePage")
    mapping = copy_people(apps, Author)
    copy_m2m(ArticlePage, "authors", "people", "author_id", mapping)
    remap_revisions(apps, content_type(apps, "editorial", "articlepage"), "authors", mapping)
    author_type = content_type(apps, "editorial", "author")
    remap_references(apps, author_type, mapping)
    grant_person_permissions(apps, author_type, settings.AUTH_USER_MODEL)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0009_taxonomy_to_website"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(authors_to_people, migrations.RunPython.noop)]
