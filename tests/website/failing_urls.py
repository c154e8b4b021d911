"""A URLconf whose only view fails, to exercise the 500 page."""

from django.urls import path


def explode(request):
    raise RuntimeError("an unexpected failure")


urlpatterns = [path("explode/", explode)]
