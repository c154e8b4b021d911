"""Admin registrations, scheduled jobs, home-page section and demo content for webinars."""

from datetime import timedelta

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from webinars.demo import demo_interactions, seed_webinars
from webinars.models import WebinarPage
from webinars.models.pages import WebinarStatus, upcoming_for_home
from webinars.privacy import erase_registrations, export_registrations
from website.content_kinds import CalendarEntry
from website.scheduler import Job


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("webinars/", include("webinars.admin_urls"))]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("webinars.view_registration")


@hooks.register("register_admin_menu_item")
def register_webinars_menu_item():
    return RegistrationsMenuItem(
        _("Webinar registrations"),
        reverse("webinars_admin:index"),
        icon_name="calendar",
        order=260,
    )


@hooks.register("register_page_listing_buttons")
def registrations_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, WebinarPage) and user.has_perm(
        "webinars.view_registration"
    ):
        yield ListingButton(
            _("Registrations"),
            reverse("webinars_admin:registrations", args=[page.pk]),
            priority=30,
        )


@hooks.register("aimant_home_upcoming_webinars")
def home_upcoming_webinars(request, home_page):
    return upcoming_for_home(home_page)


@hooks.register("aimant_register_scheduled_jobs")
def scheduled_jobs():
    return [
        Job("webinar-reminders", "send_webinar_reminders", timedelta(minutes=1)),
        Job("webinar-followups", "close_webinars", timedelta(minutes=10)),
    ]


@hooks.register("aimant_seed_demo")
def seed_webinars_demo():
    return seed_webinars()


@hooks.register("aimant_demo_interactions")
def webinar_demo_interactions():
    return demo_interactions()


@hooks.register("aimant_calendar_page_types")
def webinar_calendar_page_types():
    return {WebinarPage.calendar_kind: WebinarPage}


@hooks.register("aimant_calendar_entries")
def webinar_sessions(start, end):
    """Each webinar's live session on the editorial calendar, besides its page's plan."""
    sessions = (
        WebinarPage.objects.filter(starts_at__gte=start, starts_at__lt=end)
        .exclude(status=WebinarStatus.CANCELLED)
        .select_related("locale")
        .prefetch_related("themes")
    )
    entries = []
    for webinar in sessions:
        theme = next(iter(webinar.themes.all()), None)
        entries.append(
            CalendarEntry(
                uid=f"webinar-session-{webinar.pk}@aimant",
                title=str(_("Live: %(title)s") % {"title": webinar.title}),
                starts_at=webinar.starts_at,
                kind_label=str(_("Webinar session")),
                status="published" if webinar.live else "writing",
                status_label=str(webinar.get_status_display()),
                colour=theme.colour if theme else "#5b6473",
                url=reverse("wagtailadmin_pages:edit", args=[webinar.pk]),
                language=webinar.locale.language_code,
            )
        )
    return entries


@hooks.register("aimant_export_contact")
def export_contact_registrations(contact):
    return export_registrations(contact)


@hooks.register("aimant_erase_contact")
def erase_contact_registrations(contact):
    erase_registrations(contact)
