"""Themes and personas move to `website` (issue #12), step 1: rename their tables.

The tables get the names `website` gives its models, in place, so every row,
primary key and foreign key (pages' many-to-many tables, calendar items) stays.
`website.0004_taxonomy` then takes the models over in the migration state.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("editorial", "0007_article_newsletter_block")]

    operations = [
        migrations.AlterModelTable(name="theme", table="website_theme"),
        migrations.AlterModelTable(name="persona", table="website_persona"),
    ]
