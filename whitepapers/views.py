"""Public views of white papers: the gate, the thank-you page, download links.

Views stay thin: the gate logic is in whitepapers.gate, links and delivery in
whitepapers.links, rendering in whitepapers.rendering.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from leads import api as leads
from whitepapers import gate, links
from whitepapers.models import Download, DownloadLink, WhitePaperPage
from whitepapers.rendering import render_paper

THANKS_SESSION_PREFIX = "whitepapers_thanks_"


def _page_response(request, page, template, context=None, status=200):
    context = {**page.get_context(request), **(context or {})}
    return TemplateResponse(request, template, context, status=status)


def landing(request, page):
    """The paper's landing page with its gate; POST submits the gate."""
    contact = gate.known_contact(request)
    if request.method == "POST":
        if request.POST.get("action") == "forget":
            gate.forget_contact(request)
            return redirect(page.url)
        return _submit_gate(request, page, contact)
    form = gate.GateForm(paper=page, contact=contact)
    return _page_response(request, page, page.get_template(request), {"form": form})


def _submit_gate(request, page, contact):
    if leads.rate_limited(request, gate.RATE_SCOPE, gate.RATE_LIMIT, gate.RATE_WINDOW_SECONDS):
        context = {
            "form": gate.GateForm(paper=page, contact=contact),
            "gate_error": _("Too many requests from your connection. Try again in a few minutes."),
        }
        return _page_response(request, page, page.get_template(request), context, 429)
    # Someone we already know (session, sign-in) may just press the button:
    # speed alone does not make them a bot.
    held = leads.screen_submission(
        request,
        f"whitepaper:{page.pk}",
        request.POST,
        ignore={leads.SpamReason.TOO_FAST} if contact is not None else (),
    )
    if held is not None:
        # Same answer as a success, so automated senders learn nothing.
        return _page_response(request, page, "whitepapers/thanks.html", {"link": None})
    form = gate.GateForm(request.POST, paper=page, contact=contact)
    if not form.is_valid():
        return _page_response(request, page, page.get_template(request), {"form": form}, 400)
    try:
        contact = leads.identify(request, form.email_address(), **form.profile())
    except ValidationError:
        form.add_error("email", _("Enter a valid e-mail address."))
        return _page_response(request, page, page.get_template(request), {"form": form}, 400)
    if form.cleaned_data.get("consent"):
        leads.record_consent(
            contact,
            gate.CONSENT_PURPOSE,
            True,
            text_version=gate.CONSENT_TEXT_VERSION,
            language=page.locale.language_code,
            source=f"white paper: {page.title}",
            request=request,
        )
    link = links.issue_link(contact, page)
    gate.remember_contact(request, contact)
    request.session[f"{THANKS_SESSION_PREFIX}{page.pk}"] = link.pk
    return redirect(page.url + page.reverse_subpage("thanks"))


def thanks(request, page):
    """After the gate: the e-mail is on its way; maybe an immediate download."""
    link_id = request.session.get(f"{THANKS_SESSION_PREFIX}{page.pk}")
    link = DownloadLink.objects.filter(pk=link_id, paper=page).first() if link_id else None
    if link is None:
        return redirect(page.url)
    context = {"link": link, "link_valid_days": links.link_valid_days()}
    if page.allow_immediate_download:
        context["immediate_token"] = links.make_token(link)
    return _page_response(request, page, "whitepapers/thanks.html", context)


def _problem(request, problem):
    """A clear page (4xx/503) saying why the link cannot deliver, and what to do."""
    link = problem.link
    context = {
        "problem": problem.code,
        "link": link,
        "paper": link.paper.specific if link is not None and link.paper else None,
        "page_title": _("Your white paper"),
    }
    if link is not None and problem.code == "expired":
        context["renew_token"] = links.make_token(link)
    return TemplateResponse(
        request, "whitepapers/link_problem.html", context, status=problem.status
    )


@never_cache
@require_http_methods(["GET", "POST"])
def download(request, token):
    """GET shows the paper and a button; only the POST delivers (and counts) the file."""
    try:
        link = links.link_from_token(token)
        if request.method == "GET":
            paper = links.check_link(link)
            return TemplateResponse(
                request,
                "whitepapers/download.html",
                {"link": link, "paper": paper, "token": token, "page_title": paper.title},
            )
        from_thanks = (
            request.session.get(f"{THANKS_SESSION_PREFIX}{link.paper_id}") == link.pk
            and request.POST.get("from") == "thanks"
        )
        channel = Download.Channel.THANK_YOU if from_thanks else Download.Channel.EMAIL_LINK
        file, filename = links.deliver(link, channel)
    except links.LinkProblem as problem:
        return _problem(request, problem)
    gate.remember_contact(request, link.contact)
    return FileResponse(
        file.open("rb"), as_attachment=True, filename=filename, content_type="application/pdf"
    )


@never_cache
@require_POST
def renew(request, token):
    """Send a fresh link for an expired one (to the same address only)."""
    try:
        link = links.link_from_token(token)
        if not link.is_expired:
            return redirect("whitepapers:download", token=token)
        if leads.rate_limited(request, gate.RATE_SCOPE, gate.RATE_LIMIT, gate.RATE_WINDOW_SECONDS):
            return TemplateResponse(
                request,
                "whitepapers/link_problem.html",
                {"problem": "rate_limited", "page_title": _("Your white paper")},
                status=429,
            )
        fresh = links.renew_link(link)
    except links.LinkProblem as problem:
        return _problem(request, problem)
    return TemplateResponse(
        request,
        "whitepapers/link_renewed.html",
        {"link": fresh, "page_title": _("A fresh link is on its way")},
    )


def pdf_preview_response(request, page):
    """The PDF of `page` as it stands (Wagtail's preview or a draft), shown inline."""
    if not page.is_written_in_wagtail:
        return redirect(page.document.url)
    rendered = render_paper(page)
    response = HttpResponse(rendered.pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="preview.pdf"'
    return response


@never_cache
def admin_pdf_preview(request, page_id):
    """Staff preview of the latest draft's PDF (needs edit rights on the page)."""
    page = get_object_or_404(WhitePaperPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    return pdf_preview_response(request, draft)
