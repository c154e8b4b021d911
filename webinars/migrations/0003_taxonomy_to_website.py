"""Themes and personas move to `website` (issue #12): webinars' links follow.

The many-to-many tables already point at the renamed tables, so only the
migration state changes. A `people` field (to website.Person) is added for the
speakers; `0004` fills it and `0005` replaces `speakers` with it.
"""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("webinars", "0002_staff_permissions"),
        ("website", "0004_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="webinarpage",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.theme", verbose_name="themes"),
                ),
                migrations.AlterField(
                    model_name="webinarpage",
                    name="personas",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.persona", verbose_name="personas"),
                ),
            ],
        ),
        migrations.AddField(
            model_name="webinarpage",
            name="people",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name="+", to="website.person", verbose_name="speakers"),
        ),
    ]
