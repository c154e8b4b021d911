"""Editors manage speakers; marketing managers run registrations; sales reps read them."""

from django.db import migrations

GRANTS = {
    "Editors": {"speaker": ["view", "add", "change"], "registration": ["view"]},
    "Editorial managers": {"speaker": ["view", "add", "change", "delete"], "registration": ["view"]},
    "Marketing managers": {"speaker": ["view"], "registration": ["view", "change"]},
    "Sales reps": {"registration": ["view"]},
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, models in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in models.items():
            content_type, _ = ContentType.objects.get_or_create(app_label="webinars", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("webinars", "0001_initial"),
        ("website", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
