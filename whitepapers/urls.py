from django.urls import path

from whitepapers import views

app_name = "whitepapers"

urlpatterns = [
    path("<str:token>/", views.download, name="download"),
    path("<str:token>/renew/", views.renew, name="renew"),
]
