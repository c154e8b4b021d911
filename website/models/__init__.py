from .deliveries import Delivery
from .jobs import JobRun
from .mixins import TrackableContent
from .navigation import FooterText, NavigationMenu, NavigationMenuItem
from .pages import HomePage, StandardPage
from .settings import SiteSettings
from .taxonomy import Person, Persona, Theme

__all__ = [
    "Delivery",
    "FooterText",
    "HomePage",
    "JobRun",
    "NavigationMenu",
    "NavigationMenuItem",
    "Person",
    "Persona",
    "SiteSettings",
    "StandardPage",
    "Theme",
    "TrackableContent",
]
