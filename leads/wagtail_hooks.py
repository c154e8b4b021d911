"""Admin screens, scheduled jobs and demo content that leads contributes."""

from datetime import timedelta

from wagtail import hooks

from leads.admin_views import LeadsViewSetGroup
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
    from leads.demo import seed_contacts

    return seed_contacts()


@hooks.register("register_admin_viewset")
def register_audience_viewsets():
    from leads.audience.admin_views import AudienceViewSetGroup

    return AudienceViewSetGroup()


@hooks.register("register_admin_urls")
def register_data_rights_urls():
    from django.urls import path

    from leads.audience import privacy_views

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
