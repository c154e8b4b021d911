"""Speakers become people (issue #12), last step: `speakers` now points at website.Person.

The old many-to-many and the Speaker model go; the `people` field filled by
`0004` takes the name `speakers` (its table becomes webinars_webinarpage_speakers).
"""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("webinars", "0004_speakers_to_people")]

    operations = [
        migrations.RemoveField(model_name="webinarpage", name="speakers"),
        migrations.RenameField(model_name="webinarpage", old_name="people", new_name="speakers"),
        migrations.AlterField(
            model_name="webinarpage",
            name="speakers",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.person", verbose_name="speakers"),
        ),
        migrations.DeleteModel(name="Speaker"),
    ]
