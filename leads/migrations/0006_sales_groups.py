"""Create the "Sales managers" group and give sales staff their lead permissions.

Sales reps work leads (their own and unassigned ones) and no longer browse
all contacts; sales managers see every
lead, reassign, and configure territories, availability and the SLA.
"""

from django.db import migrations

GRANTS = {
    "Sales reps": [("lead", ["work"]), ("sharelink", ["view"])],
    "Sales managers": [
        ("lead", ["work", "manage", "view"]),
        ("contact", ["view"]),
        ("territoryrule", ["view", "add", "change", "delete"]),
        ("repavailability", ["view", "add", "change", "delete"]),
        ("holiday", ["view", "add", "change", "delete"]),
        ("salessettings", ["change"]),
        ("sharelink", ["view"]),
    ],
    "Marketing managers": [("lead", ["view"])],
}


# Reps used to browse every contact; they now see only their leads and the
# unassigned queue, through the sales workspace.
REVOKED = {"Sales reps": [("contact", ["view", "change"])]}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    access_admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=access_admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    for group_name, models in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(access_admin)
        for model, actions in models:
            content_type, _ = ContentType.objects.get_or_create(app_label="leads", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)
    for group_name, models in REVOKED.items():
        group = Group.objects.get(name=group_name)
        for model, actions in models:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="leads",
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )
    # Delivery permissions are the shell's; managers watch the CRM webhook there.
    delivery_type, _ = ContentType.objects.get_or_create(app_label="website", model="delivery")
    managers = Group.objects.get(name="Sales managers")
    for action in ("view", "retry"):
        permission, _ = Permission.objects.get_or_create(
            content_type=delivery_type,
            codename=f"{action}_delivery",
            defaults={"name": f"Can {action} delivery"},
        )
        managers.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0005_sales"),
        ("website", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
