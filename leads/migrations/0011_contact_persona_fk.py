"""Contacts link to the shared personas (issue #12), step 3: `persona` is the link.

The free-text column goes (its values were mapped by `0010` or kept in
`persona_label`) and `persona_link` takes the name `persona`.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("leads", "0010_contact_persona_data")]

    operations = [
        migrations.RemoveField(model_name="contact", name="persona"),
        migrations.RenameField(model_name="contact", old_name="persona_link", new_name="persona"),
        migrations.AlterField(
            model_name="contact",
            name="persona",
            field=models.ForeignKey(blank=True, help_text="Guessed from the job title.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="contacts", to="website.persona", verbose_name="persona"),
        ),
    ]
