from django.core.management.base import BaseCommand
from django.utils import timezone

from leads.models import Contact, LifecycleStage, ScoringSettings
from leads.qualification import evaluate


class Command(BaseCommand):
    help = "Qualify contacts that crossed the thresholds; return cold ones to nurturing."

    def handle(self, *args, **options):
        at, scoring_settings = timezone.now(), ScoringSettings.load()
        changed = 0
        candidates = Contact.objects.filter(
            stage__in=[
                LifecycleStage.SUBSCRIBER,
                LifecycleStage.LEAD,
                LifecycleStage.MARKETING_QUALIFIED,
            ],
            stage_override_reason="",
        )
        for contact in candidates.iterator(chunk_size=500):
            if evaluate(contact, at, scoring_settings=scoring_settings):
                changed += 1
        if options["verbosity"] > 0:
            self.stdout.write(f"{changed} contact(s) changed stage.")
