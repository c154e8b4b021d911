from .deliveries import Delivery
from .jobs import JobRun
from .navigation import FooterText, NavigationMenu, NavigationMenuItem
from .pages import HomePage, StandardPage
from .settings import SiteSettings

__all__ = [
    "Delivery",
    "FooterText",
    "HomePage",
    "JobRun",
    "NavigationMenu",
    "NavigationMenuItem",
    "SiteSettings",
    "StandardPage",
]
