"""Signal receivers of webinars: publishing a webinar tells registrants what changed."""

from django.dispatch import receiver

from wagtail.signals import page_published

from webinars.models import WebinarPage
from webinars.schedule import announce_changes


@receiver(page_published, sender=WebinarPage)
def webinar_published(sender, instance, **kwargs):
    announce_changes(instance)
