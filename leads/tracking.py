"""Recording what visitors do, identifying them, and merging their history.

Other apps reach :func:`track`, :func:`identify` and :func:`contact_for`
through :mod:`leads.api`.
"""

import logging
import uuid
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Page

from leads.models import (
    AnonymousPageCount,
    Contact,
    Interaction,
    InteractionKind,
    Purpose,
    Visitor,
)
from leads.models.contacts import PROFILE_FIELDS, normalise_email
from leads.personas import guess_persona
from leads.privacy import latest_consent, record_consent
from leads.qualification import evaluate
from leads.scoring import score_interaction, update_fit
from website.models.mixins import TrackableContent

logger = logging.getLogger("aimant.leads")

CONSENT_COOKIE = "aimant_consent"
# Version of the consent banner's wording (templates/components/consent_banner.html):
# bump it whenever that text changes, so the ledger says what people agreed to.
CONSENT_BANNER_VERSION = "banner-2026-11"
VISITOR_COOKIE = "aimant_vid"
VISITOR_COOKIE_SALT = "leads.visitor"
VISITOR_COOKIE_MAX_AGE = 60 * 60 * 24 * 395  # CNIL: 13 months at most

# Behaviour observed in the browser: recorded per person only with tracking
# consent. Server-side actions (forms, registrations, downloads) are things the
# person did knowingly and are always recorded against their contact.
BEHAVIOURAL_KINDS = {
    InteractionKind.PAGE_VIEW,
    InteractionKind.ARTICLE_READ,
    InteractionKind.RETURN_VISIT,
    InteractionKind.SHARE,
    InteractionKind.CTA_CLICK,
    InteractionKind.INFOGRAPHIC_VIEW,
}

CONTACT_FIELDS = {*PROFILE_FIELDS, "source"}
UTM_PARAMETERS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")


def has_tracking_consent(request):
    return request is not None and request.COOKIES.get(CONSENT_COOKIE) == "accepted"


def visitor_for(request, *, create=False, touch=None):
    """The visitor behind the signed cookie (or a new one when `create`).

    `touch` is the attribution of the visit that creates the visitor (the
    beacon passes the page's address and referrer).
    """
    if not has_tracking_consent(request):
        return None
    cached = getattr(request, "_leads_visitor", None)
    if cached is not None:
        return cached
    raw = request.get_signed_cookie(VISITOR_COOKIE, default=None, salt=VISITOR_COOKIE_SALT)
    visitor = None
    if raw:
        try:
            visitor = Visitor.objects.filter(pk=uuid.UUID(raw)).first()
        except ValueError:
            visitor = None
    if visitor is None and create:
        visitor = Visitor.objects.create(first_touch=touch or touch_from(request))
    request._leads_visitor = visitor
    return visitor


def remember_visitor(request, response):
    """Set the visitor cookie on `response` when a visitor was created or used."""
    visitor = getattr(request, "_leads_visitor", None)
    if visitor is not None:
        response.set_signed_cookie(
            VISITOR_COOKIE,
            str(visitor.pk),
            salt=VISITOR_COOKIE_SALT,
            max_age=VISITOR_COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


def touch_from(request, *, url=None, referrer=None):
    """Attribution of this visit: UTM parameters, referrer, share link, landing page."""
    if request is None:
        return {}
    params = QueryDict(urlsplit(url).query) if url else request.GET
    touch = {name: params[name][:200] for name in UTM_PARAMETERS if params.get(name)}
    referrer = referrer if referrer is not None else request.META.get("HTTP_REFERER", "")
    if referrer:
        touch["referrer"] = referrer[:500]
    if params.get("via"):
        touch["share_link"] = params["via"][:100]
    touch["landing_page"] = (urlsplit(url).path if url else request.path)[:500]
    touch["at"] = timezone.now().isoformat()
    return touch


def contact_for(request):
    """The contact behind this request: signed-in user's address, else the visitor."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.email:
        contact = Contact.objects.filter(email=normalise_email(user.email)).first()
        if contact is not None:
            return contact
    visitor = visitor_for(request)
    return visitor.contact if visitor is not None else None


def _describe(obj):
    """Page, subject, label and themes for what an interaction is about."""
    if obj is None:
        return None, "", "", []
    page = obj if isinstance(obj, Page) else None
    meta = getattr(obj, "_meta", None)
    subject = f"{meta.app_label}.{meta.model_name}:{obj.pk}" if meta is not None else ""
    # Content apps describe their pages through the shared TrackableContent
    # interface (website), so leads needs to import none of them.
    if isinstance(obj, TrackableContent):
        return page, subject, str(obj.lead_label)[:255], list(obj.lead_themes)
    label = str(getattr(obj, "title", None) or obj)
    return page, subject, label[:255], []


def count_anonymous_view(page):
    """Aggregate, anonymous daily view count (kept without consent)."""
    day = timezone.localdate()
    updated = AnonymousPageCount.objects.filter(page=page, day=day).update(views=F("views") + 1)
    if not updated:
        try:
            with transaction.atomic():
                AnonymousPageCount.objects.create(page=page, day=day, views=1)
        except IntegrityError:
            AnonymousPageCount.objects.filter(page=page, day=day).update(views=F("views") + 1)


def track(request_or_contact, kind, obj=None, *, occurred_at=None, themes=None, label=None, **data):
    """Record that someone did `kind` (about `obj`); returns the Interaction or None.

    With a request, behavioural kinds are recorded only when the visitor gave
    tracking consent; otherwise a page view only bumps the anonymous count.
    """
    kind = InteractionKind(kind)
    page, subject, object_label, object_themes = _describe(obj)
    if isinstance(request_or_contact, Contact):
        contact, visitor = request_or_contact, None
    else:
        request = request_or_contact
        if kind in BEHAVIOURAL_KINDS and not has_tracking_consent(request):
            if kind == InteractionKind.PAGE_VIEW and page is not None:
                count_anonymous_view(page)
            return None
        visitor = visitor_for(request, create=kind in BEHAVIOURAL_KINDS)
        contact = contact_for(request)
    if contact is None and visitor is None:
        return None
    interaction = Interaction.objects.create(
        kind=kind,
        contact=contact,
        visitor=visitor,
        page=page,
        subject=subject,
        label=(label or object_label)[:255],
        themes=list(themes if themes is not None else object_themes),
        data=data,
        occurred_at=occurred_at or timezone.now(),
    )
    if contact is not None:
        score_interaction(interaction)
        evaluate(contact)
    return interaction


def _get_or_create_contact(email):
    """Get or create by e-mail, surviving a concurrent create of the same address."""
    contact = Contact.objects.filter(email=email).first()
    if contact is not None:
        return contact, False
    try:
        with transaction.atomic():
            return Contact.objects.create(email=email), True
    except IntegrityError:
        return Contact.objects.get(email=email), False


def identify(request, email, **fields):
    """Find or create the contact for `email`, update what we learnt, merge history.

    `fields` are contact fields (first_name, company, job_title…); empty values
    never erase what is known. Raises ValidationError for an invalid address.
    """
    email = normalise_email(email)
    validate_email(email)
    unknown = set(fields) - CONTACT_FIELDS
    if unknown:
        raise ValidationError(f"Unknown contact fields: {', '.join(sorted(unknown))}")
    contact, created = _get_or_create_contact(email)
    changed = set()
    for name, value in fields.items():
        if value not in (None, "") and getattr(contact, name) != value:
            setattr(contact, name, value)
            changed.add(name)
    if "job_title" in changed and not contact.persona:
        contact.persona = guess_persona(contact.job_title)
        changed.add("persona")
    if request is not None:
        touch = touch_from(request)
        visitor = visitor_for(request)
        if visitor is not None and visitor.first_touch and not contact.first_touch:
            contact.first_touch = visitor.first_touch
        if not contact.first_touch:
            contact.first_touch = touch
        contact.last_touch = touch
        if not contact.source:
            contact.source = touch.get("utm_source") or (
                "referral" if touch.get("referrer") else "direct"
            )
        changed |= {"first_touch", "last_touch", "source"}
    if changed:
        contact.save()
    if request is not None:
        _record_banner_consent(request, contact)
        merge_visitor_history(request, contact)
    if created or changed & {"job_title", "seniority", "company_size", "country", "persona"}:
        update_fit(contact)
        evaluate(contact)
    return contact


def _record_banner_consent(request, contact):
    """Copy the banner's "accept" into the contact's consent ledger, once."""
    if not has_tracking_consent(request):
        return
    latest = latest_consent(contact, Purpose.TRACKING)
    if latest is None or not latest.granted:
        record_consent(
            contact,
            Purpose.TRACKING,
            True,
            text_version=CONSENT_BANNER_VERSION,
            language=get_language() or "fr",
            source="consent banner",
            request=request,
        )


def merge_visitor_history(request, contact):
    """Attach the visitor's anonymous interactions to `contact` and score them."""
    visitor = visitor_for(request)
    if visitor is None:
        return 0
    with transaction.atomic():
        if visitor.contact_id not in (None, contact.pk):
            # The browser now belongs to someone else (shared computer):
            # start a fresh visitor rather than mixing two people's history.
            request._leads_visitor = Visitor.objects.create(
                contact=contact, first_touch=touch_from(request)
            )
            return 0
        if visitor.contact_id is None:
            visitor.contact = contact
            visitor.save(update_fields=["contact"])
        orphans = list(
            Interaction.objects.filter(visitor=visitor, contact__isnull=True).order_by(
                "occurred_at", "pk"
            )
        )
        Interaction.objects.filter(pk__in=[i.pk for i in orphans]).update(contact=contact)
    for interaction in orphans:
        interaction.contact = contact
        score_interaction(interaction)
    if orphans:
        evaluate(contact)
    logger.info("Merged %s anonymous interaction(s) into contact %s", len(orphans), contact.pk)
    return len(orphans)
