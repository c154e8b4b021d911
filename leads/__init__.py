"""Contacts, tracking, scoring, the sales queue and privacy tools (issues #6-#8)."""
