"""Erase contacts with no activity of their own for LEADS_RETENTION_DAYS (CNIL: 3 years)."""

from django.core.management.base import BaseCommand

from leads.audience.gdpr import purge_inactive_contacts


class Command(BaseCommand):
    help = "Erase prospects inactive for longer than the retention period and record the run."

    def handle(self, *args, **options):
        report = purge_inactive_contacts()
        self.stdout.write(
            f"Purged {report.purged} contact(s) inactive since {report.cutoff:%Y-%m-%d}."
        )
