"""What webinars hold about a person: exported and erased through the leads hooks."""

from webinars.models import Registration


def registrations_of(contact):
    return Registration.objects.filter(email__iexact=contact.email).select_related("webinar")


def export_registrations(contact):
    """The person's registrations, for the data-subject export."""
    return {
        "Webinar registrations": [
            {
                "webinar": registration.webinar.title,
                "starts_at": registration.webinar.starts_at,
                "status": registration.status,
                "first_name": registration.first_name,
                "last_name": registration.last_name,
                "company": registration.company,
                "answers": registration.answers,
                "language": registration.language,
                "attended_minutes": registration.attended_minutes,
                "rating": registration.rating,
                "rating_comment": registration.rating_comment,
                "created_at": registration.created_at,
            }
            for registration in registrations_of(contact)
        ]
    }


def erase_registrations(contact):
    """Delete the person's registrations (reminder logs go with them).

    Seat counts are derived from the remaining rows, so capacity stays right;
    the outbox rows of their e-mails are erased by leads with the contact.
    """
    registrations_of(contact).delete()
