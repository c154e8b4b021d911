"""The shared taxonomy (issue #12): Theme and Persona move here, Person is new.

Theme and Persona are taken over from `editorial` in the migration state only:
their tables were renamed in place by `editorial.0008_taxonomy_tables`, so no
row moves. Persona gains a stable `key` (the same in every translation), filled
here from each translation group's source slug. Person is the one snippet for
authors and speakers; `editorial.0010` and `webinars.0004` copy them into it.
"""

import uuid

import django.core.validators
import django.db.models.deletion
import modelsearch.index
from django.conf import settings
from django.db import migrations, models


def fill_persona_keys(apps, schema_editor):
    """One key per translation group: the slug of its source-language persona."""
    Persona = apps.get_model("website", "Persona")
    groups = {}
    for persona in Persona.objects.select_related("locale").order_by("pk"):
        groups.setdefault(persona.translation_key, []).append(persona)
    taken = set()
    for members in groups.values():
        source = next(
            (p for p in members if p.locale.language_code == settings.LANGUAGE_CODE), members[0]
        )
        base = source.slug[:74] or f"persona-{source.pk}"
        key, suffix = base, 2
        while key in taken:
            key, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(key)
        Persona.objects.filter(pk__in=[p.pk for p in members]).update(key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0008_taxonomy_tables"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("website", "0003_jobrun"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Theme",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=80, verbose_name="name")),
                        ("slug", models.SlugField(max_length=80, verbose_name="slug")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        ("colour", models.CharField(default="#1f3a8a", max_length=7, validators=[django.core.validators.RegexValidator("^#[0-9a-fA-F]{6}$", "Enter a colour like #1f3a8a.")], verbose_name="colour")),
                        ("active_from", models.DateField(blank=True, null=True, verbose_name="active from")),
                        ("active_until", models.DateField(blank=True, null=True, verbose_name="active until")),
                        ("locale", models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale")),
                    ],
                    options={
                        "verbose_name": "theme",
                        "verbose_name_plural": "themes",
                        "ordering": ["name"],
                        "abstract": False,
                        "constraints": [models.UniqueConstraint(fields=("slug", "locale"), name="unique_theme_slug_per_locale")],
                        "unique_together": {("translation_key", "locale")},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name="Persona",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=80, verbose_name="name")),
                        ("slug", models.SlugField(max_length=80, verbose_name="slug")),
                        ("profile", models.TextField(verbose_name="profile")),
                        ("responsibilities", models.TextField(blank=True, verbose_name="responsibilities")),
                        ("objectives", models.TextField(blank=True, verbose_name="objectives")),
                        ("challenges", models.TextField(blank=True, verbose_name="challenges")),
                        ("constraints", models.TextField(blank=True, verbose_name="constraints")),
                        ("decision_process", models.TextField(blank=True, verbose_name="decision process")),
                        ("locale", models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale")),
                    ],
                    options={
                        "verbose_name": "persona",
                        "verbose_name_plural": "personas",
                        "ordering": ["name"],
                        "abstract": False,
                        "constraints": [models.UniqueConstraint(fields=("slug", "locale"), name="unique_persona_slug_per_locale")],
                        "unique_together": {("translation_key", "locale")},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.AddField(
            model_name="persona",
            name="key",
            field=models.SlugField(blank=True, help_text="Stable identifier shared by every translation, used by lead scoring (e.g. sales-director). Filled from the source persona when empty.", max_length=80, verbose_name="key"),
        ),
        migrations.AddConstraint(
            model_name="persona",
            constraint=models.UniqueConstraint(condition=models.Q(("key", ""), _negated=True), fields=("key", "locale"), name="unique_persona_key_per_locale"),
        ),
        migrations.CreateModel(
            name="Person",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(max_length=120, verbose_name="name")),
                ("role", models.CharField(blank=True, max_length=120, verbose_name="role or job title")),
                ("company", models.CharField(blank=True, max_length=120, verbose_name="company")),
                ("bio", models.TextField(blank=True, verbose_name="biography")),
                ("linkedin_url", models.URLField(blank=True, verbose_name="LinkedIn profile")),
                ("locale", models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale")),
                ("photo", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="wagtailimages.image", verbose_name="photo")),
            ],
            options={
                "verbose_name": "person",
                "verbose_name_plural": "people",
                "ordering": ["name"],
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(fill_persona_keys, migrations.RunPython.noop),
    ]
