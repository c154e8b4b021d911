"""When each periodic job last ran, so a stalled scheduler is visible."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class JobRun(models.Model):
    """The latest run of one scheduled job (one row per job name)."""

    name = models.CharField(_("job"), max_length=80, unique=True)
    last_started_at = models.DateTimeField(_("last started"), null=True, blank=True)
    last_succeeded_at = models.DateTimeField(_("last succeeded"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("scheduled job run")
        verbose_name_plural = _("scheduled job runs")

    def __str__(self):
        return self.name
