"""Changes that Mailchimp must hear about: each schedules a coalesced sync."""

from leads.models import InteractionKind, Purpose

# Interactions that change a member's tags.
TAGGED_KINDS = {
    InteractionKind.WEBINAR_ATTENDANCE,
    InteractionKind.WHITEPAPER_DOWNLOAD,
    InteractionKind.NEWSLETTER_SIGNUP,
    InteractionKind.WEBINAR_REGISTRATION,
}


def on_contact_saved(sender, instance, raw=False, **kwargs):
    """A profile, stage or score change may change merge fields and tags."""
    if not raw:
        from leads.audience.mailchimp import schedule_sync

        schedule_sync(instance)


def on_consent_recorded(sender, instance, created=False, raw=False, **kwargs):
    """A marketing grant subscribes the member; a withdrawal unsubscribes it."""
    if created and not raw and instance.purpose == Purpose.MARKETING_EMAIL:
        from leads.audience.mailchimp import schedule_sync

        schedule_sync(instance.contact, consent_changed=True)


def on_interaction_recorded(sender, instance, created=False, raw=False, **kwargs):
    """Attending a webinar or downloading a paper adds a tag."""
    if created and not raw and instance.contact_id and instance.kind in TAGGED_KINDS:
        from leads.audience.mailchimp import schedule_sync

        schedule_sync(instance.contact)


def connect():
    """Connect the receivers (called from the leads app config)."""
    from django.db.models.signals import post_save

    from leads.audience import mailchimp  # noqa: F401 - registers the outbox sender
    from leads.models import ConsentEvent, Contact, Interaction

    post_save.connect(on_contact_saved, sender=Contact, dispatch_uid="audience.contact")
    post_save.connect(on_consent_recorded, sender=ConsentEvent, dispatch_uid="audience.consent")
    post_save.connect(
        on_interaction_recorded, sender=Interaction, dispatch_uid="audience.interaction"
    )
