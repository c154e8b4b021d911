"""Default scoring rules from the product design; staff tune them in the admin."""

from django.db import migrations

ENGAGEMENT_RULES = [
    ("Page view", "page_view", "know", 1, 10),
    ("Article read to the end", "article_read", "know", 3, 15),
    ("Return visit", "return_visit", "like", 5, 5),
    ("Share", "share", "like", 5, 10),
    ("Infographic view", "infographic_view", "like", 2, 6),
    ("Newsletter sign-up", "newsletter_signup", "like", 5, None),
    ("White-paper download", "whitepaper_download", "trust", 15, 30),
    ("Webinar registration", "webinar_registration", "trust", 10, 20),
    ("Webinar attendance", "webinar_attendance", "trust", 20, None),
    ("Replay watched", "replay_watched", "trust", 10, 20),
    ("E-mail link click", "email_click", "like", 2, 6),
]
FIT_RULES = [
    ("Director or VP", "seniority", "equals", "director", 15),
    ("Executive", "seniority", "equals", "executive", 20),
    ("Manager", "seniority", "equals", "manager", 8),
    ("Student", "seniority", "equals", "student", -30),
    ("Director in the job title", "job_title", "contains", "director", 10),
    ("Directeur in the job title", "job_title", "contains", "directeur", 10),
    ("Company of 50 people or more", "company_size", "gte", "50", 10),
    ("Very small company", "company_size", "lte", "5", -10),
    ("French-speaking market", "country", "in", "FR,BE,CH,LU,CA", 5),
    ("Sales leader persona", "persona", "equals", "Sales leader", 10),
]


def create_rules(apps, schema_editor):
    EngagementRule = apps.get_model("leads", "EngagementRule")
    FitRule = apps.get_model("leads", "FitRule")
    for name, kind, dimension, points, cap in ENGAGEMENT_RULES:
        EngagementRule.objects.get_or_create(
            name=name,
            defaults={"kind": kind, "dimension": dimension, "points": points, "daily_cap": cap},
        )
    for name, field, operator, value, points in FIT_RULES:
        FitRule.objects.get_or_create(
            name=name,
            defaults={"field": field, "operator": operator, "value": value, "points": points},
        )


class Migration(migrations.Migration):
    dependencies = [("leads", "0001_initial")]

    operations = [migrations.RunPython(create_rules, migrations.RunPython.noop)]
