from django.core.management.base import BaseCommand

from website.outbox import sweep


class Command(BaseCommand):
    help = "Re-queue outbox deliveries whose task was lost (worker killed, queue flushed)."

    def handle(self, *args, **options):
        count = sweep()
        if options["verbosity"] > 0:
            self.stdout.write(f"{count} delivery(ies) re-queued.")
