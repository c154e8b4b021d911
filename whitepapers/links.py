"""Signed, expiring download links and the delivery of the file.

After the gate, the contact gets a :class:`DownloadLink` by e-mail. The link
leads to a small page whose button (a POST) delivers the file, so a mail
scanner that opens the link neither downloads nor scores anything. Tokens
are signed (django.core.signing) and carry only the link's id; the expiry is
stored on the link, so an expired link can still be recognised and renewed.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

import leads
from website.mail import build_email, queue_email
from whitepapers.models import Download, DownloadLink, PdfBuild
from whitepapers.rendering import Personalisation, render_paper, shared_cache

LINK_SALT = "whitepapers.download-link"
DEFAULT_LINK_VALID_DAYS = 7
# A contact asking again for the same paper within this delay gets the link
# already sent instead of a new e-mail (a resubmitted form, a double click).
RESEND_GRACE = timedelta(minutes=10)
# leads.InteractionKind value of a white-paper download (leads scores it as trust).
DOWNLOAD_INTERACTION = "whitepaper_download"


def link_valid_days():
    """How long a download link works (setting WHITEPAPERS_LINK_VALID_DAYS, default 7)."""
    return int(getattr(settings, "WHITEPAPERS_LINK_VALID_DAYS", DEFAULT_LINK_VALID_DAYS))


class LinkProblem(Exception):
    """Why a link cannot deliver a file; `code` picks the page shown, `status` its HTTP code.

    Every problem is a 4xx: 400/404 for a forged or unknown token, 410 for an
    expired link or a withdrawn paper, 409 while the PDF is not ready (being
    built, or the build failed and waits for staff to retry it).
    """

    def __init__(self, code, status, link=None):
        super().__init__(code)
        self.code = code
        self.status = status
        self.link = link


def make_token(link):
    return signing.dumps({"l": link.pk}, salt=LINK_SALT)


def link_from_token(token):
    """The link behind a token (expired or not); LinkProblem("invalid") if forged."""
    try:
        data = signing.loads(token, salt=LINK_SALT)
        link_id = int(data["l"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise LinkProblem("invalid", 400) from None
    link = DownloadLink.objects.select_related("contact").filter(pk=link_id).first()
    if link is None:
        raise LinkProblem("invalid", 404)
    return link


def download_url(link, absolute=True):
    with translation.override(link.language):
        path = reverse("whitepapers:download", args=[make_token(link)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path if absolute else path


def create_link(contact, paper, *, now=None):
    """A new link for `contact` to `paper`, valid for the configured number of days."""
    now = now or timezone.now()
    return DownloadLink.objects.create(
        contact=contact,
        paper=paper,
        paper_title=paper.title[:255],
        language=paper.locale.language_code,
        created_at=now,
        expires_at=now + timedelta(days=link_valid_days()),
        personalised=paper.personalised_copies,
    )


def recent_link(contact, paper):
    """A link sent to `contact` for `paper` moments ago, still valid, or None."""
    return (
        DownloadLink.objects.filter(
            contact=contact,
            paper=paper,
            created_at__gte=timezone.now() - RESEND_GRACE,
            expires_at__gt=timezone.now(),
        )
        .order_by("-created_at")
        .first()
    )


def send_link(link):
    """Queue the e-mail carrying `link` (one e-mail per link, whatever the retries)."""
    context = {
        "link": link,
        "url": download_url(link),
        "contact": link.contact,
        "valid_days": link_valid_days(),
    }
    message = build_email(
        "whitepapers/emails/download_link", context, link.language, to=[link.contact.email]
    )
    return queue_email(message, key=f"whitepapers:download-link:{link.pk}")


@transaction.atomic
def issue_link(contact, paper):
    """Create a link for `contact` and queue its e-mail in one transaction.

    A second request within a few minutes reuses the link just sent.
    """
    link = recent_link(contact, paper)
    if link is None:
        link = create_link(contact, paper)
        send_link(link)
        if link.personalised:
            _prepare_after_commit(link.pk)
    return link


def _prepare_after_commit(link_id):
    transaction.on_commit(lambda: prepare_personalised_copy_task.enqueue(link_id))


def prepare_personalised_copy(link_id):
    """Store the personalised copy of a link before anyone clicks it.

    Returns whether a copy is ready. Nothing to do for a paper without a
    ready PDF (the download page explains that) or already prepared.
    """
    link = DownloadLink.objects.select_related("contact").filter(pk=link_id).first()
    if link is None or link.paper is None:
        return False
    paper = link.paper.specific
    build = paper.current_build() if paper.is_written_in_wagtail else None
    if build is None or not paper.personalised_copies:
        return False
    personalised_copy(link, paper, build)
    return True


@task()
def prepare_personalised_copy_task(link_id: int):
    """Render a link's personalised copy ahead of the click, so the download is instant."""
    return prepare_personalised_copy(link_id)


@transaction.atomic
def renew_link(old_link):
    """A fresh link (and e-mail) for the contact and paper of an expired link."""
    paper = old_link.paper
    if paper is None or not paper.live:
        raise LinkProblem("paper_gone", 410, old_link)
    return issue_link(old_link.contact, paper.specific)


def check_link(link):
    """Raise LinkProblem unless `link` can deliver its paper now; returns the paper."""
    if link.is_expired:
        raise LinkProblem("expired", 410, link)
    paper = link.paper
    if paper is None or not paper.live:
        raise LinkProblem("paper_gone", 410, link)
    paper = paper.specific
    if paper.is_written_in_wagtail:
        if paper.current_build() is None:
            latest = paper.latest_build()
            failed = latest is not None and latest.status == PdfBuild.Status.FAILED
            raise LinkProblem("build_failed" if failed else "build_pending", 409, link)
    elif not paper.document.file:
        raise LinkProblem("build_failed", 409, link)
    return paper


def personalised_copy(link, paper, build):
    """The stored personalised copy for `link`, rendered on first use."""
    if link.personalised_file and link.personalised_build_id == build.pk:
        return link.personalised_file
    contact = link.contact
    personalisation = Personalisation(
        name=contact.full_name or contact.email,
        company=contact.company,
        document_id=link.document_id,
        prepared_on=timezone.localdate(link.created_at),
    )
    rendered = render_paper(paper, personalisation, cache=shared_cache())
    link.personalised_file.save(f"{paper.slug[:80]}.pdf", ContentFile(rendered.pdf), save=False)
    link.personalised_build = build
    link.save(update_fields=["personalised_file", "personalised_build"])
    return link.personalised_file


def file_for(link, paper):
    """(file, filename) to deliver for `link`; personalised when the paper says so."""
    filename = f"{paper.slug[:80] or 'white-paper'}.pdf"
    if not paper.is_written_in_wagtail:
        return paper.document.file, filename
    build = paper.current_build()
    if link.personalised and paper.personalised_copies:
        return personalised_copy(link, paper, build), filename
    return build.file, filename


def deliver(link, channel):
    """Check the link, log the download (scored once per link) and return (file, name)."""
    paper = check_link(link)
    file, filename = file_for(link, paper)
    personalised = bool(link.personalised and paper.personalised_copies)
    first_download = not link.downloads.exists()
    Download.objects.create(
        link=link,
        contact=link.contact,
        paper=paper,
        paper_title=paper.title[:255],
        channel=channel,
        personalised=personalised,
        document_id=link.document_id if personalised else "",
    )
    if first_download:
        leads.track(
            link.contact,
            DOWNLOAD_INTERACTION,
            paper,
            link=link.pk,
            channel=channel,
            personalised=personalised,
            # The paper's promise opens the sales rep's conversation.
            promise=paper.promise[:500],
        )
    return file, filename
