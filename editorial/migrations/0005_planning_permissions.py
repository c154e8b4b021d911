"""Who may plan: editors propose, vote and plan; editorial managers also delete."""

from django.db import migrations

GRANTS = {
    "Editors": {
        "calendaritem": ["view", "add", "change", "vote"],
        "idearound": ["view"],
    },
    "Editorial managers": {
        "calendaritem": ["view", "add", "change", "delete", "vote"],
        "idearound": ["view", "add", "change", "delete"],
    },
    "Marketing managers": {
        "calendaritem": ["view", "add", "vote"],
        "idearound": ["view"],
    },
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, models in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in models.items():
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
        ("editorial", "0004_planning"),
        ("website", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
