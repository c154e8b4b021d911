"""The lead lists: tabs, filters and sorting shared by the workspace and its CSV export."""

import json
from datetime import timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import F, Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from leads.models import Lead, PipelineStage
from leads.personas import persona_matches
from leads.sales.access import is_manager, visible_leads

TABS = {
    "mine": _("My leads"),
    "unassigned": _("Unassigned qualified leads"),
    "all": _("All leads"),
}
ACTIVITY_CHOICES = [
    ("", _("Any time")),
    ("1", _("Last 24 hours")),
    ("7", _("Last 7 days")),
    ("30", _("Last 30 days")),
    ("stale30", _("Not in 30 days")),
]
SORT_CHOICES = [
    ("score", _("Highest score")),
    ("recent", _("Most recent activity")),
    ("qualified", _("Newest leads")),
]


class LeadFilterForm(forms.Form):
    stage = forms.ChoiceField(
        label=_("Stage"), required=False, choices=[("", _("Any")), *PipelineStage.choices]
    )
    min_score = forms.IntegerField(label=_("Score at least"), required=False)
    theme = forms.SlugField(label=_("Theme"), required=False, max_length=100)
    persona = forms.CharField(label=_("Persona"), required=False, max_length=100)
    owner = forms.ModelChoiceField(
        label=_("Owner"), required=False, queryset=get_user_model().objects.none()
    )
    activity = forms.ChoiceField(label=_("Last activity"), required=False, choices=ACTIVITY_CHOICES)
    source = forms.CharField(label=_("Source"), required=False, max_length=100)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        owners = get_user_model().objects.filter(owned_contacts__lead__isnull=False).distinct()
        self.fields["owner"].queryset = owners.order_by("username")
        if user is not None and not is_manager(user):
            del self.fields["owner"]


def filtered_leads(user, tab, data):
    """``(form, queryset)`` for a tab and the submitted filters (invalid ones are ignored)."""
    leads = visible_leads(user).annotate(
        stored_score=F("contact__fit")
        + F("contact__know")
        + F("contact__like")
        + F("contact__trust")
    )
    if tab == "mine":
        leads = leads.filter(contact__owner=user)
    elif tab == "unassigned":
        leads = leads.filter(contact__owner__isnull=True, stage=PipelineStage.NEW)
    form = LeadFilterForm(data or None, user=user)
    values = form.cleaned_data if form.is_valid() else {}
    if values.get("stage"):
        leads = leads.filter(stage=values["stage"])
    if values.get("min_score") is not None:
        leads = leads.filter(stored_score__gte=values["min_score"])
    if values.get("theme"):
        # JSON containment is missing on SQLite: match the quoted slug in the text.
        needle = json.dumps(values["theme"], ensure_ascii=False)
        matching = (
            Lead.objects.annotate(themes_text=Cast("contact__interactions__themes", TextField()))
            .filter(themes_text__contains=needle)
            .values("pk")
        )
        leads = leads.filter(pk__in=matching)
    if values.get("persona"):
        leads = leads.filter(persona_matches(values["persona"], prefix="contact__"))
    if values.get("owner"):
        leads = leads.filter(contact__owner=values["owner"])
    if values.get("source"):
        leads = leads.filter(contact__source__iexact=values["source"])
    activity = values.get("activity")
    if activity:
        now = timezone.now()
        if activity == "stale30":
            leads = leads.filter(
                Q(contact__last_activity_at__lt=now - timedelta(days=30))
                | Q(contact__last_activity_at__isnull=True)
            )
        else:
            leads = leads.filter(contact__last_activity_at__gte=now - timedelta(days=int(activity)))
    sort = values.get("sort") or "score"
    if sort == "recent":
        leads = leads.order_by(F("contact__last_activity_at").desc(nulls_last=True), "-pk")
    elif sort == "qualified":
        leads = leads.order_by("-qualified_at", "-pk")
    else:
        leads = leads.order_by("-stored_score", "-pk")
    return form, leads
