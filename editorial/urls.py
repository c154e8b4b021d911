from django.urls import path

from editorial import views

urlpatterns = [
    path(
        "editorial/calendar/<str:token>.ics",
        views.calendar_feed,
        name="editorial_calendar_feed",
    ),
]
