"""Staff screens: PDF builds (with retry), the download log with a safe CSV
export, download counts per paper, and the PDF preview of a draft."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Max
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from whitepapers.builds import retry_build
from whitepapers.models import Download, PdfBuild, WhitePaperPage

# A spreadsheet treats a cell starting with these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """`value` as text a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Records written by the application: staff may look, never edit or add."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)


class SafeExportIndexView(IndexView):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        return value


class PdfBuildViewSet(ModelViewSet):
    model = PdfBuild
    icon = "doc-full"
    menu_label = gettext_lazy("PDF builds")
    name = "whitepapers_pdfbuild"
    url_prefix = "whitepapers/builds"
    list_display = [
        "page",
        "status",
        Column("page_count", label=gettext_lazy("Pages")),
        "attempts",
        "created_at",
        "finished_at",
        "error",
    ]
    list_filter = ["status"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/<int:pk>/", require_POST(self.retry), name="retry"),
        ]

    def retry(self, request, pk):
        if not request.user.has_perm("whitepapers.change_pdfbuild"):
            messages.error(request, _("You cannot retry PDF builds."))
            return redirect(self.get_url_name("index"))
        build = get_object_or_404(PdfBuild, pk=pk)
        if retry_build(build):
            messages.success(request, _("The build was queued again."))
        else:
            messages.warning(request, _("Only a failed build can be retried."))
        return redirect(self.get_url_name("index"))


class DownloadViewSet(ModelViewSet):
    model = Download
    icon = "download"
    menu_label = gettext_lazy("Downloads")
    name = "whitepapers_download"
    url_prefix = "whitepapers/downloads"
    index_view_class = SafeExportIndexView
    list_display = [
        "paper_title",
        Column("contact", label=gettext_lazy("Contact")),
        "downloaded_at",
        "channel",
        "personalised",
        "document_id",
    ]
    list_filter = ["paper", "channel", "personalised"]
    list_export = [
        "paper_title",
        "contact.email",
        "contact.first_name",
        "contact.last_name",
        "contact.company",
        "contact.job_title",
        "downloaded_at",
        "channel",
        "personalised",
        "document_id",
    ]
    export_headings = {
        "contact.email": gettext_lazy("E-mail"),
        "contact.first_name": gettext_lazy("First name"),
        "contact.last_name": gettext_lazy("Last name"),
        "contact.company": gettext_lazy("Company"),
        "contact.job_title": gettext_lazy("Job title"),
    }
    # Staff trace a leaked personalised copy by the id printed in its footer.
    search_fields = ["document_id", "paper_title", "contact__email", "contact__company"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["channel"]

    def get_queryset(self, request):
        return Download.objects.select_related("contact", "link")


register_permission_policy(PdfBuild, ReadOnlyPermissionPolicy(PdfBuild))
register_permission_policy(Download, ReadOnlyPermissionPolicy(Download))


class WhitePapersViewSetGroup(ModelViewSetGroup):
    items = (DownloadViewSet, PdfBuildViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = gettext_lazy("White papers")
    menu_name = "whitepapers"


def paper_statistics():
    """Each paper with its download count, distinct downloaders and latest build."""
    counts = {
        row["paper"]: row
        for row in Download.objects.values("paper").annotate(
            downloads=Count("pk"),
            downloaders=Count("contact", distinct=True),
            last_download=Max("downloaded_at"),
        )
    }
    rows = []
    for paper in WhitePaperPage.objects.select_related("locale").order_by("title"):
        stats = counts.get(paper.pk, {})
        rows.append(
            {
                "paper": paper,
                "downloads": stats.get("downloads", 0),
                "downloaders": stats.get("downloaders", 0),
                "last_download": stats.get("last_download"),
                "build": paper.latest_build(),
            }
        )
    return rows


@permission_required("whitepapers.view_download", raise_exception=True)
def download_report(request):
    """Download counts per paper, with links to each paper's downloaders."""
    return TemplateResponse(
        request,
        "whitepapers/admin/download_report.html",
        {"rows": paper_statistics(), "page_title": _("White-paper downloads")},
    )
