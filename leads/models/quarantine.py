"""Form submissions held back because they look like spam."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuarantinedSubmission(models.Model):
    """A submission that did not create a contact; staff release or discard it."""

    class Status(models.TextChoices):
        HELD = "held", _("Held for review")
        RELEASED = "released", _("Released")
        DISCARDED = "discarded", _("Discarded")

    form = models.CharField(_("form"), max_length=100)
    email = models.EmailField(_("e-mail"), blank=True)
    data = models.JSONField(_("submitted fields"), default=dict)
    reason = models.CharField(_("reason"), max_length=100)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.HELD, db_index=True
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("quarantined submission")
        verbose_name_plural = _("quarantined submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.form} · {self.reason}"
