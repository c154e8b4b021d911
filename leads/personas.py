"""A first guess of a contact's persona from the job title (staff can edit it).

Personas are the shared `website.Persona` snippets; the guess names them by
their stable `key` (the same in every language), never by a display name, and
the sales screens show the persona's name in the viewer's language.
"""

from django.db.models import Q

from website.models import Persona

# (keywords, persona key) in priority order; keywords are matched
# case-insensitively in French and English job titles. A key no persona
# carries yet simply gives no guess.
PERSONA_KEYWORDS = [
    (("ceo", "founder", "fondateur", "président", "president", "gérant", "dirigeant"), "sme-ceo"),
    (
        ("sales", "commercial", "vente", "business development", "account"),
        "sales-director",
    ),
    (
        ("marketing", "growth", "communication", "brand", "content", "contenu"),
        "marketing-manager",
    ),
    (("hr", "rh", "people", "talent", "recrutement"), "hr-manager"),
]


def guess_persona_key(job_title):
    """The key of the persona a job title suggests, or "" when nothing matches."""
    title = (job_title or "").casefold()
    for keywords, key in PERSONA_KEYWORDS:
        if any(keyword in title for keyword in keywords):
            return key
    return ""


def guess_persona(job_title):
    """The `website.Persona` a job title suggests (source-language version), or None."""
    return Persona.for_key(guess_persona_key(job_title))


def persona_texts(persona):
    """What a persona answers to: its key and its name in every language (case-folded)."""
    if persona is None:
        return set()
    names = Persona.objects.filter(translation_key=persona.translation_key).values_list(
        "name", flat=True
    )
    return {persona.key.casefold(), *(name.casefold() for name in names)} - {""}


def persona_matches(text, *, prefix=""):
    """A filter for contacts whose persona is `text` (key or name in any language, or free text).

    `prefix` reaches the contact from another model, e.g. ``"contact__"`` for leads.
    """
    text = (text or "").strip()
    groups = Persona.objects.filter(Q(key__iexact=text) | Q(name__iexact=text)).values(
        "translation_key"
    )
    return Q(**{f"{prefix}persona__translation_key__in": groups}) | Q(
        **{f"{prefix}persona_label__iexact": text}
    )
