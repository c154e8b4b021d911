"""Changes that Mailchimp must hear about: each schedules a coalesced sync."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from leads.audience.mailchimp import schedule_sync
from leads.models import ConsentEvent, Contact, Interaction, InteractionKind, Purpose

# Interactions that change a member's tags.
TAGGED_KINDS = {
    InteractionKind.WEBINAR_ATTENDANCE,
    InteractionKind.WHITEPAPER_DOWNLOAD,
    InteractionKind.NEWSLETTER_SIGNUP,
    InteractionKind.WEBINAR_REGISTRATION,
}


@receiver(post_save, sender=Contact, dispatch_uid="audience.contact")
def on_contact_saved(sender, instance, raw=False, **kwargs):
    """A profile, stage or score change may change merge fields and tags."""
    if not raw:
        schedule_sync(instance)


@receiver(post_save, sender=ConsentEvent, dispatch_uid="audience.consent")
def on_consent_recorded(sender, instance, created=False, raw=False, **kwargs):
    """A marketing grant subscribes the member; a withdrawal unsubscribes it."""
    if created and not raw and instance.purpose == Purpose.MARKETING_EMAIL:
        schedule_sync(instance.contact, consent_changed=True)


@receiver(post_save, sender=Interaction, dispatch_uid="audience.interaction")
def on_interaction_recorded(sender, instance, created=False, raw=False, **kwargs):
    """Attending a webinar or downloading a paper adds a tag."""
    if created and not raw and instance.contact_id and instance.kind in TAGGED_KINDS:
        schedule_sync(instance.contact)
