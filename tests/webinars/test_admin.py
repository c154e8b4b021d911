"""Staff views: counts and attendance rate, filters, CSV export, actions, permissions."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail

from tests.factories import english, translate
from tests.webinars.factories import RegistrationFactory
from webinars.models import Registration


def _fill(webinar):
    statuses = ["attended"] * 4 + ["no_show"] * 6 + ["waitlisted", "cancelled", "registered"]
    return [
        RegistrationFactory(webinar=webinar, status=status, email=f"p{n}@example.org")
        for n, status in enumerate(statuses)
    ]


def test_index_and_registrations_show_counts_and_attendance_rate(admin_client, webinar):
    _fill(webinar)
    index = admin_client.get("/admin/webinars/").content.decode()
    assert "Vendre sur LinkedIn" in index and "40 %" in index
    page = admin_client.get(f"/admin/webinars/{webinar.pk}/registrations/").content.decode()
    assert 'data-count="attended">4<' in page
    assert 'data-count="no_show">6<' in page
    assert 'data-count="rate">40 %<' in page
    filtered = admin_client.get(
        f"/admin/webinars/{webinar.pk}/registrations/", {"status": "waitlisted"}
    ).content.decode()
    assert "p10@example.org" in filtered and "p0@example.org" not in filtered


def test_csv_export_neutralises_formulas(admin_client, webinar):
    RegistrationFactory(webinar=webinar, company='=HYPERLINK("http://evil")')
    response = admin_client.get(f"/admin/webinars/{webinar.pk}/registrations/export/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["email", "first_name", "last_name"]
    assert rows[1][3].startswith("'=")


def test_resend_move_from_waitlist_and_mark_attended(
    admin_client, webinar, django_capture_on_commit_callbacks
):
    webinar.capacity = 1
    webinar.save()
    holder = RegistrationFactory(webinar=webinar)
    waiting = RegistrationFactory(webinar=webinar, status="waitlisted")
    url = f"/admin/webinars/{webinar.pk}/registrations/action/"
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"registration": holder.pk, "action": "resend"})
        admin_client.post(url, {"registration": holder.pk, "action": "resend"})
        admin_client.post(url, {"registration": waiting.pk, "action": "promote"})
    assert [m.to[0] for m in mail.outbox] == [holder.email, holder.email, waiting.email]
    waiting.refresh_from_db()
    assert waiting.status == "registered"
    admin_client.post(url, {"registration": holder.pk, "action": "attended"})
    holder.refresh_from_db()
    assert holder.status == "attended"
    response = admin_client.post(url, {"registration": 999999, "action": "resend"})
    assert response.status_code == 302


def test_staff_views_need_permissions(client, webinar):
    user = get_user_model().objects.create_user("visitor", "v@example.org", "pw")
    client.force_login(user)
    assert client.get(f"/admin/webinars/{webinar.pk}/registrations/").status_code in (302, 403)
    registration = RegistrationFactory(webinar=webinar)
    client.post(
        f"/admin/webinars/{webinar.pk}/registrations/action/",
        {"registration": registration.pk, "action": "cancel"},
    )
    assert Registration.objects.get(pk=registration.pk).status == "registered"


def test_marketing_managers_can_act_and_sales_reps_only_read(client, webinar):

    registration = RegistrationFactory(webinar=webinar)
    manager = get_user_model().objects.create_user("mm", "mm@example.org", "pw", is_staff=True)
    manager.groups.add(Group.objects.get(name="Marketing managers"))
    rep = get_user_model().objects.create_user("rep", "rep@example.org", "pw", is_staff=True)
    rep.groups.add(Group.objects.get(name="Sales reps"))
    url = f"/admin/webinars/{webinar.pk}/registrations/"
    client.force_login(rep)
    assert client.get(url).status_code == 200
    denied = client.post(url + "action/", {"registration": registration.pk, "action": "attended"})
    assert denied.status_code in (302, 403)  # Wagtail turns a refusal into a redirect
    assert Registration.objects.get(pk=registration.pk).status == "registered"
    client.force_login(manager)
    client.post(url + "action/", {"registration": registration.pk, "action": "attended"})
    assert Registration.objects.get(pk=registration.pk).status == "attended"


def test_translations_are_one_event_in_the_admin(admin_client, webinar):

    translate(webinar, english(), title="Selling on LinkedIn", slug="selling-on-linkedin")
    index = admin_client.get("/admin/webinars/").content.decode()
    assert index.count("Vendre sur LinkedIn") == 1
    assert "Selling on LinkedIn" not in index


def test_menu_item_only_for_people_who_may_see_registrations(client, admin_client, db):

    assert "/admin/webinars/" in admin_client.get("/admin/").content.decode()
    editor = get_user_model().objects.create_user("ed", "ed@example.org", "pw", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert "/admin/webinars/" not in client.get("/admin/").content.decode()
