"""Background tasks of white papers. Arguments are ids, never personal data."""

from django_tasks import task

from whitepapers import builds


@task()
def build_pdf_task(build_id: int):
    """Render one requested PDF build and store the file."""
    build = builds.run_build(build_id)
    return build.status if build is not None else None


@task()
def prepare_personalised_copy_task(link_id: int):
    """Render a link's personalised copy ahead of the click, so the download is instant."""
    from whitepapers.links import prepare_personalised_copy

    return prepare_personalised_copy(link_id)
