from django.urls import path

from webinars import views

app_name = "webinars"

urlpatterns = [
    path("register/<int:page_id>/", views.register_post, name="register"),
    path("registration/<str:token>/", views.manage, name="manage"),
    path("registration/<str:token>/cancel/", views.cancel, name="cancel"),
    path("registration/<str:token>/give-my-seat-away/", views.cancel, name="release"),
    path("registration/<str:token>/invite.ics", views.invite, name="invite"),
    path("join/<str:token>/", views.join, name="join"),
    path("rate/<str:token>/", views.rate_view, name="rate_form"),
    path("rate/<str:token>/<int:stars>/", views.rate_view, name="rate"),
]
