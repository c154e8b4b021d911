"""Building and storing the PDF of papers written in Wagtail.

Publishing a paper requests a build (:func:`request_build`): a `PdfBuild` row
is written and a task renders it after commit (:func:`run_build`). The file is
saved through Django's storage API under an unguessable path and is only ever
served by this app's views. A failed build keeps its error for the admin,
where staff can retry it.
"""

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from django_tasks import task

from whitepapers.models import PdfBuild, WhitePaperPage
from whitepapers.rendering import render_paper, shared_cache

logger = logging.getLogger("aimant.whitepapers")
MAX_ERROR_LENGTH = 2000


def request_build(page):
    """Record a build of `page`'s published content and queue it; returns the build.

    Papers made of an uploaded PDF need no build and get None.
    """
    if not page.is_written_in_wagtail:
        return None
    build = PdfBuild.objects.create(page=page)
    _enqueue_after_commit(build.pk)
    return build


def retry_build(build):
    """Put a failed build back in the queue (staff action from the admin)."""
    if build.status != PdfBuild.Status.FAILED:
        return False
    build.status = PdfBuild.Status.PENDING
    build.error = ""
    build.save(update_fields=["status", "error"])
    _enqueue_after_commit(build.pk)
    return True


@task()
def build_pdf_task(build_id: int):
    """Render one requested PDF build in the background and store the file."""
    build = run_build(build_id)
    return build.status if build is not None else None


def _enqueue_after_commit(build_id):
    transaction.on_commit(lambda: build_pdf_task.enqueue(build_id))


def _claim(build_id):
    """Mark the build running, unless another worker has it or it is done."""
    with transaction.atomic():
        claimed = PdfBuild.objects.filter(
            pk=build_id, status__in=[PdfBuild.Status.PENDING, PdfBuild.Status.FAILED]
        ).update(status=PdfBuild.Status.RUNNING, started_at=timezone.now())
    return claimed == 1


def run_build(build_id):
    """Render and store one build; returns the build (its status says how it went)."""
    if not _claim(build_id):
        return PdfBuild.objects.filter(pk=build_id).first()
    build = PdfBuild.objects.select_related("page").get(pk=build_id)
    build.attempts += 1
    try:
        # The live content of the page, as published (not a later draft).
        page = WhitePaperPage.objects.get(pk=build.page_id)
        rendered = render_paper(page, cache=shared_cache())
        name = f"{page.slug[:80] or 'white-paper'}.pdf"
        build.file.save(name, ContentFile(rendered.pdf), save=False)
        build.page_count = rendered.page_count
        build.status = PdfBuild.Status.SUCCEEDED
        build.error = ""
    except Exception as error:  # any failure is recorded for staff to see
        logger.exception("White-paper PDF build %s failed", build_id)
        build.status = PdfBuild.Status.FAILED
        build.error = f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
    build.finished_at = timezone.now()
    build.save()
    return build


def build_now(page):
    """Build `page` synchronously (demo seeding, management use); returns the build."""
    build = PdfBuild.objects.create(page=page)
    return run_build(build.pk)
