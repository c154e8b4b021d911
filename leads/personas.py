"""A first guess of a contact's persona from the job title (staff can edit it)."""

# (keywords, persona) in priority order; keywords are matched case-insensitively
# in French and English job titles. Personas are stored as these stable names.
PERSONA_KEYWORDS = [
    (("ceo", "founder", "fondateur", "président", "president", "gérant", "dirigeant"), "Executive"),
    (("sales", "commercial", "vente", "business development", "account"), "Sales leader"),
    (("marketing", "growth", "communication", "brand", "content", "contenu"), "Marketing leader"),
    (("hr", "rh", "people", "talent", "recrutement"), "HR leader"),
]


def guess_persona(job_title):
    title = (job_title or "").casefold()
    for keywords, persona in PERSONA_KEYWORDS:
        if any(keyword in title for keyword in keywords):
            return persona
    return ""
