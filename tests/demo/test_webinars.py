"""The demo webinars: upcoming and past sessions, registrations and attendance."""

from django.db.models import Count
from django.utils import timezone

from webinars.models import Registration, WebinarPage
from website.demo_files import load_items


def test_every_file_is_a_webinar_in_each_of_its_languages():
    for item in load_items("webinars", "webinars"):
        pages = WebinarPage.objects.live().filter(
            slug__in=[item.field("slug", code) for code in item.languages]
        )
        assert {page.locale.language_code for page in pages} == set(item.languages), item.key
        assert len({page.translation_key for page in pages}) == 1, item.key
        for page in pages:
            assert page.speakers.exists() and page.themes.exists() and len(page.agenda) >= 2


def test_upcoming_and_past_webinars_with_coherent_registrations():
    now = timezone.now()
    events = WebinarPage.objects.filter(locale__language_code="fr")
    upcoming, past = events.filter(starts_at__gt=now), events.filter(ends_at__lt=now)
    assert upcoming.exists() and past.exists()
    assert any(event.seats_left() == 0 for event in upcoming)
    assert Registration.objects.filter(webinar__in=upcoming, status="waitlisted").exists()
    for event in upcoming:
        assert not Registration.objects.filter(webinar=event, status="attended").exists()
        if event.capacity is not None:
            holding = Registration.objects.filter(webinar=event, status="registered").count()
            assert holding <= event.capacity
    for event in past:
        registrations = Registration.objects.filter(webinar=event)
        attended = registrations.filter(status="attended")
        assert attended.exists() and registrations.filter(status="no_show").exists()
        assert attended.filter(rating__isnull=False).exists()
        assert event.replay_url
    # One registration per person and webinar, all made before the session.
    duplicates = Registration.objects.values("webinar", "email").annotate(n=Count("pk"))
    assert not duplicates.filter(n__gt=1).exists()
    for registration in Registration.objects.select_related("webinar"):
        assert registration.created_at <= min(registration.webinar.starts_at, now)
        if registration.rated_at:
            assert registration.webinar.ends_at <= registration.rated_at <= now
    days = Registration.objects.dates("created_at", "day")
    assert days.count() >= 14


def test_webinar_pages_render(demo_client):
    full = next(
        event
        for event in WebinarPage.objects.filter(locale__language_code="fr")
        if event.seats_left() == 0
    )
    past = WebinarPage.objects.filter(ends_at__lt=timezone.now()).first()
    for path in ["/fr/webinaires/", "/en/webinars/", full.url, past.url]:
        assert demo_client.get(path).status_code == 200, path
    home = demo_client.get("/fr/").content.decode()
    assert "Social selling" in home
