"""Admin registrations, scheduled jobs, home-page section and demo content for webinars."""

from datetime import timedelta

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from webinars.models import Speaker, WebinarPage
from webinars.models.pages import upcoming_for_home
from website.scheduler import Job


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    add_to_admin_menu = False
    list_display = ["name", "role", "company", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "role", "company", "linkedin_url"]
    search_fields = ["name"]


register_snippet(SpeakerViewSet)


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
    from webinars.demo import seed_webinars

    return seed_webinars()
