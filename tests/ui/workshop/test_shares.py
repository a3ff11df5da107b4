"""Shares rounded once (largest remainder): what the budget slide's legend, its doughnut and the overview show
agree, and the shares shown add up to 100 %."""

from __future__ import annotations

from decimal import Decimal

from action_planner.ui.document import Document
from action_planner.ui.shares import percent_shares
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.slide_budget import BudgetSlide
from action_planner.ui.workshop.slide_overview import OverviewSlide
from action_planner.ui.workshop.slides import SlideKey, SlideKind


def test_largest_remainder_adds_up_to_100() -> None:
    # 35.45 %, 35.45 %, 29.10 %: rounded one by one they show 35 + 35 + 29 = 99
    amounts = {"a": Decimal("3545"), "b": Decimal("3545"), "c": Decimal("2910")}
    assert percent_shares(amounts) == {"a": Decimal(36), "b": Decimal(35), "c": Decimal(29)}
    assert sum(percent_shares(amounts).values()) == 100
    assert percent_shares({"x": Decimal(1), "y": Decimal(1), "z": Decimal(1)}, places=1) == {
        "x": Decimal("33.4"),
        "y": Decimal("33.3"),
        "z": Decimal("33.3"),
    }
    assert percent_shares({"x": Decimal(0), "y": Decimal(-5)}) == {}
    assert percent_shares({"only": Decimal("0.01"), "none": Decimal(0)}) == {"only": Decimal(100)}


def test_the_legend_the_doughnut_and_the_overview_show_the_same_shares(
    document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    overview = presentation.current_slide()
    assert isinstance(overview, OverviewSlide)
    on_overview = {row[1]: row[4] for row in overview.by_theme.texts() if row[4]}
    assert presentation.show_key(SlideKey(SlideKind.BUDGET, None))
    budget = presentation.current_slide()
    assert isinstance(budget, BudgetSlide)
    legend = {row[1]: row[3] for row in budget.themes.texts()}
    assert len(legend) > 1
    assert sum(int(share.removesuffix(" %")) for share in legend.values()) == 100
    for name, share in legend.items():
        assert on_overview[name] == share
    on_doughnut = sorted(piece.label() for piece in budget.doughnut.series.slices())
    assert on_doughnut == sorted(legend.values())


def test_the_budget_slide_follows_a_renamed_funding_source(
    document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    assert presentation.show_key(SlideKey(SlideKind.BUDGET, None))
    budget = presentation.current_slide()
    assert isinstance(budget, BudgetSlide)
    totals = document.services.budget.plan_totals(plan_id).plan
    assert totals is not None
    used = next(c for c, amount in totals.by_source.items() if amount)
    before = document.funding_sources.name(used)
    assert before in {row[0] for row in budget.sources.texts()}
    document.services.funding_sources.rename(used, "Renamed in the room")
    again = presentation.current_slide()
    assert isinstance(again, BudgetSlide)
    names = {row[0] for row in again.sources.texts()}
    assert "Renamed in the room" in names
    assert before not in names
