"""Every item model passes pytest-qt's model tester, with data, and refreshes from change notifications."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from action_planner.model.enums import FundingSource
from action_planner.ui import labels, mime
from action_planner.ui.action_columns import KPIS, NUMBER, TITLE, TOTAL
from action_planner.ui.document import Document
from action_planner.ui.models.actions import ActionsModel, ActionsProxy
from action_planner.ui.models.catalogue import IndicatorsModel, InterventionsModel, OrganisationNamesModel
from action_planner.ui.models.lines import AMOUNT, BudgetLinesModel, KpisModel
from action_planner.ui.models.navigator import KIND_ROLE, PLAN, REGION, NavigatorModel
from action_planner.ui.models.players import PlayersModel
from action_planner.ui.models.rows import ID_ROLE
from action_planner.ui.models.totals import BY_SOURCE, BY_THEME, BY_YEAR, FIGURES, BreakdownModel
from action_planner.ui.region_picker import RegionResultsModel


def test_navigator_model(qtmodeltester: ModelTester, document: Document) -> None:
    model = NavigatorModel(document)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    region = model.index(0, 0)
    assert region.data(KIND_ROLE) == REGION
    assert region.data() == "Emilia-Romagna (ITH5)"
    plan = model.index(0, 0, region)
    assert plan.data(KIND_ROLE) == PLAN
    assert plan.parent() == region
    assert model.plan_index(plan.data(ID_ROLE)) == plan
    document.services.regions.add("UKE3")  # South Yorkshire, through the services as another window would
    assert model.rowCount() == 7
    qtmodeltester.check(model)


def test_actions_model_fetches_one_plan(qtmodeltester: ModelTester, document: Document) -> None:
    model = ActionsModel(document)
    proxy = ActionsProxy(model)
    assert model.rowCount() == 0
    plan_id = document.services.plans.list()[2].id  # Gävleborg, in SEK
    model.set_plan(plan_id)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 6
    assert model.index(0, NUMBER).data() == "1"
    assert model.index(0, TOTAL).data() == "4,482,501.49"
    assert model.index(0, KPIS).data() == str(len(model.item(0).kpis))
    proxy.sort(TOTAL, Qt.SortOrder.DescendingOrder)
    totals: list[Decimal] = []
    for r in range(proxy.rowCount()):
        total = model.item(proxy.mapToSource(proxy.index(r, 0)).row()).total
        assert total is not None  # every demo action has a budget
        totals.append(total)
    assert totals == sorted(totals, reverse=True)
    proxy.setFilterFixedString("talang")  # the Swedish plan's titles are Swedish
    assert proxy.rowCount() == 1
    title = model.item(proxy.mapToSource(proxy.index(0, 0)).row()).title
    assert title == "Praktik för internationella talanger i små och medelstora företag"


def test_actions_model_refreshes_one_row_on_budget_change(document: Document) -> None:
    model = ActionsModel(document)
    plan_id = document.services.plans.list()[0].id
    model.set_plan(plan_id)
    first = model.item(0)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    document.services.budget.update(first.budget_lines[0].id, amount="1000")
    assert changed == [0]
    assert not resets
    assert model.item(0).total == Decimal("1000.00") + first.budget_lines[1].amount


def test_actions_model_drops(document: Document) -> None:
    model = ActionsModel(document)
    model.set_plan(document.services.plans.list()[0].id)
    added: list[tuple[list[int], int]] = []
    moved: list[tuple[int, int]] = []
    model.interventions_dropped.connect(lambda ids, row: added.append((ids, row)))
    model.action_dropped.connect(lambda ident, row: moved.append((ident, row)))
    data = mime.encode(mime.INTERVENTION_MIME, [5])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 2, 0, QModelIndex())
    first = model.item(0).id
    model.dropMimeData(model.mimeData([model.index(0, TITLE)]), Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert added == [([5], 2)]
    assert moved == [(first, 2)]
    assert not model.canDropMimeData(mime.encode("text/plain", [1]), Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_line_models(qtmodeltester: ModelTester, document: Document) -> None:
    action = document.services.actions.list(document.services.plans.list()[0].id)[0]
    commits: list[tuple[str, object]] = []

    def refuse(_item: object, field: str, value: object) -> str | None:
        commits.append((field, value))
        return "Not a number."

    budget = BudgetLinesModel(refuse)
    budget.replace(action.budget_lines)
    qtmodeltester.check(budget)
    kpis = KpisModel(refuse)
    kpis.replace(action.kpis)
    qtmodeltester.check(kpis)
    assert not budget.setData(budget.index(0, AMOUNT), "abc")
    assert commits == [("amount", "abc")]
    assert budget.index(0, AMOUNT).data() == "abc"  # the refused text stays visible, marked
    assert budget.errors() == [(0, AMOUNT, "Not a number.")]
    assert budget.index(0, AMOUNT).data(Qt.ItemDataRole.ToolTipRole) == "Not a number."
    budget.replace_keeping_errors(action.budget_lines, keep=False)
    assert budget.errors() == []


def test_players_model(qtmodeltester: ModelTester, document: Document) -> None:
    action = document.services.actions.list(document.services.plans.list()[0].id)[0]
    saved: list[list[tuple[str, str]]] = []
    model = PlayersModel(saved.append)
    model.set_players(action.players)
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 1), "chairs the board")
    assert saved[0][0] == (action.players[0].organisation, "chairs the board")


def test_catalogue_models(qtmodeltester: ModelTester, document: Document) -> None:
    interventions = InterventionsModel(document)
    qtmodeltester.check(interventions)
    assert interventions.rowCount() == 40
    interventions.search("voucher", None)
    assert interventions.rowCount() >= 1
    interventions.search("", "digitisation")
    assert {i.theme for i in interventions.items} == {"digitisation"}
    data = interventions.mimeData([interventions.index(0, 0)])
    assert mime.decode(data, mime.INTERVENTION_MIME) == [interventions.item(0).id]
    indicators = IndicatorsModel(document)
    qtmodeltester.check(indicators)
    indicators.search("RCO04")
    assert indicators.item(0).code == "RCO04"
    names = OrganisationNamesModel(document)
    qtmodeltester.check(names)
    assert "Business Sweden" in names.stringList()


def test_totals_models(qtmodeltester: ModelTester, document: Document) -> None:
    plan_id = document.services.plans.list()[2].id
    totals = document.services.budget.plan_totals(plan_id)
    for kind in (BY_THEME, BY_SOURCE, BY_YEAR):
        model = BreakdownModel(kind)
        model.set_totals(totals, str)
        qtmodeltester.check(model)
        assert model.rowCount() > 0
        assert model.headerData(FIGURES, Qt.Orientation.Horizontal) == "SEK\nEUR"  # the plan's currency over the other
        assert totals.plan is not None
        assert totals.reporting is not None
        for number, row in enumerate(model.rows):  # each amount exact, in both currencies; read out with their codes
            cell = model.index(number, FIGURES)
            assert cell.data() == f"{labels.money(row.in_plan, 'SEK')}\n{labels.money(row.in_reporting, 'EUR')}"
            assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == ", ".join(
                [
                    labels.money(row.in_plan, "SEK", with_code=True),
                    labels.money(row.in_reporting, "EUR", with_code=True),
                ]
            )
    sources = BreakdownModel(BY_SOURCE)
    sources.set_totals(totals, str)
    assert [r.key for r in sources.rows] == list(FundingSource)
    sources.set_totals(None, str)
    assert sources.rowCount() == 0


def test_region_results_model(qtmodeltester: ModelTester) -> None:
    model = RegionResultsModel()
    model.search("west york")
    qtmodeltester.check(model)
    assert model.region(0).code == "UKE4"
    assert "West Yorkshire" in model.index(0, 0).data()
