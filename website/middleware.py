"""Content-Security-Policy with a relaxed variant for the Wagtail admin."""

from django.conf import settings

from csp.middleware import CSPMiddleware


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Apply the strict site policy, relaxed only where Wagtail's admin needs it.

    The admin (and its page previews) relies on inline scripts and styles; the
    public site runs none, so it keeps the strict policy.
    """

    admin_prefixes = ("/admin/", "/django-admin/")

    def process_response(self, request, response):
        if request.path.startswith(self.admin_prefixes):
            response._csp_replace = settings.CSP_ADMIN_OVERRIDES
        return super().process_response(request, response)
