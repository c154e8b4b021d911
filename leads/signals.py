"""Events other apps (the sales workspace) build on."""

from django.dispatch import Signal

# Sent after commit with `contact` when a contact becomes marketing-qualified.
contact_qualified = Signal()
# Sent after commit with `contact` when a qualified contact goes back to nurturing.
contact_returned_to_nurturing = Signal()
