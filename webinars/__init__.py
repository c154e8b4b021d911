"""Webinar pages, registrations, invites, reminders and attendance (issue #4)."""
