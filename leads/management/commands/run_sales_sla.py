from django.core.management.base import BaseCommand

from leads.sales.sla import run_sla


class Command(BaseCommand):
    help = "Remind owners of leads waiting past the SLA; escalate (and reassign) later ones."

    def handle(self, *args, **options):
        reminded, escalated = run_sla()
        if options["verbosity"] > 0:
            self.stdout.write(f"{reminded} reminder(s), {escalated} escalation(s).")
