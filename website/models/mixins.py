"""Page mixins shared by the content apps.

`TrackableContent` is the one interface through which `leads` learns what a
visitor's interaction was about, without importing any content app: leads
reads ``lead_themes`` and ``lead_label`` (see ``leads.tracking``), and only
those two names are part of the contract.
"""


class TrackableContent:
    """A page whose views, downloads or registrations are tracked as leads' interactions.

    The page model must have a ``themes`` many-to-many to ``website.Theme``
    (override :attr:`lead_themes` otherwise).
    """

    @property
    def lead_themes(self):
        """Slugs of the page's themes, for lead scoring and the contact's interests."""
        return [theme.slug for theme in self.themes.all()]

    @property
    def lead_label(self):
        """How the page is named in a contact's history: its title by default."""
        return self.title
