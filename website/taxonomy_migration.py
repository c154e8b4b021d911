"""Data steps of the December 2026 taxonomy migrations (issue #12), shared by apps.

Themes and personas moved from `editorial` to `website`; `editorial.Author`
and `webinars.Speaker` became `website.Person`. The migrations of several apps
run the same steps, so they live here once. They only ever receive historical
models (``apps`` of a migration): keep this module frozen, as a migration is;
a later change of the taxonomy gets new migrations and, if needed, new helpers.
"""

ACTIONS = ("add", "change", "delete", "view")


def content_type(apps, app_label, model):
    """The historical ContentType row for ``app_label.model``, or None (fresh database)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.filter(app_label=app_label, model=model).first()


def move_content_type(apps, model, from_app, to_app):
    """Relabel a moved model's content type, so permissions, groups and logs follow it.

    Permissions (and the groups holding them), reference-index rows, log
    entries and search entries point at the content type's id, which stays.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label=from_app, model=model).first()
    if old is None:
        return
    if ContentType.objects.filter(app_label=to_app, model=model).exists():
        # Created by a post_migrate signal before this ran: keep the rows
        # that reference the old one by moving their permissions over.
        new = ContentType.objects.get(app_label=to_app, model=model)
        Permission = apps.get_model("auth", "Permission")
        for permission in Permission.objects.filter(content_type=old):
            target, _ = Permission.objects.get_or_create(
                content_type=new, codename=permission.codename, defaults={"name": permission.name}
            )
            for group in permission.group_set.all():
                group.permissions.add(target)
        return
    old.app_label = to_app
    old.save(update_fields=["app_label"])


def person_permissions(apps):
    """{action: Permission} for website.Person, created ahead of post_migrate."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    person_type, _ = ContentType.objects.get_or_create(app_label="website", model="person")
    return {
        action: Permission.objects.get_or_create(
            content_type=person_type,
            codename=f"{action}_person",
            defaults={"name": f"Can {action} person"},
        )[0]
        for action in ACTIONS
    }


def grant_person_permissions(apps, old_type, user_model):
    """Give every group and user holding a permission on `old_type` the same on Person."""
    if old_type is None:
        return
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    User = apps.get_model(*user_model.split("."))
    targets = person_permissions(apps)
    for permission in Permission.objects.filter(content_type=old_type):
        action = permission.codename.split("_", 1)[0]
        target = targets.get(action)
        if target is None:
            continue
        for group in Group.objects.filter(permissions=permission):
            group.permissions.add(target)
        for user in User.objects.filter(user_permissions=permission):
            user.user_permissions.add(target)


def copy_people(apps, source_model, company_field=None):
    """Copy every row of `source_model` (Author or Speaker) into website.Person.

    Translation links survive because each copy keeps its row's
    ``translation_key`` and locale. Returns ``{old id: new Person id}``.
    """
    Person = apps.get_model("website", "Person")
    mapping = {}
    for row in source_model.objects.order_by("pk"):
        person, _ = Person.objects.get_or_create(
            translation_key=row.translation_key,
            locale_id=row.locale_id,
            defaults={
                "name": row.name,
                "role": row.role,
                "company": getattr(row, company_field) if company_field else "",
                "photo_id": row.photo_id,
                "bio": row.bio,
                "linkedin_url": row.linkedin_url,
            },
        )
        mapping[row.pk] = person.pk
    return mapping


def copy_m2m(page_model, old_field, new_field, old_column, mapping):
    """Copy a page's many-to-many links to the new field, through `mapping`."""
    old_through = page_model._meta.get_field(old_field).remote_field.through
    new_through = page_model._meta.get_field(new_field).remote_field.through
    page_column = f"{page_model._meta.model_name}_id"
    new_column = f"{new_through._meta.get_field('person').attname}"
    rows = [
        new_through(**{page_column: link[page_column], new_column: mapping[link[old_column]]})
        for link in old_through.objects.values(page_column, old_column)
        if link[old_column] in mapping
    ]
    new_through.objects.bulk_create(rows, ignore_conflicts=True)


def remap_revisions(apps, page_type, field, mapping):
    """Point the `field` ids stored in a page type's revisions at the new people.

    Drafts and scheduled revisions are published from this JSON, so old
    Author/Speaker ids left there would name the wrong people.
    """
    if page_type is None:
        return
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type=page_type).iterator():
        ids = revision.content.get(field)
        if not isinstance(ids, list):
            continue
        revision.content[field] = [mapping[pk] for pk in ids if pk in mapping]
        revision.save(update_fields=["content"])


def remap_references(apps, old_type, mapping):
    """Move reference-index and log rows of the old snippets to their Person copies."""
    if old_type is None:
        return
    person_type = person_permissions(apps)["view"].content_type
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    for reference in ReferenceIndex.objects.filter(to_content_type=old_type):
        new_id = mapping.get(int(reference.to_object_id))
        if new_id is None:
            reference.delete()
            continue
        reference.to_content_type = person_type
        reference.to_object_id = str(new_id)
        reference.save(update_fields=["to_content_type", "to_object_id"])
    for reference in ReferenceIndex.objects.filter(content_type=old_type):
        new_id = mapping.get(int(reference.object_id))
        if new_id is None:
            reference.delete()
            continue
        reference.content_type = reference.base_content_type = person_type
        reference.object_id = str(new_id)
        reference.save(update_fields=["content_type", "base_content_type", "object_id"])
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    for entry in ModelLogEntry.objects.filter(content_type=old_type):
        new_id = mapping.get(int(entry.object_id))
        if new_id is not None:
            entry.content_type = person_type
            entry.object_id = str(new_id)
            entry.save(update_fields=["content_type", "object_id"])
