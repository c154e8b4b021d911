"""White-paper index and white-paper pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from website.models import TrackableContent
from website.seo import SeoMixin
from whitepapers.blocks import WhitePaperStreamBlock, chapter_anchor

# Contact fields the gate can ask for, in the order the form shows them.
GATE_FIELDS = ("first_name", "last_name", "company", "job_title")


class WhitePaperIndexPage(SeoMixin, Page):
    """The white papers of one language."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["whitepapers.WhitePaperPage"]
    # One index per language tree (each home page is the root of one language).
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("white-paper index")
        verbose_name_plural = _("white-paper indexes")

    @property
    def seo_summary(self):
        return self.search_description or self.introduction

    def papers(self):
        return (
            WhitePaperPage.objects.child_of(self)
            .live()
            .public()
            .select_related("cover_image")
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["papers"] = self.papers()
        return context


class WhitePaperPage(TrackableContent, RoutablePageMixin, SeoMixin, Page):
    """A gated white paper: an uploaded PDF, or chapters written in Wagtail.

    Papers written in Wagtail are rendered to PDF by WeasyPrint when published
    (see whitepapers.builds); visitors get the file through the gate and a
    signed download link (see whitepapers.gate and whitepapers.links).
    """

    json_ld_type = "DigitalDocument"
    calendar_kind = "white_paper"

    subtitle = models.CharField(_("subtitle"), max_length=200, blank=True)
    promise = models.TextField(
        _("what you will learn"),
        help_text=_("The promise of the paper, in two or three sentences."),
    )
    summary = models.TextField(_("summary"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField("website.Theme", verbose_name=_("themes"), blank=True)
    personas = ParentalManyToManyField("website.Persona", verbose_name=_("personas"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("uploaded PDF"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Either upload the finished PDF here, or write the chapters below."),
    )
    body = StreamField(WhitePaperStreamBlock(), verbose_name=_("chapters"), blank=True)
    require_first_name = models.BooleanField(_("first name required"), default=True)
    require_last_name = models.BooleanField(_("last name required"), default=True)
    require_company = models.BooleanField(_("company required"), default=True)
    require_job_title = models.BooleanField(_("job title required"), default=False)
    allow_immediate_download = models.BooleanField(
        _("allow immediate download"),
        default=False,
        help_text=_("Offer the file on the thank-you page, before the e-mail is opened."),
    )
    personalised_copies = models.BooleanField(
        _("personalised copies"),
        default=False,
        help_text=_(
            "Print “Prepared for <name>, <company>” and a traceable document id on each copy "
            "(papers written in Wagtail only)."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("subtitle"),
        FieldPanel("promise"),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("personas")], heading=_("About this paper")
        ),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("body")], heading=_("The paper")),
        MultiFieldPanel(
            [
                FieldPanel("require_first_name"),
                FieldPanel("require_last_name"),
                FieldPanel("require_company"),
                FieldPanel("require_job_title"),
                FieldPanel("allow_immediate_download"),
                FieldPanel("personalised_copies"),
            ],
            heading=_("Download form"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("subtitle"),
        index.SearchField("promise"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["whitepapers.WhitePaperIndexPage"]
    subpage_types = []
    preview_modes = [("", _("Landing page")), ("pdf", _("PDF"))]

    class Meta:
        verbose_name = _("white paper")
        verbose_name_plural = _("white papers")

    def clean(self):
        super().clean()
        has_body = bool(self.body and len(self.body))
        if self.document_id and has_body:
            raise ValidationError({"document": _("Upload a PDF or write chapters, not both.")})
        if not self.document_id and not has_body:
            raise ValidationError({"body": _("Upload a PDF or write at least one chapter.")})
        if self.document_id and self.document.file_extension.lower() != "pdf":
            raise ValidationError({"document": _("The uploaded paper must be a PDF.")})
        if self.personalised_copies and self.document_id:
            raise ValidationError(
                {"personalised_copies": _("Only papers written in Wagtail can be personalised.")}
            )

    @property
    def is_written_in_wagtail(self):
        return not self.document_id

    @property
    def required_fields(self):
        """The gate fields the editor made compulsory, in form order."""
        return [name for name in GATE_FIELDS if getattr(self, f"require_{name}")]

    def chapters(self):
        """Number, title, anchor and block of each chapter, in order."""
        items = []
        for number, block in enumerate(
            (block for block in self.body if block.block_type == "chapter"), start=1
        ):
            heading = block.value["heading"]
            items.append(
                {
                    "number": number,
                    "heading": heading,
                    "anchor": chapter_anchor(number, heading),
                    "content": block.value["content"],
                }
            )
        return items

    def table_of_contents(self):
        """Chapter titles for the landing page's preview (computed from the chapters)."""
        return [chapter["heading"] for chapter in self.chapters()]

    @property
    def seo_summary(self):
        return self.search_description or self.summary

    @property
    def seo_image(self):
        return self.cover_image

    def current_build(self):
        """The newest successful PDF build, or None."""
        return self.pdf_builds.filter(status="succeeded").order_by("-pk").first()

    def latest_build(self):
        return self.pdf_builds.order_by("-pk").first()

    def page_json_ld(self, request):
        data = super().page_json_ld(request)
        data["encodingFormat"] = "application/pdf"
        data["abstract"] = strip_tags(self.promise)[:500]
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.date().isoformat()
        if self.cover_image:
            rendition = self.cover_image.get_rendition("fill-1200x630")
            data["image"] = request.build_absolute_uri(rendition.url)
        keywords = [theme.localized.name for theme in self.themes.all()]
        if keywords:
            data["keywords"] = ", ".join(keywords)
        audiences = [persona.localized.name for persona in self.personas.all()]
        if audiences:
            data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
        build = self.current_build() if self.is_written_in_wagtail else None
        if build is not None and build.page_count:
            data["numberOfPages"] = build.page_count
        chapters = self.table_of_contents()
        if chapters:
            data["hasPart"] = [{"@type": "CreativeWork", "name": name} for name in chapters]
        return data

    @path("")
    def landing(self, request):
        # Imported here: whitepapers.views imports whitepapers.models, which imports this module.
        from whitepapers.views import landing

        return landing(request, self)

    @path("thanks/")
    def thanks(self, request):
        # Imported here: whitepapers.views imports whitepapers.models, which imports this module.
        from whitepapers.views import thanks

        return thanks(request, self)

    def serve_preview(self, request, mode_name):
        if mode_name == "pdf":
            # Imported here: whitepapers.views imports whitepapers.models, which loads this module.
            from whitepapers.views import pdf_preview_response

            return pdf_preview_response(request, self)
        if mode_name:
            raise Http404
        return super().serve_preview(request, mode_name)
