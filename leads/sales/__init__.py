"""The sales handoff: pipeline, assignment, SLA, conversation starters, share links, CRM."""
