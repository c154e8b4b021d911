"""Header and footer navigation, and footer text: translatable snippets."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """An ordered list of links shown in one place of the site, per language."""

    class Location(models.TextChoices):
        HEADER = "header", _("Header")
        FOOTER = "footer", _("Footer")

    location = models.CharField(_("location"), max_length=20, choices=Location.choices)

    panels = [FieldPanel("location"), InlinePanel("items", label=_("Links"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(
                fields=["location", "locale"], name="unique_navigation_menu_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale.get_display_name()})"

    @classmethod
    def for_location(cls, location, locale):
        """The menu for `location` in `locale`, with its items, or None."""
        return (
            cls.objects.filter(location=location, locale=locale)
            .prefetch_related("items__link_page")
            .first()
        )


class NavigationMenuItem(Orderable):
    """A link to a page of the site (preferred: follows renames) or an address."""

    menu = ParentalKey(NavigationMenu, related_name="items", on_delete=models.CASCADE)
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Leave empty to use the page title.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("or address"), blank=True)

    panels = [FieldPanel("label"), PageChooserPanel("link_page"), FieldPanel("link_url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        if not self.link_page and not self.link_url:
            raise ValidationError(_("Choose a page or enter an address."))
        if not self.link_page and not self.label:
            raise ValidationError({"label": _("A link to an address needs a label.")})

    @property
    def text(self):
        return self.label or (self.link_page.title if self.link_page else self.link_url)


class FooterText(TranslatableMixin, models.Model):
    """The short text shown at the bottom of every page (one per language)."""

    body = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text (%(language)s)") % {"language": self.locale.get_display_name()})
