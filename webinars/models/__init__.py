from .pages import WebinarIndexPage, WebinarPage, WebinarStatus
from .registrations import Registration, ReminderLog, WebinarSchedule
from .snippets import Speaker

__all__ = [
    "Registration",
    "ReminderLog",
    "Speaker",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarSchedule",
    "WebinarStatus",
]
