"""Editors manage the editorial line; editorial managers may also delete from it."""

from django.db import migrations

MODELS = ["theme", "persona", "author", "series"]
GRANTS = {
    "Editors": ["view", "add", "change"],
    "Editorial managers": ["view", "add", "change", "delete"],
    "Marketing managers": ["view"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, actions in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model in MODELS:
            content_type, _ = ContentType.objects.get_or_create(
                app_label="editorial", model=model
            )
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("website", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
