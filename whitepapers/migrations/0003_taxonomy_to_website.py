"""Themes and personas move to `website` (issue #12): white papers' links follow.

The many-to-many tables already point at the renamed tables, so only the
migration state changes.
"""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("whitepapers", "0002_staff_permissions"),
        ("website", "0004_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="whitepaperpage",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.theme", verbose_name="themes"),
                ),
                migrations.AlterField(
                    model_name="whitepaperpage",
                    name="personas",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.persona", verbose_name="personas"),
                ),
            ],
        ),
    ]
