"""Who may see the audience screens and act on a person's data rights.

Marketing managers run the audience (Mailchimp members, suppression list,
retention purges) and answer data-subject requests (export, erasure: the
contact delete permission); sales managers may answer them too.
"""

from django.db import migrations

GRANTS = {
    "Marketing managers": {
        "mailchimpmember": ["view", "change"],
        "emailsuppression": ["view"],
        "retentionpurge": ["view"],
        "contact": ["view", "delete"],
    },
    "Sales managers": {"contact": ["view", "delete"]},
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, models in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in models.items():
            content_type, _ = ContentType.objects.get_or_create(app_label="leads", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("leads", "0007_merge_0005_audience_0006_sales_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
