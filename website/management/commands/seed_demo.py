from django.core.management.base import BaseCommand

from website import demo


class Command(BaseCommand):
    help = "Create the bilingual demo content and demo accounts (safe to run again)."

    def handle(self, *args, **options):
        demo.seed_site()
        accounts = demo.seed_accounts()
        self.stdout.write(self.style.SUCCESS("Demo content is ready at http://127.0.0.1:8000/"))
        self.stdout.write("Admin: http://127.0.0.1:8000/admin/")
        for role, email, password, created in accounts:
            note = "" if created else " (existing account: unchanged if you changed it)"
            self.stdout.write(f"  {role}: {email} / {password}{note}")
