"""Themes and personas move to `website` (issue #12), step 3: editorial's links follow.

The many-to-many tables and calendar foreign keys already point at the renamed
tables, so only the migration state changes. The content types are relabelled
(editorial.theme → website.theme, same id), which keeps permissions, the groups
holding them, reference-index rows, log entries and search entries. A new
`people` field (to website.Person) is added for the authors; `0010` fills it
and `0011` replaces `authors` with it.
"""

import modelcluster.fields
from django.db import migrations, models

import website.content_kinds
from website.taxonomy_migration import move_content_type


def relabel_content_types(apps, schema_editor):
    for model in ("theme", "persona"):
        move_content_type(apps, model, "editorial", "website")


def restore_content_types(apps, schema_editor):
    for model in ("theme", "persona"):
        move_content_type(apps, model, "website", "editorial")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("editorial", "0008_taxonomy_tables"),
        ("website", "0004_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="articlepage",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.theme", verbose_name="themes"),
                ),
                migrations.AlterField(
                    model_name="articlepage",
                    name="personas",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.persona", verbose_name="personas"),
                ),
                migrations.AlterField(
                    model_name="infographicpage",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.theme", verbose_name="themes"),
                ),
                migrations.AlterField(
                    model_name="calendaritem",
                    name="theme",
                    field=models.ForeignKey(blank=True, null=True, on_delete=models.deletion.SET_NULL, related_name="calendar_items", to="website.theme", verbose_name="theme"),
                ),
                migrations.AlterField(
                    model_name="calendaritem",
                    name="persona",
                    field=models.ForeignKey(blank=True, null=True, on_delete=models.deletion.SET_NULL, related_name="calendar_items", to="website.persona", verbose_name="persona"),
                ),
            ],
        ),
        # The kinds now come from the shared registry; stored values are unchanged.
        migrations.AlterField(
            model_name="calendaritem",
            name="kind",
            field=models.CharField(choices=website.content_kinds.content_kind_choices, default="article", max_length=20, verbose_name="content type"),
        ),
        migrations.AddField(
            model_name="articlepage",
            name="people",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name="+", to="website.person", verbose_name="authors"),
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
    ]
