from django.core.management.base import BaseCommand
from django.utils import timezone

from leads.models import Contact
from leads.scoring import half_life, recompute, rescore_history


class Command(BaseCommand):
    help = "Recompute every contact's decayed scores from the ledger (same result as incremental)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rescore",
            action="store_true",
            help="Re-apply today's rules to every past interaction (after changing rules).",
        )

    def handle(self, *args, rescore=False, **options):
        at, half_life_delta = timezone.now(), half_life()
        count = 0
        for contact in Contact.objects.iterator(chunk_size=500):
            if rescore:
                rescore_history(contact)
            recompute(contact, at, half_life_delta=half_life_delta)
            count += 1
        if options["verbosity"] > 0:
            self.stdout.write(f"{count} contact(s) recomputed.")
