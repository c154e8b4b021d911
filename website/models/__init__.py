from .deliveries import Delivery
from .navigation import FooterText, NavigationMenu, NavigationMenuItem
from .pages import HomePage, StandardPage
from .settings import SiteSettings

__all__ = [
    "Delivery",
    "FooterText",
    "HomePage",
    "NavigationMenu",
    "NavigationMenuItem",
    "SiteSettings",
    "StandardPage",
]
