"""The sales workspace in the Wagtail admin: lead lists, the lead page, share links, CRM.

Every view checks the sales permissions itself (Wagtail's wrapper only checks
admin access), and leads are always fetched through `visible_leads`, so a
guessed id a rep may not see is a 404.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from leads.models import PipelineStage, RejectionReason
from leads.models.contacts import fill_persona_names
from leads.models.sales import ALLOWED_MOVES
from leads.sales import crm_webhook
from leads.sales.access import can_work, is_manager, require_sales, visible_leads
from leads.sales.assignment import LeadAlreadyTaken, claim, reassign, sales_reps
from leads.sales.exports import csv_response
from leads.sales.listing import TABS, filtered_leads
from leads.sales.notifications import staff_language
from leads.sales.pipeline import PipelineError, add_note, decide, move, rejections_by_rule
from leads.sales.share_links import (
    ShareLinkError,
    link_for,
    recent_public_pages,
    rep_results,
    share_url,
)
from leads.sales.sla import WorkingClock
from leads.sales.starters import starters_for
from leads.sales.trend import score_trend
from leads.scoring import decayed_engagement, explain
from website.models import Delivery

LEADS_PER_PAGE = 50
EXPORT_LIMIT = 10_000


class MoveForm(forms.Form):
    stage = forms.ChoiceField(label=gettext_lazy("Move to"), choices=PipelineStage.choices)
    reason = forms.CharField(label=gettext_lazy("Reason"), required=False, max_length=500)


class NoteForm(forms.Form):
    body = forms.CharField(label=gettext_lazy("Note"), widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("accept", gettext_lazy("Accept")), ("reject", gettext_lazy("Reject"))]
    )
    reason = forms.ChoiceField(
        label=gettext_lazy("Reason"),
        required=False,
        choices=[("", "—"), *RejectionReason.choices],
    )


class ShareForm(forms.Form):
    url = forms.CharField(label=gettext_lazy("Page address"), max_length=500)


def _lead_or_404(request, pk):
    require_sales(request.user)
    return get_object_or_404(visible_leads(request.user), pk=pk)


@require_GET
def lead_list(request, tab="mine"):
    """My leads / unassigned / all leads, with filters, sorting and the overdue flag."""
    require_sales(request.user)
    if tab not in TABS:
        tab = "mine"
    form, leads = filtered_leads(request.user, tab, request.GET)
    page = Paginator(leads, LEADS_PER_PAGE).get_page(request.GET.get("p"))
    clock = WorkingClock()
    now = timezone.now()
    fill_persona_names(lead.contact for lead in page.object_list)
    rows = [{"lead": lead, "overdue": clock.is_overdue(lead, now)} for lead in page.object_list]
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "leads/sales/lead_list.html",
        {
            "page_title": TABS[tab],
            "header_icon": "group",
            "tab": tab,
            "tabs": TABS.items(),
            "form": form,
            "rows": rows,
            "page_obj": page,
            "query": query.urlencode(),
        },
    )


@require_GET
def lead_export(request, tab="mine"):
    """The filtered list as CSV (UTF-8 with BOM, formula-safe cells)."""
    require_sales(request.user)
    if tab not in TABS:
        tab = "mine"
    _form, leads = filtered_leads(request.user, tab, request.GET)
    clock = WorkingClock()
    now = timezone.now()
    header = [
        _("E-mail"),
        _("First name"),
        _("Last name"),
        _("Company"),
        _("Job title"),
        _("Country"),
        _("Persona"),
        _("Source"),
        _("Stage"),
        _("Score"),
        _("Owner"),
        _("Qualified"),
        _("Last activity"),
        _("Overdue"),
    ]
    exported = list(leads[:EXPORT_LIMIT])
    fill_persona_names(lead.contact for lead in exported)
    rows = (
        [
            lead.contact.email,
            lead.contact.first_name,
            lead.contact.last_name,
            lead.contact.company,
            lead.contact.job_title,
            lead.contact.country,
            lead.contact.persona_name,
            lead.contact.source,
            lead.get_stage_display(),
            round(lead.stored_score),
            lead.contact.owner.get_username() if lead.contact.owner else "",
            lead.qualified_at.isoformat(),
            lead.contact.last_activity_at.isoformat() if lead.contact.last_activity_at else "",
            _("yes") if clock.is_overdue(lead, now) else "",
        ]
        for lead in exported
    )
    return csv_response(f"leads-{tab}-{now:%Y%m%d}.csv", header, rows)


@require_GET
def lead_detail(request, pk):
    """Everything a rep needs to open the conversation, and the actions on the lead."""
    lead = _lead_or_404(request, pk)
    contact = lead.contact
    engagement = decayed_engagement(contact)
    clock = WorkingClock()
    context = {
        "page_title": str(contact),
        "header_icon": "user",
        "lead": lead,
        "contact": contact,
        "engagement": engagement,
        "score_total": contact.fit + sum(engagement.values()),
        "explanation": explain(contact)[:50],
        "trend": score_trend(contact),
        "timeline": contact.interactions.select_related("page")[:200],
        "starters": starters_for(contact, staff_language(request.user, get_language())),
        "moves": lead.moves.select_related("rep"),
        "notes": lead.notes.select_related("author"),
        "waiting_hours": clock.waiting_hours(lead),
        "overdue": clock.is_overdue(lead),
        "can_work": can_work(request.user, lead),
        "can_claim": contact.owner_id is None and lead.is_open,
        "is_manager": is_manager(request.user),
        "move_choices": [
            (stage, PipelineStage(stage).label)
            for stage in PipelineStage.values
            if stage in ALLOWED_MOVES[PipelineStage(lead.stage)]
        ],
        "note_form": NoteForm(),
        "rejection_reasons": RejectionReason.choices,
        "reps": sales_reps().order_by("username") if is_manager(request.user) else [],
    }
    return TemplateResponse(request, "leads/sales/lead_detail.html", context)


def _back(lead):
    return redirect("leads_sales:lead", pk=lead.pk)


def _require_work(request, lead):
    if not can_work(request.user, lead):
        raise PermissionDenied


@require_POST
def lead_claim(request, pk):
    lead = _lead_or_404(request, pk)
    try:
        claim(lead, request.user)
    except LeadAlreadyTaken as error:
        messages.error(request, str(error))
        return redirect("leads_sales:list", tab="unassigned")
    messages.success(request, _("The lead is yours."))
    return _back(lead)


@require_POST
def lead_move(request, pk):
    lead = _lead_or_404(request, pk)
    _require_work(request, lead)
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a stage."))
        return _back(lead)
    try:
        move(lead, form.cleaned_data["stage"], request.user, form.cleaned_data["reason"])
    except PipelineError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The lead was moved."))
    return _back(lead)


@require_POST
def lead_note(request, pk):
    lead = _lead_or_404(request, pk)
    _require_work(request, lead)
    form = NoteForm(request.POST)
    try:
        add_note(lead, request.user, form.data.get("body", ""))
    except PipelineError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The note was saved."))
    return _back(lead)


@require_POST
def lead_decide(request, pk):
    lead = _lead_or_404(request, pk)
    _require_work(request, lead)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Accept or reject the lead."))
        return _back(lead)
    try:
        decide(
            lead,
            request.user,
            form.cleaned_data["decision"] == "accept",
            form.cleaned_data["reason"],
        )
    except PipelineError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your decision was recorded."))
    return _back(lead)


@require_POST
def lead_reassign(request, pk):
    lead = _lead_or_404(request, pk)
    if not is_manager(request.user):
        raise PermissionDenied
    rep_id = request.POST.get("rep", "")
    rep = sales_reps().filter(pk=rep_id).first() if rep_id.isdigit() else None
    if rep is None:
        messages.error(request, _("Choose a sales rep."))
    else:
        reassign(lead, rep)
        messages.success(request, _("The lead was reassigned to %(rep)s.") % {"rep": rep})
    return _back(lead)


def share_links(request):
    """Paste a public page address, get a personal link; see what the links produced."""
    require_sales(request.user)
    form = ShareForm(request.POST or None)
    created = None
    if request.method == "POST" and form.is_valid():
        try:
            created = link_for(request.user, form.cleaned_data["url"], request)
        except ShareLinkError as error:
            form.add_error("url", str(error))
    results = rep_results(request.user)
    return TemplateResponse(
        request,
        "leads/sales/share_links.html",
        {
            "page_title": _("My share links"),
            "header_icon": "link",
            "form": form,
            "created": created,
            "created_url": share_url(created, request) if created else "",
            "results": results,
            "rows": [(link, share_url(link, request)) for link in results["links"]],
            "recent_pages": recent_public_pages(),
        },
        status=400 if request.method == "POST" and form.errors else 200,
    )


def _require_manager(request):
    if not is_manager(request.user):
        raise PermissionDenied


@require_GET
def webhook_deliveries(request):
    """CRM webhook deliveries with their responses, for managers."""
    _require_manager(request)
    deliveries = Delivery.objects.filter(channel=crm_webhook.CHANNEL).order_by("-created_at")
    page = Paginator(deliveries, LEADS_PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "leads/sales/webhook_deliveries.html",
        {"page_title": _("CRM webhook"), "header_icon": "link-external", "page_obj": page},
    )


@require_POST
def webhook_resend(request, pk):
    _require_manager(request)
    delivery = get_object_or_404(Delivery, pk=pk, channel=crm_webhook.CHANNEL)
    crm_webhook.resend(delivery)
    messages.success(request, _("The event was queued again with the same id."))
    return redirect("leads_sales:webhook")


@require_GET
def rejections_report(request):
    """Rejected leads per scoring rule and reason, for marketing to tune the scoring."""
    if not (is_manager(request.user) or request.user.has_perm("leads.change_engagementrule")):
        raise PermissionDenied
    reasons = RejectionReason.choices
    rows = [
        (name, [per_reason.get(code, 0) for code, _label in reasons], total)
        for name, per_reason, total in rejections_by_rule()
    ]
    return TemplateResponse(
        request,
        "leads/sales/rejections.html",
        {
            "page_title": _("Rejected leads by scoring rule"),
            "header_icon": "warning",
            "reasons": reasons,
            "rows": rows,
        },
    )


def workspace_home(request):
    require_sales(request.user)
    return redirect(reverse("leads_sales:list", kwargs={"tab": "mine"}))
