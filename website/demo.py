"""Bilingual demo content for the site shell, used by `manage.py seed_demo`.

The texts are Markdown files in `website/demo_content/` (see `website.demo_files`).

Every function here is idempotent: it creates what is missing and leaves what
exists (and whatever an editor changed) alone.
"""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from allauth.account.models import EmailAddress

from website.demo_files import load_items
from website.models import (
    FooterText,
    HomePage,
    NavigationMenu,
    NavigationMenuItem,
    SiteSettings,
    StandardPage,
)

DEMO_HOSTNAME = "127.0.0.1"
DEMO_PORT = 8000
DEMO_PASSWORD_ENV = "DEMO_ADMIN_PASSWORD"  # noqa: S105 - the variable's name
DEFAULT_DEMO_PASSWORD = "aimant-demo"  # noqa: S105 - local demo account, printed on purpose

APP = "website"


def _home_fields(code):
    home = load_items(APP, "home")[0]
    fields = {
        name: home.field(name, code)
        for name in (
            "title",
            "slug",
            "hero_title",
            "hero_cta_label",
            "featured_heading",
            "search_description",
        )
    }
    return {**fields, "hero_text": home.body(code)}


def _standard_pages():
    """The standard pages' files, in menu order."""
    return sorted(load_items(APP, "pages"), key=lambda item: item.get("menu_order", 99))


def publish(page):
    """Save a revision of `page` and publish it."""
    page.save_revision().publish()
    return page


def date_back(page, moment):
    """Show `page` as first published at `moment` (demo history), not at seeding time."""
    Page.objects.filter(pk=page.pk).update(
        first_published_at=moment, last_published_at=moment, latest_revision_created_at=moment
    )


def tree_root(locale):
    """Wagtail's root node, recreated if the database was flushed since migrating."""
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )


def _ensure_site_home(fr):
    """The French home page, as the default site's root (replacing Wagtail's welcome page)."""
    home = HomePage.objects.filter(locale=fr).first()
    root = tree_root(fr)
    if home is None:
        # Wagtail's installer leaves a "Welcome" page; its slug would clash.
        welcome_pages = list(root.get_children().exact_type(Page))
        home = HomePage(locale=fr, **_home_fields("fr"))
        root.add_child(instance=home)
        publish(home)
        # The demo is served by `make run` at 127.0.0.1:8000; full URLs
        # (canonical, hreflang, sitemap) come from the Site record.
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port = DEMO_HOSTNAME, DEMO_PORT
        site.root_page = home
        site.site_name = "Aimant"
        site.save()
        for welcome in welcome_pages:
            welcome.delete()
    return home


def ensure_translation(page, locale, fields):
    """The live translation of `page` in `locale`, created from `fields` if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


def _standard_page_fields(item, code):
    return {
        "title": item.field("title", code),
        "slug": item.field("slug", code),
        "introduction": item.field("introduction", code),
        "body": [("paragraph", RichText(item.html(code)))],
    }


def _ensure_standard_page(parent, locale, item):
    fields = _standard_page_fields(item, "fr")
    existing = parent.get_children().filter(slug=fields["slug"], locale=locale).first()
    if existing is not None:
        return existing.specific
    page = StandardPage(locale=locale, **fields)
    parent.add_child(instance=page)
    return publish(page)


def _ensure_menu(location, locale, pages):
    menu, created = NavigationMenu.objects.get_or_create(location=location, locale=locale)
    if created:
        menu.items = [
            NavigationMenuItem(link_page=page, sort_order=order) for order, page in enumerate(pages)
        ]
        menu.save()
    return menu


def add_to_menu(location, page, position):
    """Link `page` from the `location` menu of its language at `position` (idempotent).

    Apps' demo seeds call this for their section index (articles, webinars,
    white papers) so the demo's header leads to every section.
    """
    menu = NavigationMenu.objects.filter(location=location, locale_id=page.locale_id).first()
    if menu is None:
        return
    items = list(menu.items.order_by("sort_order"))
    if any(item.link_page_id == page.pk for item in items):
        return
    items.insert(min(position, len(items)), NavigationMenuItem(link_page=page))
    for order, item in enumerate(items):
        item.sort_order = order
    menu.items = items
    menu.save()


def _ensure_user(username, email, password, *, superuser=False, groups=()):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    created = user is None
    if created:
        user = User(username=username, email=email, is_staff=superuser, is_superuser=superuser)
        user.set_password(password)
        user.save()
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user, created


DEMO_STAFF = [
    ("sales rep", "claire.martin", "Claire", "Martin", "Sales reps"),
    ("editor", "sophie.bernard", "Sophie", "Bernard", "Editors"),
    ("editorial manager", "thomas.girard", "Thomas", "Girard", "Editorial managers"),
]


@transaction.atomic
def seed_site():
    """Home pages, standard pages, menus, footer and settings in French and English."""
    fr, _ = Locale.objects.get_or_create(language_code="fr")
    en, _ = Locale.objects.get_or_create(language_code="en")
    home_fr = _ensure_site_home(fr)
    home_en = ensure_translation(home_fr, en, _home_fields("en"))

    pages = {}
    for item in _standard_pages():
        page_fr = _ensure_standard_page(home_fr, fr, item)
        page_en = ensure_translation(page_fr, en, _standard_page_fields(item, "en"))
        pages[item.key] = {"fr": page_fr, "en": page_en}
    header_links = [item.key for item in _standard_pages() if item.get("header")]
    footer_links = [item.key for item in _standard_pages() if item.get("footer")]
    footer = load_items(APP, "footer")[0]

    # Re-read the home pages: adding children changed their tree counters, and
    # saving a stale instance would overwrite them.
    home_fr = HomePage.objects.get(pk=home_fr.pk)
    home_en = HomePage.objects.get(pk=home_en.pk)
    if not home_fr.hero_cta_page_id:
        home_fr.hero_cta_page = pages["about"]["fr"]
        home_fr.featured = [("item", {"page": pages["about"]["fr"]})]
        publish(home_fr)
    if not home_en.hero_cta_page_id:
        home_en.hero_cta_page = pages["about"]["en"]
        home_en.featured = [("item", {"page": pages["about"]["en"]})]
        publish(home_en)

    for code, locale in (("fr", fr), ("en", en)):
        _ensure_menu("header", locale, [pages[key][code] for key in header_links])
        _ensure_menu("footer", locale, [pages[key][code] for key in footer_links])
        FooterText.objects.get_or_create(locale=locale, defaults={"body": footer.html(code)})

    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if not settings.legal_notice_page_id:
        settings.brand_name = "Aimant"
        settings.contact_email = "bonjour@aimant.localhost"
        settings.linkedin_url = "https://www.linkedin.com/company/aimant-demo"
        settings.legal_notice_page = pages["legal"]["fr"]
        settings.privacy_page = pages["privacy"]["fr"]
        settings.cookie_page = pages["cookies"]["fr"]
        settings.default_cta_page = pages["contact"]["fr"]
        settings.save()
    return {"home_fr": home_fr, "home_en": home_en, "pages": pages}


@transaction.atomic
def seed_accounts():
    """The demo administrator and staff; returns ``[(role, email, password, created)]``."""
    password = os.environ.get(DEMO_PASSWORD_ENV) or DEFAULT_DEMO_PASSWORD
    admin, admin_created = _ensure_user("admin", "admin@aimant.localhost", password, superuser=True)
    accounts = [("administrator", admin.email, password, admin_created)]
    for role, username, first_name, last_name, group in DEMO_STAFF:
        user, created = _ensure_user(
            username, f"{username}@aimant.localhost", password, groups=[group]
        )
        if created:
            user.first_name, user.last_name = first_name, last_name
            user.save(update_fields=["first_name", "last_name"])
        accounts.append((role, user.email, password, created))
    return accounts
