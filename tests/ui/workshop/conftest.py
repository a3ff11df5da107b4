"""Workshop fixtures: the West Yorkshire demo plan, its presentation at 1280×720, and the prioritisation board."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from action_planner.ui.document import Document
from action_planner.ui.workshop.board import BoardPanel
from action_planner.ui.workshop.presentation import PresentationWindow

#: A fixed "today" so that timelines and times do not depend on the day the tests run.
TODAY = date(2026, 11, 27)


@pytest.fixture
def plan_id(document: Document) -> int:
    """West Yorkshire: seven actions in GBP, from several funding sources."""
    plan = next(p for p in document.services.plans.list() if p.region_code == "UKE4")
    return plan.id


@pytest.fixture
def presentation(qtbot: QtBot, document: Document, plan_id: int) -> Iterator[PresentationWindow]:
    shown = PresentationWindow(document, plan_id, today=TODAY)
    qtbot.addWidget(shown)
    shown.present(None)
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


@pytest.fixture
def board(qtbot: QtBot, document: Document, plan_id: int) -> BoardPanel:
    panel = BoardPanel(document)
    qtbot.addWidget(panel)
    panel.set_plan(plan_id)
    panel.resize(1280, 720)
    panel.show()
    qtbot.waitExposed(panel)
    return panel
