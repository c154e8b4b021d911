"""Push contacts to the Mailchimp audience: everyone (batch operations) or one contact."""

from django.core.management.base import BaseCommand, CommandError

from leads.audience import mailchimp
from leads.models import Contact


class Command(BaseCommand):
    help = "Sync contacts who consented to marketing e-mails to the Mailchimp audience."

    def add_arguments(self, parser):
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument(
            "--all", action="store_true", help="Every contact, through batch operations."
        )
        target.add_argument("--contact", type=int, help="One contact, by id.")
        target.add_argument("--ping", action="store_true", help="Check the key and address.")

    def handle(self, *args, **options):
        if not mailchimp.is_configured():
            raise CommandError(
                "Mailchimp is not configured: set MAILCHIMP_API_KEY, "
                "MAILCHIMP_SERVER_PREFIX and MAILCHIMP_LIST_ID."
            )
        try:
            if options["ping"]:
                self.stdout.write(mailchimp.ping())
            elif options["contact"]:
                contact = Contact.objects.filter(pk=options["contact"]).first()
                if contact is None:
                    raise CommandError(f"No contact has id {options['contact']}.")
                self.stdout.write(f"Contact {contact.pk}: {mailchimp.sync_contact(contact)}")
            else:
                synced, flagged, failed = mailchimp.sync_all()
                self.stdout.write(
                    f"Synced {synced}, refused by Mailchimp {flagged}, failed {failed}."
                )
        except mailchimp.MailchimpError as error:
            raise CommandError(str(error)) from None
