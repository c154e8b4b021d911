from django.core.management.base import BaseCommand

from webinars.followups import close_ended_webinars


class Command(BaseCommand):
    help = "Mark no-shows and send follow-ups for webinars that ended (idempotent)."

    def handle(self, *args, **options):
        count = close_ended_webinars()
        if options["verbosity"]:
            self.stdout.write(f"{count} webinar(s) closed.")
