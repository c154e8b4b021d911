"""Create the staff groups with their Wagtail permissions, and the English locale.

Permissions are looked up with get_or_create because, on a fresh database,
Django creates model permissions only after every migration has run.
"""

from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "lock_page", "unlock_page"],
    "Editorial managers": [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
COLLECTION_PERMISSIONS = {
    "Editors": [("wagtailimages", "image", ["add", "change", "choose"]), ("wagtaildocs", "document", ["add", "change", "choose"])],
    "Editorial managers": [("wagtailimages", "image", ["add", "change", "delete", "choose"]), ("wagtaildocs", "document", ["add", "change", "delete", "choose"])],
}
MODEL_PERMISSIONS = {
    "Editors": [],
    "Editorial managers": [
        ("website", "navigationmenu", ["add", "change", "delete", "view"]),
        ("website", "footertext", ["add", "change", "delete", "view"]),
        ("website", "sitesettings", ["change"]),
        ("wagtailcore", "locale", ["view"]),
    ],
    "Sales reps": [],
    "Marketing managers": [
        ("website", "sitesettings", ["change"]),
        ("website", "delivery", ["view", "retry"]),
    ],
}
ACTION_LABELS = {"add": "Can add", "change": "Can change", "delete": "Can delete", "view": "Can view", "choose": "Can choose", "retry": "Can retry a failed"}


def _permission(apps, app_label, model, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"{ACTION_LABELS.get(action, action)} {model}"},
    )
    return permission


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Locale = apps.get_model("wagtailcore", "Locale")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Locale.objects.get_or_create(language_code="fr")
    Locale.objects.get_or_create(language_code="en")

    access_admin = _permission(apps, "wagtailadmin", "admin", "access")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name in ["Editors", "Editorial managers", "Sales reps", "Marketing managers"]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for app_label, model, actions in MODEL_PERMISSIONS.get(name, []):
            for action in actions:
                group.permissions.add(_permission(apps, app_label, model, action))
        if root_page is not None:
            for codename in PAGE_PERMISSIONS.get(name, []):
                permission = _permission(apps, "wagtailcore", "page", codename.removesuffix("_page"))
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
        if root_collection is not None:
            for app_label, model, actions in COLLECTION_PERMISSIONS.get(name, []):
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(apps, app_label, model, action),
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
