"""Contacts, tracking, scoring, the sales queue and privacy tools (issues #6-#8).

Other apps use leads through one module only, :mod:`leads.api`
(``from leads import api as leads``): tracking, identification, consent,
marketing-e-mail headers, form screening with quarantine, rate limits, the
client address behind trusted proxies, bot checks and the newsletter block.

This package does not re-export that API. Django imports ``leads`` while it
registers the installed apps, before any model can be defined; an eager
re-export would import leads' models at that moment and fail, and a lazy one
would be a second, invisible way in that the import contracts (``make lint``)
could not see.
"""
