"""Audience URLs, included by leads.urls (names live in the ``leads`` namespace)."""

from django.urls import path

from leads.audience import views

urlpatterns = [
    path("mailchimp/webhook/<str:secret>/", views.mailchimp_webhook, name="mailchimp_webhook"),
]
