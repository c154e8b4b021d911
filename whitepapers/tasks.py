"""Background tasks of white papers. Arguments are ids, never personal data."""

from django_tasks import task

from whitepapers import builds


@task()
def build_pdf_task(build_id: int):
    """Render one requested PDF build and store the file."""
    build = builds.run_build(build_id)
    return build.status if build is not None else None
