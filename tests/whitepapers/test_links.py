"""Signed download links: the POST-only delivery, bad links, the download log."""

import csv
import io
import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from leads.models import Interaction
from tests.whitepapers.factories import pdf_document
from tests.whitepapers.test_rendering import normalise, pages_text
from whitepapers import builds, links
from whitepapers.models import Download, DownloadLink, PdfBuild

PERSON = {
    "email": "claire.martin@acme.example",
    "first_name": "Claire",
    "last_name": "Martin",
    "company": "Acme Industrie",
}


def _emailed_path(message):
    return re.search(r"http://testserver(/fr/downloads/[^/\s]+/)", message.body).group(1)


@pytest.fixture
def emailed(submit_gate, make_paper):
    """Ask for a paper through the gate; returns (paper, link path from the e-mail)."""

    def ask(**paper_fields):
        paper = make_paper(**paper_fields)
        mail.outbox.clear()
        submit_gate(paper, **PERSON)
        return paper, _emailed_path(mail.outbox[-1])

    return ask


def _body(response):
    return b"".join(response.streaming_content)


def test_opening_the_link_shows_a_button_and_counts_nothing(emailed, client):
    paper, path = emailed(title="Attirer sans prospecter")
    client.defaults["HTTP_USER_AGENT"] = "Mozilla/5.0 (compatible; SafeLinks scanner)"
    page = client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Attirer sans prospecter" in html and f'action="{path}"' in html
    assert 'method="post"' in html
    assert not Download.objects.exists()
    assert not Interaction.objects.filter(kind="whitepaper_download").exists()


def test_the_button_delivers_the_pdf_logs_and_scores_the_download(emailed, client):
    paper, path = emailed(title="Attirer sans prospecter")
    response = client.post(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    pdf = _body(response)
    assert pdf.startswith(b"%PDF") and "Pourquoi la prospection" in " ".join(pages_text(pdf))
    download = Download.objects.get()
    link = DownloadLink.objects.get()
    assert (download.contact.email, download.paper_id, download.link_id) == (
        PERSON["email"],
        paper.pk,
        link.pk,
    )
    assert download.channel == "email_link" and not download.personalised
    interaction = Interaction.objects.get(kind="whitepaper_download")
    assert interaction.contact == download.contact and interaction.page_id == paper.pk
    assert interaction.data["link"] == link.pk
    # The promise is what the sales rep opens the conversation with.
    assert interaction.data["promise"] == paper.promise
    download.contact.refresh_from_db()
    assert download.contact.trust > 0  # a download is a "trust" step in the score
    # Downloading again is logged, but scored only once.
    client.post(path)
    assert Download.objects.count() == 2
    assert Interaction.objects.filter(kind="whitepaper_download").count() == 1


def test_a_tampered_token_gets_a_clear_page(emailed, client):
    _paper, path = emailed()
    tampered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    for response in (client.get(tampered), client.post(tampered)):
        assert response.status_code == 400
        assert 'data-problem="invalid"' in response.content.decode()
    assert client.get("/fr/downloads/not-a-token/").status_code == 400
    assert not Download.objects.exists()


def test_an_expired_link_offers_a_fresh_one(emailed, client, django_capture_on_commit_callbacks):
    _paper, path = emailed()
    DownloadLink.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(path)
    assert response.status_code == 410 and not Download.objects.exists()
    page = client.get(path)
    assert page.status_code == 410
    renew_action = re.search(r'action="(/fr/downloads/[^"]+/renew/)"', page.content.decode())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        renewed = client.post(renew_action.group(1))
    assert renewed.status_code == 200
    [message] = mail.outbox
    assert message.to == [PERSON["email"]]
    fresh_path = _emailed_path(message)
    assert fresh_path != path
    assert client.post(fresh_path).status_code == 200


def test_links_last_the_configured_number_of_days(emailed, settings):
    settings.WHITEPAPERS_LINK_VALID_DAYS = 2
    emailed()
    link = DownloadLink.objects.get()
    assert link.expires_at - link.created_at == timedelta(days=2)


def test_default_validity_is_seven_days(emailed):
    emailed()
    link = DownloadLink.objects.get()
    assert link.expires_at - link.created_at == timedelta(days=7)


def test_unpublished_or_deleted_paper(emailed, client):
    paper, path = emailed()
    paper.unpublish()
    response = client.post(path)
    assert response.status_code == 410
    assert 'data-problem="paper_gone"' in response.content.decode()
    paper.delete()
    response = client.get(path)
    assert response.status_code == 410
    assert DownloadLink.objects.get().paper is None


def test_missing_pdf_while_building_or_after_a_failure(emailed, client, monkeypatch):
    paper, path = emailed()
    PdfBuild.objects.filter(page=paper).delete()
    build = PdfBuild.objects.create(page=paper)  # queued, not built yet
    response = client.post(path)
    assert response.status_code == 409
    assert 'data-problem="build_pending"' in response.content.decode()
    monkeypatch.setattr(builds, "render_paper", lambda *a, **k: 1 / 0)
    builds.run_build(build.pk)
    response = client.get(path)
    assert response.status_code == 409
    assert 'data-problem="build_failed"' in response.content.decode()
    assert not Download.objects.exists()


def test_personalised_copy_names_the_reader_and_is_traceable(emailed, client, admin_user):
    paper, path = emailed(personalised_copies=True)
    link = DownloadLink.objects.get()
    pdf = _body(client.post(path))
    texts = [normalise(text) for text in pages_text(pdf)]
    assert "Claire Martin, Acme Industrie" in texts[0]
    assert link.document_id in texts[0] and link.document_id in texts[-1]
    link.refresh_from_db()
    stored = link.personalised_file.name
    assert stored and link.personalised_build == paper.current_build()
    # The second download serves the stored copy instead of rendering again.
    assert _body(client.post(path)) == pdf
    link.refresh_from_db()
    assert link.personalised_file.name == stored
    assert Download.objects.filter(personalised=True, document_id=link.document_id).count() == 2
    # Staff trace a leaked copy from the id printed in its footer.
    client.force_login(admin_user)
    found = client.get("/admin/whitepapers/downloads/", {"q": link.document_id})
    assert "Claire Martin" in found.content.decode()
    other = client.get("/admin/whitepapers/downloads/", {"q": "ZZZZ2222"})
    assert "Claire Martin" not in other.content.decode()


def test_uploaded_pdf_is_served_through_the_link_only(emailed, client):
    paper, path = emailed(body=[], document=pdf_document())
    assert _body(client.post(path)).startswith(b"%PDF")
    direct = client.get(paper.document.url)
    assert direct.status_code == 403


def test_generated_files_are_not_reachable_by_their_storage_path(emailed, client):
    paper, _path = emailed()
    name = paper.current_build().file.name
    assert re.fullmatch(r"whitepapers/[0-9a-f]{32}/[^/]+\.pdf", name)
    assert client.get(f"/media/{name}").status_code == 404


def test_staff_see_counts_and_export_downloaders_safely(emailed, client, admin_user):
    paper, path = emailed()
    contact = DownloadLink.objects.get().contact
    contact.company = '=HYPERLINK("http://evil.example")'
    contact.save()
    client.post(path)
    client.post(path)
    client.force_login(admin_user)
    report = client.get("/admin/whitepapers/report/").content.decode()
    assert re.search(rf"{re.escape(paper.title)}.*?<td>2</td>\s*<td><a[^>]*>1</a>", report, re.S)
    export = client.get("/admin/whitepapers/downloads/", {"paper": paper.pk, "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert len(rows) == 3
    company = rows[1][rows[0].index("Entreprise")]
    assert company.startswith("'=")


def test_the_link_service_reuses_a_link_sent_moments_ago(emailed):
    paper, _path = emailed()
    link = DownloadLink.objects.get()
    assert links.issue_link(link.contact, paper) == link


def test_personalised_copy_is_prepared_when_the_link_is_issued(emailed, client):
    # Tasks run inline in tests: the copy is stored before the e-mail is opened.
    _paper, path = emailed(personalised_copies=True)
    link = DownloadLink.objects.get()
    assert link.personalised_file.name
    prepared = link.personalised_file.name
    assert _body(client.post(path)).startswith(b"%PDF")
    link.refresh_from_db()
    assert link.personalised_file.name == prepared


def test_preparing_a_copy_skips_papers_without_a_ready_pdf(emailed):
    paper, _path = emailed(personalised_copies=True)
    link = DownloadLink.objects.get()
    PdfBuild.objects.filter(page=paper).delete()
    assert links.prepare_personalised_copy(link.pk) is False
    assert links.prepare_personalised_copy(10**9) is False


def test_admin_screens_render_and_stay_read_only(emailed, client, admin_user):
    paper, path = emailed()
    client.post(path)
    download, build = Download.objects.get(), paper.current_build()
    client.force_login(admin_user)
    for url in (
        "/admin/whitepapers/downloads/",
        f"/admin/whitepapers/downloads/inspect/{download.pk}/",
        "/admin/whitepapers/builds/",
        f"/admin/whitepapers/builds/inspect/{build.pk}/",
        "/admin/whitepapers/report/",
    ):
        assert client.get(url).status_code == 200, url
    # The log is written by the application only.
    assert client.get(f"/admin/whitepapers/downloads/edit/{download.pk}/").status_code in {
        302,
        403,
    }
    assert client.get("/admin/whitepapers/builds/add/").status_code in {302, 403}
