"""Authors become people (issue #12), last step: `authors` now points at website.Person.

The old many-to-many and the Author model go; the `people` field filled by
`0010` takes the name `authors` (its table becomes editorial_articlepage_authors).
Editorial's Theme and Persona leave the migration state once every app links
to website's.
"""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0010_authors_to_people"),
        ("webinars", "0003_taxonomy_to_website"),
        ("whitepapers", "0003_taxonomy_to_website"),
    ]

    operations = [
        migrations.RemoveField(model_name="articlepage", name="authors"),
        migrations.RenameField(model_name="articlepage", old_name="people", new_name="authors"),
        migrations.AlterField(
            model_name="articlepage",
            name="authors",
            field=modelcluster.fields.ParentalManyToManyField(blank=True, to="website.person", verbose_name="authors"),
        ),
        migrations.DeleteModel(name="Author"),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Theme"),
                migrations.DeleteModel(name="Persona"),
            ],
        ),
    ]
