"""PDF builds: on publish, rebuilt on republish, failures kept and retried from the admin."""

from django.contrib.auth.models import Group

import pytest

from tests.whitepapers.factories import chapter
from tests.whitepapers.test_rendering import pages_text
from whitepapers import builds
from whitepapers.models import PdfBuild


def _member(django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.replace(" ", "-"), password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_republishing_rebuilds_and_serves_the_newest_pdf(
    make_paper, django_capture_on_commit_callbacks
):
    paper = make_paper()
    first = paper.current_build()
    paper.body = [chapter("Un chapitre tout neuf")]
    with django_capture_on_commit_callbacks(execute=True):
        paper.save_revision().publish()
    second = paper.current_build()
    assert second.pk != first.pk and second.status == PdfBuild.Status.SUCCEEDED
    assert second.file.open("rb").read(4) == b"%PDF"
    assert paper.pdf_builds.count() == 2


def test_a_failed_build_keeps_its_error_and_can_be_retried(
    make_paper, monkeypatch, client, django_user_model, django_capture_on_commit_callbacks
):
    def broken_renderer(*args, **kwargs):
        raise RuntimeError("font cache unavailable")

    monkeypatch.setattr(builds, "render_paper", broken_renderer)
    paper = make_paper()
    build = paper.latest_build()
    assert build.status == PdfBuild.Status.FAILED
    assert build.error == "RuntimeError: font cache unavailable"
    assert paper.current_build() is None
    monkeypatch.undo()

    client.force_login(_member(django_user_model, "Editors"))
    listing = client.get("/admin/whitepapers/builds/")
    assert listing.status_code == 200 and "font cache unavailable" in listing.content.decode()
    report = client.get("/admin/whitepapers/report/")
    assert f"/admin/whitepapers/builds/retry/{build.pk}/" in report.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/whitepapers/builds/retry/{build.pk}/")
    assert response.status_code == 302
    build.refresh_from_db()
    assert build.status == PdfBuild.Status.SUCCEEDED and build.error == ""
    assert build.attempts == 2


def test_only_staff_allowed_to_change_builds_can_retry(
    make_paper, monkeypatch, client, django_user_model
):
    monkeypatch.setattr(builds, "render_paper", lambda *a, **k: 1 / 0)
    build = make_paper().latest_build()
    monkeypatch.undo()
    client.force_login(_member(django_user_model, "Marketing managers"))
    client.post(f"/admin/whitepapers/builds/retry/{build.pk}/")
    build.refresh_from_db()
    assert build.status == PdfBuild.Status.FAILED
    client.force_login(_member(django_user_model, "Sales reps"))
    assert client.get("/admin/whitepapers/builds/").status_code in {302, 403}


def test_a_build_is_claimed_once(make_paper):
    build = make_paper().current_build()
    # Already done: running it again (a duplicate task) changes nothing.
    again = builds.run_build(build.pk)
    assert again.status == PdfBuild.Status.SUCCEEDED and again.attempts == 1


@pytest.mark.parametrize(("group", "allowed"), [("Editors", True), ("Sales reps", False)])
def test_admin_pdf_preview_of_the_draft(make_paper, client, django_user_model, group, allowed):
    paper = make_paper()
    paper.body = [chapter("Brouillon pas encore publié")]
    paper.save_revision()  # a draft: the live page and its build are unchanged
    client.force_login(_member(django_user_model, group))
    response = client.get(f"/admin/whitepapers/preview/{paper.pk}/")
    if not allowed:
        assert response.status_code in {302, 403}
        return
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"

    assert "Brouillon pas encore publié" in " ".join(pages_text(response.content))


def test_anonymous_visitors_cannot_preview(make_paper, client):
    response = client.get(f"/admin/whitepapers/preview/{make_paper().pk}/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_wagtail_preview_has_a_pdf_mode(make_paper):
    paper = make_paper()
    paper.body = [chapter("Aperçu avant publication")]
    response = paper.make_preview_request(preview_mode="pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"

    assert "Aperçu avant publication" in " ".join(pages_text(response.content))
