"""Blocks for webinar pages: the agenda and the configurable registration questions."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("Time or duration"), max_length=40, required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class ChoiceQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Question"), max_length=200)
    choices = blocks.ListBlock(blocks.CharBlock(max_length=120), label=_("Choices"), min_num=2)
    required = blocks.BooleanBlock(label=_("Required"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Multiple-choice question")


class TextQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Question"), max_length=200)
    required = blocks.BooleanBlock(label=_("Required"), required=False)

    class Meta:
        icon = "help"
        label = _("Free question")


class ProfileQuestionBlock(blocks.StructBlock):
    """A question whose answer also updates the contact's profile (progressive profiling)."""

    field = blocks.ChoiceBlock(
        choices=[
            ("job_title", _("Job title")),
            ("company_size", _("Company size")),
            ("country", _("Country")),
            ("phone", _("Phone")),
        ],
        label=_("Profile field"),
    )
    required = blocks.BooleanBlock(label=_("Required"), required=False)

    class Meta:
        icon = "user"
        label = _("Profile question")


class RegistrationQuestionsBlock(blocks.StreamBlock):
    profile = ProfileQuestionBlock()
    choice = ChoiceQuestionBlock()
    text = TextQuestionBlock()
