from django.urls import path

from editorial import admin_views

urlpatterns = [
    path("calendar/", admin_views.calendar_view, name="calendar"),
    path("calendar/items/<int:pk>/", admin_views.item_view, name="item"),
    path("calendar/items/<int:pk>/move/", admin_views.move_view, name="move"),
    path("calendar/items/<int:pk>/plan/", admin_views.promote_view, name="promote"),
    path("calendar/feed/", admin_views.feed_view, name="feed"),
    path("ideas/", admin_views.round_view, name="round"),
    path("ideas/rounds/<int:pk>/", admin_views.round_view, name="round"),
    path("ideas/rounds/<int:pk>/vote/<int:item_pk>/", admin_views.vote_view, name="vote"),
    path("scheduled/", admin_views.scheduled_view, name="scheduled"),
    path(
        "scheduled/<int:revision_pk>/publish-now/",
        admin_views.publish_now_view,
        name="publish_now",
    ),
]
