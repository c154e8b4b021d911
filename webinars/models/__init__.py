from .pages import WebinarIndexPage, WebinarPage, WebinarStatus
from .registrations import Registration, ReminderLog, WebinarSchedule

__all__ = [
    "Registration",
    "ReminderLog",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarSchedule",
    "WebinarStatus",
]
