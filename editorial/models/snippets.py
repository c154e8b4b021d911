"""Series: a translatable snippet grouping articles into numbered episodes.

Themes, personas and people (authors) are shared by every content app and
live in `website.models.taxonomy`. Pages point at the French (source) snippet;
templates show `snippet.localized`, the version in the visitor's language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class Series(TranslatableMixin, models.Model):
    """Articles published as numbered episodes ("episode 2 of 3")."""

    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=80)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["title"]

    def __str__(self):
        return self.title
