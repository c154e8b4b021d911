"""Contacts link to the shared personas (issue #12), step 1: the new columns.

`persona_link` (to website.Persona) is filled by `0010` from the free-text
`persona`, and takes its name in `0011`; `persona_label` keeps a free-text
value that matches no persona, so nothing typed before is lost.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0008_audience_permissions"),
        ("website", "0004_taxonomy"),
    ]

    operations = [
        migrations.AddField(
            model_name="contact",
            name="persona_link",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="website.persona", verbose_name="persona"),
        ),
        migrations.AddField(
            model_name="contact",
            name="persona_label",
            field=models.CharField(blank=True, help_text="A persona written by hand that matches none of the personas.", max_length=100, verbose_name="persona (free text)"),
        ),
    ]
