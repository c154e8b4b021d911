"""Conversation starters: plain sentences a rep can open with, from the contact's history.

They read only interactions and what content apps stored on them: `label`,
`themes`, and `data` (webinars store ``minutes`` and ``answers`` — a mapping
or a list of ``{"question", "answer"}`` — white papers store ``promise``).
"""

from collections import Counter

from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from leads.models import InteractionKind

READING_KINDS = {InteractionKind.ARTICLE_READ, InteractionKind.PAGE_VIEW, InteractionKind.SHARE}
MAX_ANSWERS = 2


def theme_label(slug):
    """A readable theme name from its slug (leads never imports the themes app)."""
    return slug.replace("-", " ").replace("_", " ").strip()


def _answers(data):
    answers = data.get("answers") or []
    if isinstance(answers, dict):
        answers = [{"question": q, "answer": a} for q, a in answers.items()]
    pairs = []
    for item in answers if isinstance(answers, list) else []:
        if isinstance(item, dict) and item.get("question") and item.get("answer"):
            pairs.append((str(item["question"])[:200], str(item["answer"])[:300]))
    return pairs[:MAX_ANSWERS]


def _day(moment):
    return formats.date_format(moment, "DATE_FORMAT")


def starters_for(contact, language="fr"):
    """Sentences in `language` a rep can use to open the conversation, most useful first."""
    interactions = list(contact.interactions.order_by("-occurred_at", "-pk")[:500])
    with translation.override(language):
        return [s for s in (_themes(interactions), *_trust_actions(interactions)) if s]


def _themes(interactions):
    counts = Counter(
        theme
        for interaction in interactions
        if interaction.kind in READING_KINDS
        for theme in interaction.themes or []
    )
    top = [theme_label(theme) for theme, _count in counts.most_common(2)]
    if not top:
        return ""
    reads = sum(1 for i in interactions if i.kind == InteractionKind.ARTICLE_READ)
    if len(top) == 1:
        sentence = _("They read mostly about %(theme)s") % {"theme": top[0]}
    else:
        sentence = _("They read mostly about %(first)s and %(second)s") % {
            "first": top[0],
            "second": top[1],
        }
    if reads:
        sentence += " " + ngettext(
            "(%(count)s article read to the end)", "(%(count)s articles read to the end)", reads
        ) % {"count": reads}
    return (
        sentence
        + ". "
        + _("Ask what triggered their interest in %(theme)s right now.") % {"theme": top[0]}
    )


def _latest(interactions, kind):
    return next((i for i in interactions if i.kind == kind), None)


def _trust_actions(interactions):
    sentences = []
    attended = _latest(interactions, InteractionKind.WEBINAR_ATTENDANCE)
    if attended is not None:
        sentence = _("They attended the webinar “%(title)s” on %(day)s") % {
            "title": attended.label,
            "day": _day(attended.occurred_at),
        }
        minutes = attended.data.get("minutes")
        if isinstance(minutes, int | float) and minutes > 0:
            sentence += " " + _("for %(minutes)s minutes") % {"minutes": int(minutes)}
        sentence += "."
        for question, answer in _answers(attended.data):
            sentence += " " + _("Asked “%(question)s”, they answered “%(answer)s”.") % {
                "question": question,
                "answer": answer,
            }
        sentences.append(sentence + " " + _("Ask what they took away from it."))
    else:
        registered = _latest(interactions, InteractionKind.WEBINAR_REGISTRATION)
        if registered is not None:
            sentences.append(
                _(
                    "They registered for the webinar “%(title)s” but have not attended: "
                    "offer the replay and ask what they hoped to learn."
                )
                % {"title": registered.label}
            )
    download = _latest(interactions, InteractionKind.WHITEPAPER_DOWNLOAD)
    if download is not None:
        sentence = _("They downloaded the white paper “%(title)s” on %(day)s.") % {
            "title": download.label,
            "day": _day(download.occurred_at),
        }
        promise = str(download.data.get("promise") or "").strip()
        if promise:
            sentence += " " + _("It promises: %(promise)s") % {"promise": promise.rstrip(".")}
            sentence += ". " + _("Ask whether it kept its promise for them.")
        else:
            sentence += " " + _("Ask which part was most useful to them.")
        sentences.append(sentence)
    replay = _latest(interactions, InteractionKind.REPLAY_WATCHED)
    if replay is not None and attended is None:
        sentences.append(_("They watched the replay of “%(title)s”.") % {"title": replay.label})
    clicked = _latest(interactions, InteractionKind.EMAIL_CLICK)
    if clicked is not None and clicked.label:
        sentences.append(
            _("They recently clicked “%(title)s” in one of our e-mails.") % {"title": clicked.label}
        )
    return sentences
