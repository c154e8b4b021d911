"""Give the staff groups their permissions on leads.

Marketing managers own the scoring (rules, settings) and review quarantined
submissions; sales reps work with contacts. Permissions are looked up with
get_or_create because Django creates them only after all migrations ran.
"""

from django.db import migrations

GRANTS = {
    "Marketing managers": [
        ("contact", ["view", "change"]),
        ("engagementrule", ["view", "add", "change", "delete"]),
        ("fitrule", ["view", "add", "change", "delete"]),
        ("quarantinedsubmission", ["view", "change"]),
        ("scoringsettings", ["change"]),
    ],
    "Sales reps": [("contact", ["view", "change"])],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, models in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in models:
            content_type, _ = ContentType.objects.get_or_create(app_label="leads", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0003_quarantined_submission"),
        ("website", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
