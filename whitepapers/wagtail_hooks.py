"""Admin screens, the PDF preview button, document protection and demo content."""

from django.http import HttpResponseForbidden
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from whitepapers import admin_views, views
from whitepapers.demo import demo_interactions, seed_whitepapers
from whitepapers.models import WhitePaperPage
from whitepapers.privacy import erase_downloads, export_downloads


@hooks.register("register_admin_viewset")
def register_whitepaper_viewsets():
    return admin_views.WhitePapersViewSetGroup()


@hooks.register("register_admin_urls")
def register_whitepaper_admin_urls():
    return [
        path(
            "whitepapers/report/",
            admin_views.download_report,
            name="whitepapers_download_report",
        ),
        path(
            "whitepapers/preview/<int:page_id>/",
            views.admin_pdf_preview,
            name="whitepapers_pdf_preview",
        ),
    ]


class DownloadReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("whitepapers.view_download")


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DownloadReportMenuItem(
        _("White-paper downloads"),
        reverse("whitepapers_download_report"),
        icon_name="download",
        order=800,
    )


@hooks.register("register_page_header_buttons")
def pdf_preview_button(page, user, view_name, next_url=None):
    specific_class = page.specific_class
    is_paper = specific_class is not None and issubclass(specific_class, WhitePaperPage)
    if is_paper and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Preview the PDF"),
            reverse("whitepapers_pdf_preview", args=[page.pk]),
            icon_name="doc-full",
            priority=25,
            attrs={"target": "_blank", "rel": "noopener"},
        )


@hooks.register("before_serve_document")
def protect_gated_documents(document, request):
    """An uploaded paper is delivered through the gate, never by its document URL."""
    if request.user.is_authenticated and request.user.has_perm("wagtaildocs.change_document"):
        return None
    if WhitePaperPage.objects.filter(document=document).exists():
        return HttpResponseForbidden("This document is available through its download form.")
    return None


@hooks.register("aimant_seed_demo")
def seed_whitepapers_demo():
    return seed_whitepapers()


@hooks.register("aimant_demo_interactions")
def whitepaper_demo_interactions():
    return demo_interactions()


@hooks.register("aimant_calendar_page_types")
def whitepaper_calendar_page_types():
    return {WhitePaperPage.calendar_kind: WhitePaperPage}


@hooks.register("aimant_export_contact")
def export_contact_downloads(contact):
    return export_downloads(contact)


@hooks.register("aimant_erase_contact")
def erase_contact_downloads(contact):
    erase_downloads(contact)
