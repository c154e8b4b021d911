"""Admin screens, scheduled jobs and demo content that leads contributes."""

from datetime import timedelta

from django.urls import include, path

from wagtail import hooks

from leads.admin_views import LeadsViewSetGroup
from leads.audience import privacy_views
from leads.audience.admin_views import AudienceViewSetGroup
from leads.audience.demo import seed_audience
from leads.demo import seed_contacts
from leads.sales import admin_urls as sales_admin_urls
from leads.sales.admin import SalesMenu, SalesSetupGroup
from leads.sales.demo import seed_pipeline, seed_team
from website.scheduler import Job


@hooks.register("register_admin_viewset")
def register_leads_viewsets():
    return LeadsViewSetGroup()


@hooks.register("aimant_register_scheduled_jobs")
def register_scoring_jobs():
    return [
        Job("recompute-scores", "recompute_scores", timedelta(hours=6)),
        Job("update-qualification", "update_qualification", timedelta(hours=1)),
        Job("purge-inactive-contacts", "purge_inactive_contacts", timedelta(days=1)),
    ]


@hooks.register("aimant_seed_demo")
def seed_leads_demo():
    # The team comes first, so that contacts qualifying while seeded find reps.
    seed_team()
    return "\n".join([seed_contacts(), seed_pipeline(), seed_audience()])


# Sales workspace ------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_sales_urls():
    return [path("sales/", include((sales_admin_urls, "leads_sales")))]


@hooks.register("register_admin_menu_item")
def register_sales_menu():
    return SalesMenu()


@hooks.register("register_admin_viewset")
def register_sales_viewsets():
    return SalesSetupGroup()


@hooks.register("aimant_register_scheduled_jobs")
def register_sales_jobs():
    return [Job("sales-sla", "run_sales_sla", timedelta(minutes=15))]


@hooks.register("register_admin_viewset")
def register_audience_viewsets():
    return AudienceViewSetGroup()


@hooks.register("register_admin_urls")
def register_data_rights_urls():
    return [
        path(
            "leads/data-rights/<int:pk>/export/",
            privacy_views.staff_export,
            name="leads_staff_export",
        ),
        path(
            "leads/data-rights/<int:pk>/erase/",
            privacy_views.staff_erase,
            name="leads_staff_erase",
        ),
    ]
