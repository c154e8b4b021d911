"""Staff screens for leads: contacts (timeline, score explanation) and scoring rules."""

import json

from django import forms
from django.contrib import messages
from django.db.models import F, TextField
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

import django_filters

from leads.models import Contact, EngagementRule, FitRule, LifecycleStage, QuarantinedSubmission
from leads.models.contacts import PROFILE_FIELDS
from leads.qualification import set_stage_manually
from leads.scoring import decayed_engagement, explain, rescore_history
from leads.screening import release_submission


class ContactFilterSet(WagtailFilterSet):
    min_score = django_filters.NumberFilter(
        label=gettext_lazy("Fit at least"), field_name="fit", lookup_expr="gte"
    )
    min_total = django_filters.NumberFilter(
        label=gettext_lazy("Score at least (at last activity)"), method="filter_total"
    )
    theme = django_filters.CharFilter(
        label=gettext_lazy("Interested in theme"), method="filter_theme"
    )

    class Meta:
        model = Contact
        fields = ["stage", "owner", "persona", "country"]

    def filter_total(self, queryset, name, value):
        # Stored values are decayed to each contact's last scoring moment,
        # which is close enough to sort and filter a list.
        total = F("fit") + F("know") + F("like") + F("trust")
        return queryset.alias(stored_total=total).filter(stored_total__gte=value)

    def filter_theme(self, queryset, name, value):
        # JSON containment is not available on SQLite: match the quoted slug
        # in the JSON text instead, which works on every database.
        needle = json.dumps(value.strip(), ensure_ascii=False)
        return (
            queryset.annotate(themes_text=Cast("interactions__themes", TextField()))
            .filter(themes_text__contains=needle)
            .distinct()
        )


class StageOverrideForm(forms.Form):
    stage = forms.ChoiceField(label=gettext_lazy("Stage"), choices=LifecycleStage.choices)
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=255)


class ContactInspectView(InspectView):
    template_name = "leads/admin/contact_inspect.html"
    override_url_name = None
    rescore_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        contact = self.object
        lines = explain(contact)
        engagement = decayed_engagement(contact)
        context.update(
            contact=contact,
            engagement=engagement,
            engagement_total=sum(engagement.values()),
            explanation=lines,
            explained_total=sum(line["current"] for line in lines),
            score_total=contact.fit + sum(engagement.values()),
            timeline=contact.interactions.select_related("page")[:200],
            consent_events=contact.consent_events.all()[:50],
            legal_bases=contact.legal_bases.all(),
            override_form=StageOverrideForm(initial={"stage": contact.stage}),
            can_change=self.permission_policy.user_has_permission(self.request.user, "change"),
            override_url_name=self.override_url_name,
            rescore_url_name=self.rescore_url_name,
        )
        return context


class QuarantineInspectView(InspectView):
    template_name = "leads/admin/quarantine_inspect.html"
    decide_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decide_url_name"] = self.decide_url_name
        context["is_held"] = self.object.status == QuarantinedSubmission.Status.HELD
        return context


class ContactViewSet(ModelViewSet):
    model = Contact
    icon = "user"
    menu_label = gettext_lazy("Contacts")
    inspect_view_enabled = True
    inspect_view_class = ContactInspectView
    filterset_class = ContactFilterSet
    list_display = [
        "__str__",
        "email",
        "company",
        "stage",
        Column("fit", label=gettext_lazy("Fit"), sort_key="fit"),
        "owner",
        "last_activity_at",
    ]
    list_export = [
        "email",
        "first_name",
        "last_name",
        "company",
        "job_title",
        "country",
        "stage",
        "fit",
        "know",
        "like",
        "trust",
        "last_activity_at",
    ]
    search_fields = ["email", "first_name", "last_name", "company", "job_title"]
    ordering = ["-last_activity_at"]
    form_fields = ["email", *PROFILE_FIELDS, "persona", "persona_label", "owner"]

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            override_url_name=self.get_url_name("override_stage"),
            rescore_url_name=self.get_url_name("rescore"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("stage/<int:pk>/", require_POST(self.override_stage), name="override_stage"),
            path("rescore/<int:pk>/", require_POST(self.rescore), name="rescore"),
        ]

    def _change_permitted(self, request):
        return self.permission_policy.user_has_permission(request.user, "change")

    def override_stage(self, request, pk):
        contact = get_object_or_404(Contact, pk=pk)
        form = StageOverrideForm(request.POST)
        if not self._change_permitted(request):
            messages.error(request, _("You cannot change contacts."))
        elif form.is_valid():
            set_stage_manually(contact, form.cleaned_data["stage"], form.cleaned_data["reason"])
            messages.success(request, _("The stage was set by hand."))
        else:
            messages.error(request, _("Choose a stage and give a reason."))
        return redirect(self.get_url_name("inspect"), pk=pk)

    def rescore(self, request, pk):
        contact = get_object_or_404(Contact, pk=pk)
        if not self._change_permitted(request):
            messages.error(request, _("You cannot change contacts."))
        else:
            rescore_history(contact)
            messages.success(request, _("The history was rescored with the current rules."))
        return redirect(self.get_url_name("inspect"), pk=pk)


class EngagementRuleViewSet(ModelViewSet):
    model = EngagementRule
    icon = "pick"
    menu_label = gettext_lazy("Engagement rules")
    list_display = [
        "name",
        "kind",
        "dimension",
        "points",
        "daily_cap",
        "theme",
        "active",
        "version",
    ]
    list_filter = ["dimension", "kind", "active"]
    list_export = ["name", "kind", "dimension", "points", "daily_cap", "theme", "active", "version"]
    search_fields = ["name"]
    form_fields = ["name", "kind", "theme", "page", "dimension", "points", "daily_cap", "active"]


class FitRuleViewSet(ModelViewSet):
    model = FitRule
    icon = "tick-inverse"
    menu_label = gettext_lazy("Fit rules")
    list_display = ["name", "field", "operator", "value", "points", "active", "version"]
    list_filter = ["field", "active"]
    list_export = ["name", "field", "operator", "value", "points", "active", "version"]
    search_fields = ["name", "value"]
    form_fields = ["name", "field", "operator", "value", "points", "active"]


class QuarantineViewSet(ModelViewSet):
    model = QuarantinedSubmission
    icon = "warning"
    menu_label = gettext_lazy("Quarantined submissions")
    inspect_view_enabled = True
    inspect_view_class = QuarantineInspectView
    list_display = ["form", "email", "reason", "status", "created_at"]
    list_filter = ["status", "form", "reason"]
    list_export = ["form", "email", "reason", "status", "created_at"]
    search_fields = ["email", "form"]
    form_fields = ["status"]

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            decide_url_name=self.get_url_name("decide"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("decide/<int:pk>/", require_POST(self.decide), name="decide"),
        ]

    def decide(self, request, pk):
        submission = get_object_or_404(QuarantinedSubmission, pk=pk)
        if not self.permission_policy.user_has_permission(request.user, "change"):
            messages.error(request, _("You cannot review submissions."))
        elif request.POST.get("decision") == "release":
            if release_submission(submission):
                messages.success(request, _("The submission was released: the contact exists."))
            else:
                messages.error(request, _("This submission has no valid e-mail to release."))
        elif request.POST.get("decision") == "discard":
            submission.status = QuarantinedSubmission.Status.DISCARDED
            submission.save(update_fields=["status"])
            messages.success(request, _("The submission was discarded."))
        return redirect(self.get_url_name("inspect"), pk=pk)


class LeadsViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Leads")
    menu_icon = "group"
    menu_order = 250
    items = (
        ContactViewSet("contacts"),
        EngagementRuleViewSet("engagement_rules"),
        FitRuleViewSet("fit_rules"),
        QuarantineViewSet("quarantine"),
    )
