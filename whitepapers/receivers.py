"""Signal receivers: publishing a paper (again) rebuilds its PDF."""

from django.dispatch import receiver

from wagtail.signals import page_published

from whitepapers.builds import request_build
from whitepapers.models import WhitePaperPage


@receiver(page_published, sender=WhitePaperPage)
def rebuild_pdf_on_publish(sender, instance, **kwargs):
    request_build(instance)
