"""Audience URLs, included by leads.urls (names live in the ``leads`` namespace)."""

from django.urls import path

from leads.audience import privacy_views, views

urlpatterns = [
    path("mailchimp/webhook/<str:secret>/", views.mailchimp_webhook, name="mailchimp_webhook"),
    path("newsletter/", views.newsletter_signup, name="newsletter_signup"),
    path("newsletter/confirm/<str:token>/", views.newsletter_confirm, name="newsletter_confirm"),
    path("email/preferences/<str:token>/", views.email_preferences, name="email_preferences"),
    path(
        "email/unsubscribe/<str:token>/",
        views.one_click_unsubscribe,
        name="one_click_unsubscribe",
    ),
    path("privacy/", privacy_views.data_request, name="data_request"),
    path("privacy/mine/", privacy_views.my_data, name="my_data"),
    path("privacy/<str:token>/", privacy_views.data_rights, name="data_rights"),
]
