"""Contacts link to the shared personas (issue #12), step 2: map the free text.

A contact's old free-text persona is matched, case-insensitively, against the
personas' names in every language, their slugs and keys, and the four English
labels the job-title guess used to store ("Sales leader"…, mapped to the keys
the guess now uses). A match links the contact to the persona's source-language
version; anything else is kept as is in `persona_label`. Fit rules on the
persona that named one of those labels now name its key.
"""

from django.conf import settings
from django.db import migrations

# What leads.personas used to store → the persona key it guesses today.
LEGACY_LABELS = {
    "executive": "sme-ceo",
    "sales leader": "sales-director",
    "marketing leader": "marketing-manager",
    "hr leader": "hr-manager",
}


def _persona_index(Persona):
    """{case-folded name, slug or key: persona to link}, preferring the source language."""
    groups = {}
    for persona in Persona.objects.select_related("locale").order_by("pk"):
        groups.setdefault(persona.translation_key, []).append(persona)
    index = {}
    for members in groups.values():
        target = next(
            (p for p in members if p.locale.language_code == settings.LANGUAGE_CODE), members[0]
        )
        for persona in members:
            for text in (persona.name, persona.slug, persona.key):
                if text:
                    index.setdefault(text.strip().casefold(), target)
    return index


def map_personas(apps, schema_editor):
    Contact = apps.get_model("leads", "Contact")
    Persona = apps.get_model("website", "Persona")
    FitRule = apps.get_model("leads", "FitRule")
    index = _persona_index(Persona)
    values = Contact.objects.exclude(persona="").values_list("persona", flat=True).distinct()
    for value in list(values):
        text = value.strip().casefold()
        target = index.get(text) or index.get(LEGACY_LABELS.get(text, ""))
        contacts = Contact.objects.filter(persona=value)
        if target is not None:
            contacts.update(persona_link=target, persona_label="")
        else:
            contacts.update(persona_link=None, persona_label=value.strip()[:100])
    for rule in FitRule.objects.filter(field="persona"):
        options = [option.strip() for option in rule.value.split(",")]
        mapped = [LEGACY_LABELS.get(option.casefold(), option) for option in options]
        if mapped != options:
            FitRule.objects.filter(pk=rule.pk).update(value=", ".join(mapped))


def restore_free_text(apps, schema_editor):
    Contact = apps.get_model("leads", "Contact")
    for contact in Contact.objects.exclude(persona_link=None).select_related("persona_link"):
        Contact.objects.filter(pk=contact.pk).update(persona=contact.persona_link.name)
    for contact in Contact.objects.exclude(persona_label=""):
        Contact.objects.filter(pk=contact.pk).update(persona=contact.persona_label)


class Migration(migrations.Migration):
    dependencies = [("leads", "0009_contact_persona_link")]

    operations = [migrations.RunPython(map_personas, restore_free_text)]
