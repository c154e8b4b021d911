"""The editorial line (themes, personas), authors and series: translatable snippets.

Pages point at the French (source) snippet; templates show `snippet.localized`,
the version in the visitor's language when it exists.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour like #1f3a8a."))


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """One theme of the editorial line, reviewed about every six months."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    colour = models.CharField(_("colour"), max_length=7, default="#1f3a8a", validators=[hex_colour])
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_until = models.DateField(_("active until"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("colour"),
        MultiFieldPanel(
            [FieldPanel("active_from"), FieldPanel("active_until")], heading=_("Active period")
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.active_from and self.active_until and self.active_until < self.active_from:
            raise ValidationError({"active_until": _("The end comes before the start.")})


class Persona(TranslatableMixin, index.Indexed, models.Model):
    """A target reader: who they are and how they decide."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    profile = models.TextField(_("profile"))
    responsibilities = models.TextField(_("responsibilities"), blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    challenges = models.TextField(_("challenges"), blank=True)
    constraints = models.TextField(_("constraints"), blank=True)
    decision_process = models.TextField(_("decision process"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("profile"),
        FieldPanel("responsibilities"),
        FieldPanel("objectives"),
        FieldPanel("challenges"),
        FieldPanel("constraints"),
        FieldPanel("decision_process"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("persona")
        verbose_name_plural = _("personas")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_persona_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class Author(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("biography"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn profile"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("linkedin_url"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


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
