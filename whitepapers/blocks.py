"""Blocks for white papers written in Wagtail: a paper is a sequence of chapters.

Each chapter starts on a new page of the PDF and appears in its table of
contents; inside a chapter editors use rich text, figures with captions,
quotes, key-figure call-outs and tables.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

from website.blocks import FigureBlock, QuoteBlock


class KeyFigureBlock(blocks.StructBlock):
    """One number that sums up a finding ("68 %"), with what it measures."""

    figure = blocks.CharBlock(label=_("Key figure"), max_length=20, help_text=_("e.g. 68 %"))
    label = blocks.CharBlock(label=_("What it measures"), max_length=200)
    source = blocks.CharBlock(label=_("Source"), max_length=200, required=False)

    class Meta:
        icon = "order"
        label = _("Key figure")
        template = "whitepapers/blocks/key_figure_block.html"


class ChapterContentBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul", "h3", "h4"],
        template="blocks/paragraph_block.html",
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    key_figure = KeyFigureBlock()
    table = TableBlock(label=_("Table"), template="whitepapers/blocks/table_block.html")

    class Meta:
        label = _("Chapter content")


class ChapterBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Chapter title"), max_length=200)
    content = ChapterContentBlock()

    class Meta:
        icon = "doc-full"
        label = _("Chapter")
        template = "whitepapers/blocks/chapter_block.html"


class WhitePaperStreamBlock(blocks.StreamBlock):
    chapter = ChapterBlock()

    class Meta:
        label = _("Chapters")


def chapter_anchor(number, heading):
    """A stable anchor for a chapter: its number and slugified title."""
    return f"chapter-{number}-{slugify(heading)[:60]}".rstrip("-")
