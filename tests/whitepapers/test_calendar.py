"""White papers on the editorial calendar."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from editorial import planning
from editorial.models import CalendarItem, CalendarStatus
from tests.factories import french


def test_a_white_paper_idea_is_planned_as_a_draft_paper(paper_index):
    editor = get_user_model().objects.create_user("edith", email="edith@aimant.test")
    idea = CalendarItem.objects.create(
        title="Le guide de la relance",
        angle="Tout ce qui se passe après le premier rendez-vous.",
        kind="white_paper",
        locale=french(),
    )
    item = planning.promote(idea, editor, planned_at=timezone.now())
    page = item.page.specific
    assert type(page).__name__ == "WhitePaperPage"
    assert page.get_parent().pk == paper_index["fr"].pk
    assert item.status == CalendarStatus.WRITING
    assert page.summary == idea.angle
