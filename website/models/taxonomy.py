"""The shared vocabulary of every content app: themes, personas and people.

These are translatable snippets on the ground floor so that articles, webinars,
white papers and leads all speak of the same themes, target readers and people.
Pages point at the source (French) snippet; templates show `snippet.localized`,
the version in the visitor's language when it exists.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
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
    """A target reader: who they are and how they decide.

    `key` is the persona's stable, language-independent identifier (e.g.
    ``sales-director``): every translation carries the same key, so code such as
    the leads' job-title guess and fit rules never depends on display names.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    key = models.SlugField(
        _("key"),
        max_length=80,
        blank=True,
        help_text=_(
            "Stable identifier shared by every translation, used by lead scoring "
            "(e.g. sales-director). Filled from the source persona when empty."
        ),
    )
    profile = models.TextField(_("profile"))
    responsibilities = models.TextField(_("responsibilities"), blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    challenges = models.TextField(_("challenges"), blank=True)
    constraints = models.TextField(_("constraints"), blank=True)
    decision_process = models.TextField(_("decision process"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("key"),
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
            ),
            models.UniqueConstraint(
                fields=["key", "locale"],
                condition=~models.Q(key=""),
                name="unique_persona_key_per_locale",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # A translation inherits its source's key, so one key names the whole
        # translation group; a new source persona gets a free one from its slug.
        if not self.key:
            self.key = self._inherited_key() or self._free_key(slugify(self.slug or self.name))
        super().save(*args, **kwargs)
        # A key edited on one version is the key of all of them.
        Persona.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).exclude(
            key=self.key
        ).update(key=self.key)

    def clean(self):
        super().clean()
        # One key names one translation group, so that a guess or a fit rule
        # never hesitates between two personas.
        if self.key and self._other_groups().filter(key=self.key).exists():
            raise ValidationError({"key": _("Another persona already has this key.")})

    def _other_groups(self):
        return Persona.objects.exclude(translation_key=self.translation_key)

    def _inherited_key(self):
        siblings = Persona.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
        return siblings.exclude(key="").values_list("key", flat=True).first()

    def _free_key(self, base):
        base = base[:70] or "persona"
        key, number = base, 2
        while self._other_groups().filter(key=key).exists():
            key, number = f"{base}-{number}", number + 1
        return key

    @classmethod
    def for_key(cls, key):
        """The persona with `key`, preferring the site's source language; None if unknown."""
        if not key:
            return None
        candidates = cls.objects.filter(key=key).select_related("locale")
        for persona in candidates:
            if persona.locale.language_code == settings.LANGUAGE_CODE:
                return persona
        return candidates.first()

    @classmethod
    def names_by_translation_key(cls):
        """``{translation_key: name}`` of every persona in the active language, in one query.

        For lists and exports that show many contacts' personas: ``localized``
        would query once or twice per row.
        """
        return dict(
            cls.objects.filter(locale=Locale.get_active()).values_list("translation_key", "name")
        )


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone shown on the site: an article's author, a webinar's speaker or panelist."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role or job title"), max_length=120, blank=True)
    company = models.CharField(_("company"), max_length=120, blank=True)
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
        FieldPanel("company"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("linkedin_url"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("company"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name
