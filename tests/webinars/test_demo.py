from io import StringIO

from django.core.management import call_command

from webinars.models import Registration, WebinarPage


def test_seed_demo_creates_bilingual_webinars_once(client, db):
    call_command("seed_demo", stdout=StringIO())
    counts = (WebinarPage.objects.count(), Registration.objects.count())
    call_command("seed_demo", stdout=StringIO())
    assert (WebinarPage.objects.count(), Registration.objects.count()) == counts
    assert WebinarPage.objects.filter(locale__language_code="fr").count() == 5
    assert WebinarPage.objects.filter(locale__language_code="en").count() == 5
    full = WebinarPage.objects.get(slug="social-selling-linkedin-rendez-vous")
    assert full.seats_left() == 0
    assert Registration.objects.filter(webinar=full, status="waitlisted").count() == 4
    past = WebinarPage.objects.get(slug="prospecter-sans-appel-a-froid")
    assert Registration.objects.filter(webinar=past, status="attended").count() == 17
    assert Registration.objects.filter(webinar=past, rating__isnull=False).exists()
    for path in ["/fr/webinaires/", "/en/webinars/", full.url, past.url]:
        assert client.get(path, HTTP_HOST="127.0.0.1:8000").status_code == 200, path
    home = client.get("/fr/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert "Social selling" in home
