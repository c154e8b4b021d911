from django.core.management.base import BaseCommand

from webinars.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Write the webinar reminders that are due (safe to run any number of times)."

    def handle(self, *args, **options):
        count = send_due_reminders()
        if options["verbosity"]:
            self.stdout.write(f"{count} reminder(s) written.")
