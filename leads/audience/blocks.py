"""The newsletter sign-up block, for any page's StreamField."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from leads.audience.forms import NewsletterSignupForm


class NewsletterSignupBlock(blocks.StructBlock):
    """A heading, a line of text and the sign-up form (posting to the newsletter page)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "mail"
        label = _("Newsletter sign-up")
        template = "leads/blocks/newsletter_signup.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["form"] = NewsletterSignupForm(
            initial={"language": (parent_context or {}).get("LANGUAGE_CODE", "fr")}
        )
        return context
