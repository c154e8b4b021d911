"""Speed to lead: a working-hours clock from assignment to first contact.

Past `reminder_after_hours` the owner is reminded, past
`escalate_after_hours` sales managers are alerted and, if configured, the lead
is reassigned. E-mails are keyed on the assignment round, so each is sent once
however often the job runs.
"""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from leads.models import AssignedVia, Holiday, Lead, PipelineStage, SalesSettings
from leads.sales.assignment import assign, round_robin_rep, sales_managers
from leads.sales.notifications import escalate, remind_owner

MAX_DAYS_COUNTED = 400  # a lead forgotten for over a year is overdue either way


class WorkingClock:
    """Working hours per the sales settings and holidays, in the site's time zone."""

    def __init__(self, sales_settings=None, holidays=None):
        sales_settings = sales_settings or SalesSettings.load()
        self.starts = sales_settings.day_starts_at
        self.ends = sales_settings.day_ends_at
        self.weekdays = sales_settings.weekdays()
        self.holidays = (
            set(holidays)
            if holidays is not None
            else set(Holiday.objects.values_list("date", flat=True))
        )
        self.reminder_hours = sales_settings.reminder_after_hours
        self.escalation_hours = sales_settings.escalate_after_hours
        self.reassign = sales_settings.reassign_on_escalation

    def is_working_day(self, day):
        return day.weekday() in self.weekdays and day not in self.holidays

    def working_hours(self, start, end):
        """Working hours between two aware datetimes (0 when end is before start)."""
        if end <= start:
            return 0.0
        zone = timezone.get_current_timezone()
        start_local, end_local = timezone.localtime(start, zone), timezone.localtime(end, zone)
        day = start_local.date()
        last = min(end_local.date(), day + timedelta(days=MAX_DAYS_COUNTED))
        seconds = 0.0
        while day <= last:
            if self.is_working_day(day):
                opens = timezone.make_aware(datetime.combine(day, self.starts), zone)
                closes = timezone.make_aware(datetime.combine(day, self.ends), zone)
                overlap = (min(end_local, closes) - max(start_local, opens)).total_seconds()
                seconds += max(overlap, 0.0)
            day += timedelta(days=1)
        return seconds / 3600

    def waiting_hours(self, lead, now=None):
        """Working hours the lead has waited for a first contact; None when not waiting."""
        if not waiting_for_contact(lead):
            return None
        return self.working_hours(lead.assigned_at, now or timezone.now())

    def is_overdue(self, lead, now=None):
        hours = self.waiting_hours(lead, now)
        return hours is not None and hours >= self.reminder_hours


def waiting_for_contact(lead):
    return (
        lead.stage == PipelineStage.NEW
        and lead.assigned_at is not None
        and lead.first_contacted_at is None
        and lead.contact.owner_id is not None
    )


def run_sla(now=None, clock=None):
    """Remind, escalate and reassign waiting leads; returns (reminded, escalated) counts."""
    now = now or timezone.now()
    clock = clock or WorkingClock()
    reminded = escalated = 0
    waiting = Lead.objects.filter(
        stage=PipelineStage.NEW,
        assigned_at__isnull=False,
        first_contacted_at__isnull=True,
        contact__owner__isnull=False,
    ).select_related("contact", "contact__owner")
    for lead in waiting.iterator():
        hours = clock.working_hours(lead.assigned_at, now)
        if hours < clock.reminder_hours:
            continue
        with transaction.atomic():
            if remind_owner(lead, int(hours)) is not None:
                reminded += 1
            if hours < clock.escalation_hours or lead.escalated_at is not None:
                continue
            for manager in sales_managers():
                escalate(lead, manager, int(hours))
            Lead.objects.filter(pk=lead.pk).update(escalated_at=now)
            escalated += 1
            if clock.reassign:
                rep = round_robin_rep(exclude=[lead.contact.owner])
                if rep is not None:
                    assign(lead, rep, AssignedVia.ESCALATION, at=now)
    return reminded, escalated
