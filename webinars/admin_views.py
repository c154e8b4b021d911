"""Staff views: webinars with their attendance rate, each webinar's registrations
(filters, counts, CSV export, resend invite, move from waitlist, mark attended),
attendance import and the reminder log. Every view checks permissions."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from webinars import registration as registration_service
from webinars.attendance import ImportFormatError, import_attendance, mark_attended
from webinars.followups import send_followups
from webinars.forms import AttendanceImportForm
from webinars.models import Registration, ReminderLog, WebinarPage
from webinars.models.pages import event_pages
from webinars.ratings import rating_summary
from webinars.stats import attendance_rate, counts_for, event_counts

VIEW = "webinars.view_registration"
CHANGE = "webinars.change_registration"
EXPORT_COLUMNS = [
    "email",
    "first_name",
    "last_name",
    "company",
    "status",
    "language",
    "created_at",
    "attended_minutes",
    "rating",
    "rating_comment",
]


def _event(page_id):
    return get_object_or_404(WebinarPage, pk=page_id).event


@permission_required(VIEW, raise_exception=True)
def index(request):
    events = list(counts_for(event_pages().order_by("-starts_at")))
    for event in events:
        event.rate = attendance_rate(event.n_attended, event.n_no_show)
    return TemplateResponse(
        request, "webinars/admin/index.html", {"events": events, "page_title": _("Webinars")}
    )


def _filtered(request, event):
    queryset = Registration.objects.filter(webinar=event)
    status = request.GET.get("status", "")
    if status in Registration.Status.values:
        queryset = queryset.filter(status=status)
    query = request.GET.get("q", "").strip()
    if query:
        queryset = queryset.filter(email__icontains=query) | queryset.filter(
            last_name__icontains=query
        )
    return queryset.order_by("created_at", "pk"), status, query


@permission_required(VIEW, raise_exception=True)
def registrations(request, page_id):
    event = _event(page_id)
    queryset, status, query = _filtered(request, event)
    page_obj = Paginator(queryset, 50).get_page(request.GET.get("p"))
    ratings = Registration.objects.filter(webinar=event, rating__isnull=False).exclude(
        rating_comment=""
    )
    return TemplateResponse(
        request,
        "webinars/admin/registrations.html",
        {
            "event": event,
            "page_obj": page_obj,
            "counts": event_counts(event),
            "statuses": Registration.Status.choices,
            "status": status,
            "query": query,
            "import_form": AttendanceImportForm(),
            "rating": rating_summary(event),
            "comments": ratings[:20],
            "can_change": request.user.has_perm(CHANGE),
            "page_title": event.title,
        },
    )


@permission_required(VIEW, raise_exception=True)
def export_csv(request, page_id):
    event = _event(page_id)
    queryset, _status, _query = _filtered(request, event)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registrations-{event.slug}.csv"'
    response.write("\ufeff")  # Excel reads UTF-8 only with a BOM
    writer = csv.writer(response)
    questions = sorted(
        {key for answers in queryset.values_list("answers", flat=True) for key in answers}
    )
    writer.writerow(EXPORT_COLUMNS + questions)
    for registration in queryset:
        row = [getattr(registration, column) for column in EXPORT_COLUMNS]
        row = [_safe_cell(value) for value in row]
        writer.writerow(row + [_safe_cell(registration.answers.get(key, "")) for key in questions])
    return response


def _safe_cell(value):
    """Neutralise spreadsheet formulas in what registrants typed."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


@require_POST
@permission_required(CHANGE, raise_exception=True)
def registration_action(request, page_id):
    event = _event(page_id)
    registration = Registration.objects.filter(
        webinar=event, pk=request.POST.get("registration") or 0
    ).first()
    action = request.POST.get("action")
    if registration is None:
        messages.error(request, _("This registration does not exist."))
    elif action == "resend":
        if registration_service.resend_invite(registration):
            messages.success(
                request,
                _("The invite was sent again to %(email)s.") % {"email": registration.email},
            )
        else:
            messages.error(request, _("A cancelled registration gets no invite."))
    elif action == "promote":
        if registration_service.move_from_waitlist(registration):
            messages.success(
                request, _("%(email)s moved from the waiting list.") % {"email": registration.email}
            )
        else:
            messages.error(request, _("This person is not on the waiting list."))
    elif action == "attended":
        mark_attended(registration)
        messages.success(
            request, _("%(email)s marked as attended.") % {"email": registration.email}
        )
    elif action == "cancel":
        registration_service.cancel(registration)
        messages.success(request, _("Registration cancelled."))
    else:
        messages.error(request, _("Unknown action."))
    return redirect("webinars_admin:registrations", page_id=event.pk)


@require_POST
@permission_required(CHANGE, raise_exception=True)
def import_report(request, page_id):
    event = _event(page_id)
    form = AttendanceImportForm(request.POST, request.FILES)
    context = {"event": event, "form": form, "page_title": _("Attendance import")}
    if form.is_valid():
        try:
            report = import_attendance(
                event,
                form.cleaned_data["report"].read(),
                all_or_nothing=form.cleaned_data["mode"] == "all",
            )
        except ImportFormatError as error:
            form.add_error("report", str(error))
        else:
            context["report"] = report
            return TemplateResponse(request, "webinars/admin/import_result.html", context)
    return TemplateResponse(request, "webinars/admin/import_result.html", context, status=400)


@require_POST
@permission_required(CHANGE, raise_exception=True)
def send_followups_now(request, page_id):
    event = _event(page_id)
    if not event.is_past:
        messages.error(request, _("Follow-ups go out after the webinar has ended."))
    else:
        count = send_followups(event)
        messages.success(request, _("%(count)s follow-up e-mail(s) queued.") % {"count": count})
    return redirect("webinars_admin:registrations", page_id=event.pk)


@permission_required(VIEW, raise_exception=True)
def reminder_log(request, page_id):
    event = _event(page_id)
    logs = ReminderLog.objects.filter(registration__webinar=event).select_related(
        "registration", "delivery"
    )
    page_obj = Paginator(logs, 100).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "webinars/admin/reminders.html",
        {"event": event, "page_obj": page_obj, "page_title": _("Reminder log")},
    )
