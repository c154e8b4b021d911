from django.urls import include, path

from leads import views

app_name = "leads"

urlpatterns = [
    path("t/", views.beacon, name="beacon"),
    path("r/<str:token>/", views.email_click, name="email_click"),
    path("s/<str:token>/", views.share_link, name="share_link"),
    path("", include("leads.audience.urls")),
]
