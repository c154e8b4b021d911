from django.urls import path

from leads.sales import views

urlpatterns = [
    path("", views.workspace_home, name="home"),
    path("leads/<str:tab>/", views.lead_list, name="list"),
    path("leads/<str:tab>/export.csv", views.lead_export, name="export"),
    path("lead/<int:pk>/", views.lead_detail, name="lead"),
    path("lead/<int:pk>/claim/", views.lead_claim, name="claim"),
    path("lead/<int:pk>/move/", views.lead_move, name="move"),
    path("lead/<int:pk>/note/", views.lead_note, name="note"),
    path("lead/<int:pk>/decide/", views.lead_decide, name="decide"),
    path("lead/<int:pk>/reassign/", views.lead_reassign, name="reassign"),
    path("share/", views.share_links, name="share"),
    path("crm-webhook/", views.webhook_deliveries, name="webhook"),
    path("crm-webhook/<int:pk>/resend/", views.webhook_resend, name="webhook_resend"),
    path("rejections/", views.rejections_report, name="rejections"),
]
