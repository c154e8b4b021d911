from django.core.management.base import BaseCommand

from wagtail import hooks

from website import demo

# Apps add their demo content with this Wagtail hook; each function is
# idempotent and returns a one-line summary.
SEED_DEMO_HOOK = "aimant_seed_demo"


class Command(BaseCommand):
    help = "Create the bilingual demo content and demo accounts (safe to run again)."

    def handle(self, *args, **options):
        demo.seed_site()
        accounts = demo.seed_accounts()
        for seed in hooks.get_hooks(SEED_DEMO_HOOK):
            summary = seed()
            if summary:
                self.stdout.write(str(summary))
        self.stdout.write(self.style.SUCCESS("Demo content is ready at http://127.0.0.1:8000/"))
        self.stdout.write("Admin: http://127.0.0.1:8000/admin/")
        for role, email, password, created in accounts:
            note = "" if created else " (existing account: unchanged if you changed it)"
            self.stdout.write(f"  {role}: {email} / {password}{note}")
