"""Blocks for articles: the shared body blocks plus numbered tips and call-outs."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from leads.api import NewsletterSignupBlock
from website.blocks import BaseStreamBlock


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tip"), max_length=200)
    text = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "pick"
        label = _("Tip")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout_block.html"


class ArticleStreamBlock(BaseStreamBlock):
    """The shared body blocks, plus numbered tips, call-outs and a newsletter sign-up."""

    tips = blocks.ListBlock(
        TipBlock(),
        min_num=1,
        label=_("Numbered tips"),
        icon="list-ol",
        template="blocks/tips_block.html",
    )
    callout = CalloutBlock()
    newsletter = NewsletterSignupBlock()
