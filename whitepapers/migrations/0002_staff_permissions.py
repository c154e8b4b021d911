"""Give the staff groups their permissions on white papers.

Editors and editorial managers follow PDF builds and retry failed ones; marketing
managers and sales reps see who downloaded what. Permissions are looked up
with get_or_create because Django creates them only after all migrations ran.
"""

from django.db import migrations

GRANTS = {
    "Editors": [("pdfbuild", ["view", "change"]), ("download", ["view"])],
    "Editorial managers": [("pdfbuild", ["view", "change"]), ("download", ["view"])],
    "Marketing managers": [("pdfbuild", ["view"]), ("download", ["view"])],
    "Sales reps": [("download", ["view"])],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, models in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in models:
            content_type, _ = ContentType.objects.get_or_create(
                app_label="whitepapers", model=model
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
        ("whitepapers", "0001_initial"),
        ("website", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
