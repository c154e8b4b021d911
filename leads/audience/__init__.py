"""The audience: Mailchimp sync and its webhook (issue #8).

Nothing here is imported by other apps; they use the small API in `leads`.
"""
