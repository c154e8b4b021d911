"""PDF builds, download links and the download log."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Short, unambiguous ids printed on personalised copies (no 0/O, 1/I/L).
DOCUMENT_ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
DOCUMENT_ID_LENGTH = 8


def new_document_id():
    return "".join(secrets.choice(DOCUMENT_ID_ALPHABET) for _ in range(DOCUMENT_ID_LENGTH))


def private_pdf_path(instance, filename):
    """A storage path nobody can guess: files are served only by our views."""
    return f"whitepapers/{secrets.token_hex(16)}/{filename}"


class PdfBuild(models.Model):
    """One WeasyPrint rendering of a paper's published content (one per publication)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Building")
        SUCCEEDED = "succeeded", _("Ready")
        FAILED = "failed", _("Failed")

    page = models.ForeignKey(
        "whitepapers.WhitePaperPage",
        verbose_name=_("white paper"),
        on_delete=models.CASCADE,
        related_name="pdf_builds",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    file = models.FileField(_("file"), upload_to=private_pdf_path, blank=True, max_length=255)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("PDF build")
        verbose_name_plural = _("PDF builds")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.page.title} #{self.pk} ({self.get_status_display()})"


class DownloadLink(models.Model):
    """A personal, signed, expiring link to one paper, e-mailed after the gate."""

    contact = models.ForeignKey(
        "leads.Contact",
        verbose_name=_("contact"),
        on_delete=models.CASCADE,
        related_name="whitepaper_links",
    )
    paper = models.ForeignKey(
        "whitepapers.WhitePaperPage",
        verbose_name=_("white paper"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="download_links",
    )
    # Kept so the log still says what was downloaded after a paper is deleted.
    paper_title = models.CharField(_("paper title"), max_length=255)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    personalised = models.BooleanField(_("personalised"), default=False)
    document_id = models.CharField(
        _("document id"), max_length=16, unique=True, default=new_document_id
    )
    # The personalised copy, rendered on the first download and reused afterwards.
    personalised_file = models.FileField(
        _("personalised copy"), upload_to=private_pdf_path, blank=True, max_length=255
    )
    personalised_build = models.ForeignKey(
        PdfBuild, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("download link")
        verbose_name_plural = _("download links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.paper_title} · {self.document_id}"

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at


class Download(models.Model):
    """One delivered file: who, which paper, when, through which link."""

    class Channel(models.TextChoices):
        EMAIL_LINK = "email_link", _("E-mailed link")
        THANK_YOU = "thank_you", _("Thank-you page")

    link = models.ForeignKey(
        DownloadLink, verbose_name=_("link"), on_delete=models.CASCADE, related_name="downloads"
    )
    contact = models.ForeignKey(
        "leads.Contact",
        verbose_name=_("contact"),
        on_delete=models.CASCADE,
        related_name="whitepaper_downloads",
    )
    paper = models.ForeignKey(
        "whitepapers.WhitePaperPage",
        verbose_name=_("white paper"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="downloads",
    )
    paper_title = models.CharField(_("paper title"), max_length=255)
    downloaded_at = models.DateTimeField(_("downloaded at"), default=timezone.now)
    channel = models.CharField(_("through"), max_length=20, choices=Channel.choices)
    personalised = models.BooleanField(_("personalised"), default=False)
    document_id = models.CharField(_("document id"), max_length=16, blank=True)

    class Meta:
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        ordering = ["-downloaded_at", "-pk"]
        indexes = [models.Index(fields=["document_id"])]

    def __str__(self):
        return f"{self.paper_title} · {self.downloaded_at:%Y-%m-%d %H:%M}"
