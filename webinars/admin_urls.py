from django.urls import path

from webinars import admin_views

app_name = "webinars_admin"

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:page_id>/registrations/", admin_views.registrations, name="registrations"),
    path("<int:page_id>/registrations/export/", admin_views.export_csv, name="export"),
    path("<int:page_id>/registrations/import/", admin_views.import_report, name="import"),
    path("<int:page_id>/registrations/action/", admin_views.registration_action, name="action"),
    path("<int:page_id>/follow-ups/", admin_views.send_followups_now, name="followups"),
    path("<int:page_id>/reminders/", admin_views.reminder_log, name="reminders"),
]
