"""The projected slides of a team workspace follow co-planners' commits made from their own laptops (other
connections to the same PostgreSQL database), as they follow the facilitator's own edits."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from action_planner.model.enums import Decision
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
from action_planner.ui.document import Document
from action_planner.ui.workshop.board import BoardPanel
from action_planner.ui.workshop.board_scene import BoardScene
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.slide_action import ActionSlide
from action_planner.ui.workshop.slide_overview import OverviewSlide
from action_planner.ui.workshop.slides import SlideKey, SlideKind


@pytest.fixture
def team_url(server_workspace: Callable[[str], str]) -> str:
    return server_workspace("demo")


@pytest.fixture
def document(team_url: str) -> Iterator[Document]:
    """The facilitator's laptop: the team workspace, whose slides are projected."""
    opened = Document.open(team_url)
    yield opened
    opened.close()


@pytest.fixture
def colleague(team_url: str) -> Iterator[Services]:
    """A co-planner editing from a laptop of their own."""
    opened = Workspace.open(team_url)
    yield Services(opened)
    opened.close()


def test_a_co_planners_commits_show_on_the_projected_slides(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int, colleague: Services
) -> None:
    overview = presentation.current_slide()
    assert isinstance(overview, OverviewSlide)
    before = overview.total.text()
    first = colleague.actions.list(plan_id)[0]
    colleague.budget.update(first.budget_lines[0].id, amount=first.budget_lines[0].amount + 1000)
    qtbot.waitUntil(lambda: overview.total.text() != before)  # the slide on screen is rebuilt by itself

    presentation.show_key(SlideKey(SlideKind.ACTION, first.id))
    slide = presentation.current_slide()
    assert isinstance(slide, ActionSlide)
    colleague.actions.update(first.id, title="Trade missions to the Gulf")
    qtbot.waitUntil(lambda: slide.title.text() == "Trade missions to the Gulf")
    colleague.workshops.set_votes(first.id, 3, 1)
    qtbot.waitUntil(lambda: slide.votes.text() == "Votes +3 / −1 (net +2)")
    colleague.workshops.decide(first.id, Decision.REVISIT, "Needs a co-funder")
    qtbot.waitUntil(lambda: slide.decision.text() == "To revisit")
    assert document.undo_stack.count() == 0  # a co-planner's change is not the facilitator's step


def test_a_card_a_co_planner_moved_meanwhile_is_not_moved_over_and_the_board_says_so(
    qtbot: QtBot, document: Document, board: BoardPanel, plan_id: int, colleague: Services
) -> None:
    first = document.services.actions.list(plan_id)[0]
    assert (first.impact, first.effort) == (4, 3)
    colleague.actions.update(first.id, impact=2, effort=2)  # the board has not heard of it yet
    board.scene.moved.emit(first.id, 5, 1)  # the facilitator drops the card on a quick win
    assert "Another planner changed" in board.problem.text()
    assert board.problem.isVisibleTo(board)
    assert document.undo_stack.count() == 0
    stored = colleague.actions.get(first.id)
    assert (stored.impact, stored.effort) == (2, 2)  # theirs is kept, not silently overwritten
    qtbot.waitUntil(
        lambda: BoardScene.cell_rect(2, 2).contains(board.scene.cards[first.id].sceneBoundingRect().center())
    )
    board.scene.moved.emit(first.id, 5, 1)  # moved again from where it now is: stored
    assert not board.problem.isVisibleTo(board)
    stored = colleague.actions.get(first.id)
    assert (stored.impact, stored.effort) == (5, 1)
