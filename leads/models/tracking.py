"""What visitors and contacts do: visitors (anonymous ids), interactions, anonymous counts."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InteractionKind(models.TextChoices):
    PAGE_VIEW = "page_view", _("Page view")
    ARTICLE_READ = "article_read", _("Article read to the end")
    RETURN_VISIT = "return_visit", _("Return visit")
    SHARE = "share", _("Share")
    CTA_CLICK = "cta_click", _("Call-to-action click")
    INFOGRAPHIC_VIEW = "infographic_view", _("Infographic view")
    NEWSLETTER_SIGNUP = "newsletter_signup", _("Newsletter sign-up")
    FORM_SUBMISSION = "form_submission", _("Form submission")
    WHITEPAPER_DOWNLOAD = "whitepaper_download", _("White-paper download")
    WEBINAR_REGISTRATION = "webinar_registration", _("Webinar registration")
    WEBINAR_ATTENDANCE = "webinar_attendance", _("Webinar attendance")
    REPLAY_WATCHED = "replay_watched", _("Replay watched")
    EMAIL_CLICK = "email_click", _("E-mail link click")
    ACCOUNT_SIGNUP = "account_signup", _("Account sign-up")


class Visitor(models.Model):
    """A browser that accepted tracking, known by a first-party cookie."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    contact = models.ForeignKey(
        "leads.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="visitors",
    )
    first_touch = models.JSONField(default=dict, blank=True)
    last_touch = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("visitor")
        verbose_name_plural = _("visitors")

    def __str__(self):
        return str(self.id)


class Interaction(models.Model):
    """Something a visitor or contact did; scoring turns it into points."""

    kind = models.CharField(_("kind"), max_length=30, choices=InteractionKind.choices)
    contact = models.ForeignKey(
        "leads.Contact",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="interactions",
    )
    visitor = models.ForeignKey(
        Visitor, null=True, blank=True, on_delete=models.CASCADE, related_name="interactions"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # What the interaction is about when it is not a page (a registration, a
    # download): "app_label.model:pk", so leads never imports those apps.
    subject = models.CharField(_("about"), max_length=120, blank=True)
    label = models.CharField(_("label"), max_length=255, blank=True)
    themes = models.JSONField(_("themes"), default=list, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)
    occurred_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("interaction")
        verbose_name_plural = _("interactions")
        ordering = ["-occurred_at", "-pk"]
        indexes = [
            models.Index(fields=["contact", "occurred_at"], name="interaction_contact_idx"),
            models.Index(fields=["visitor", "occurred_at"], name="interaction_visitor_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.label or self.subject}"


class AnonymousPageCount(models.Model):
    """Daily page-view counts kept without consent: aggregate and anonymous."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("anonymous page count")
        verbose_name_plural = _("anonymous page counts")
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="one_count_per_page_and_day")
        ]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"
