"""Speakers become people (issue #12): copy every Speaker into website.Person.

Each copy keeps the speaker's translation key and locale (translations stay
linked) and company. Webinars' speaker links, the speaker ids inside page
revisions, reference-index rows and log entries follow the copies; groups and
users allowed to manage speakers get the same rights on people.
Forward only: going back recreates empty speakers.
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


def speakers_to_people(apps, schema_editor):
    Speaker = apps.get_model("webinars", "Speaker")
    WebinarPage = apps.get_model("webinars", "WebinarPage")
    mapping = copy_people(apps, Speaker, company_field="company")
    copy_m2m(WebinarPage, "speakers", "people", "speaker_id", mapping)
    remap_revisions(apps, content_type(apps, "webinars", "webinarpage"), "speakers", mapping)
    speaker_type = content_type(apps, "webinars", "speaker")
    remap_references(apps, speaker_type, mapping)
    grant_person_permissions(apps, speaker_type, settings.AUTH_USER_MODEL)


class Migration(migrations.Migration):
    dependencies = [
        ("webinars", "0003_taxonomy_to_website"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(speakers_to_people, migrations.RunPython.noop)]
