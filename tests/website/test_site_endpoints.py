import json
import xml.etree.ElementTree as ET
from datetime import timedelta

from django.db import DatabaseError
from django.db.backends.utils import CursorWrapper
from django.utils import timezone

import pytest

from website import scheduler
from website.models import JobRun

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def test_healthz_answers_ok_when_the_database_answers(client, db):
    for job in scheduler.get_jobs():
        scheduler.run_job(job)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_names_periodic_jobs_that_stopped_running(client, db):
    for job in scheduler.get_jobs():
        scheduler.run_job(job)
    JobRun.objects.filter(name="publish-scheduled").update(
        last_succeeded_at=timezone.now() - timedelta(hours=1)
    )
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "late_jobs": ["publish-scheduled"],
    }


def test_healthz_answers_503_when_the_database_fails(client, db, monkeypatch):

    def broken(self, sql, params=None):
        raise DatabaseError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(CursorWrapper, "execute", broken)
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_every_page_of_both_languages_with_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)  # noqa: S314 - our own server's response
    urls = {}
    for url in tree.findall("sm:url", SITEMAP_NS):
        location = url.find("sm:loc", SITEMAP_NS).text
        urls[location] = {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP_NS)
        }
    assert set(urls) == {
        "http://testserver/fr/",
        "http://testserver/fr/a-propos/",
        "http://testserver/en/",
        "http://testserver/en/about/",
    }
    assert urls["http://testserver/fr/a-propos/"] == {
        "fr": "http://testserver/fr/a-propos/",
        "en": "http://testserver/en/about/",
    }


def test_sitemap_leaves_out_drafts(client, site_tree):
    site_tree["about_en"].unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert "/en/about/" not in body
    assert "/fr/a-propos/" in body


def _json_ld(html):
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    return json.loads(html[start : html.index("</script>", start)])


def test_standard_page_carries_webpage_json_ld_with_the_publisher(client, site_tree):
    html = client.get("/en/about/").content.decode()
    data = _json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "WebPage"
    assert data["name"] == "About us"
    assert data["url"] == "http://testserver/en/about/"
    assert data["inLanguage"] == "en"
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Aimant"


def test_home_page_describes_the_website_and_the_page(client, site_tree):
    data = _json_ld(client.get("/fr/").content.decode())
    assert [document["@type"] for document in data] == ["WebSite", "WebPage"]


def test_json_ld_cannot_break_out_of_its_script_element(client, site_tree):
    about = site_tree["about_fr"]
    about.title = "Évitez </script><script>alert(1)</script>"
    about.save_revision().publish()
    html = client.get("/fr/a-propos/").content.decode()
    assert "<script>alert(1)" not in html
    assert _json_ld(html)["name"] == "Évitez </script><script>alert(1)</script>"


@pytest.mark.parametrize("path", ["/fr/page-inconnue/", "/en/missing/", "/fr/search/extra/"])
def test_unknown_pages_get_the_404_page(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"<h1>" in response.content


def test_404_page_speaks_the_language_of_the_prefix(client, site_tree):
    english = client.get("/en/missing/").content.decode()
    french = client.get("/fr/page-inconnue/").content.decode()
    assert "Page not found" in english
    assert 'lang="en"' in english
    assert 'lang="fr"' in french


def test_content_security_policy_is_strict_on_the_site_and_relaxed_in_the_admin(
    client, site_tree, admin_user
):
    def directives(response):
        policy = response["Content-Security-Policy"]
        return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())

    site_policy = directives(client.get("/fr/"))
    assert site_policy["script-src"] == "'self'"
    assert site_policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in " ".join(site_policy.values())
    client.force_login(admin_user)
    admin_policy = directives(client.get("/admin/"))
    assert "'unsafe-inline'" in admin_policy["script-src"]
    assert admin_policy["frame-ancestors"] == "'self'"
