"""Site-wide settings that editors manage in the admin (Settings → Site settings)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Brand, social profiles, legal links and the default call to action.

    Page links point at the French page; templates follow them to the
    visitor's language with `page.localized`.
    """

    brand_name = models.CharField(_("brand name"), max_length=80, default="Aimant")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    x_url = models.URLField(_("X profile"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cookie_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("cookie policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    default_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("default call-to-action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header and at the end of pages that have no call to action."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("brand_name"), FieldPanel("logo"), FieldPanel("contact_email")],
            heading=_("Brand"),
        ),
        MultiFieldPanel(
            [FieldPanel("linkedin_url"), FieldPanel("x_url"), FieldPanel("youtube_url")],
            heading=_("Social profiles"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("legal_notice_page"),
                FieldPanel("privacy_page"),
                FieldPanel("cookie_page"),
            ],
            heading=_("Legal pages"),
        ),
        FieldPanel("default_cta_page"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_profile_urls(self):
        return [url for url in (self.linkedin_url, self.x_url, self.youtube_url) if url]

    def legal_pages(self):
        """The legal pages that are set, in footer order."""
        pages = (self.legal_notice_page, self.privacy_page, self.cookie_page)
        return [page for page in pages if page is not None]
