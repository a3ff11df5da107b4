"""Excel export of the demo: every action and line, live totals, typed cells, drop-downs, no formula injection."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest

from action_planner.export.language import labels_for
from action_planner.model.enums import FundingSource
from action_planner.model.money import round_money
from action_planner.model.services import Services

if TYPE_CHECKING:
    from tests.export.conftest import DemoExports

SHEETS = ["Summary", "Actions", "Budget", "KPIs", "Timeline", "Decisions", "Rates", "Lists"]
HOSTILE = ['=HYPERLINK("https://example.org","click")', "+44 1924 000 000", "-2+3", "@SUM(A1:A9)"]


@pytest.fixture(scope="module")
def book(demo_exports: DemoExports) -> Any:
    return openpyxl.load_workbook(demo_exports.files["xlsx"])


def _rows(sheet: Any) -> list[dict[str, Any]]:
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row, strict=False)) for row in sheet.iter_rows(min_row=2, values_only=True)]


def _dec(value: object) -> Decimal:
    return Decimal(str(value))


def test_sheets_in_order_with_lists_hidden(book: Any) -> None:
    assert book.sheetnames == SHEETS
    assert book["Lists"].sheet_state == "hidden"
    assert all(book[name].sheet_state == "visible" for name in SHEETS[:-1])


def test_every_action_and_budget_line_with_exact_amounts(demo_exports: DemoExports, book: Any) -> None:
    actions = _rows(book["Actions"])
    budget = _rows(book["Budget"])
    expected_actions = [(p.title, a.number, a.title) for p in demo_exports.plans for a in demo_exports.actions[p.id]]
    assert [(r["Plan"], r["Action no."], r["Action"]) for r in actions] == expected_actions
    expected_lines = [
        (a.title, line.year, line.amount, line.currency, FundingSource(line.funding_source).label)
        for p in demo_exports.plans
        for a in demo_exports.actions[p.id]
        for line in a.budget_lines
    ]
    got = [(r["Action"], r["Year"], _dec(r["Amount"]), r["Currency"], r["Funding source"]) for r in budget]
    assert got == expected_lines


def _factor(book: Any, formula: object) -> Decimal:
    """Evaluate a Budget rate cell: 1, or a reference to a Rates factor made of entered rates."""
    if not isinstance(formula, str):
        return Decimal(str(formula))
    rates = book["Rates"]
    cell = rates[formula.removeprefix("=Rates!").replace("$", "")].value
    expression = cell.removeprefix("=")
    values = {ref: Decimal(str(rates[ref.replace("$", "")].value)) for ref in re.findall(r"\$D\$\d+", expression)}
    result = Decimal(1)
    for part in expression.split("*"):
        ref = re.search(r"\$D\$\d+", part)
        assert ref is not None
        result *= (Decimal(1) / values[ref.group()]) if part.startswith("(1/") else values[ref.group()]
    return result


def test_budget_conversions_add_up_to_the_services_totals(demo_exports: DemoExports, book: Any) -> None:
    """Re-do what the workbook's formulas do (rate × amount, rounded) and compare with the services' totals."""
    budget = book["Budget"]
    header = [c.value for c in budget[1]]
    rate_col, amount_col = header.index("Rate to plan currency"), header.index("Amount")
    rep_col = header.index("Rate to EUR")
    sums: dict[int, Decimal] = {}
    reporting: dict[int, Decimal] = {}
    for number, row in enumerate(budget.iter_rows(min_row=2, values_only=True), start=2):
        plan_no, amount = row[0], _dec(row[amount_col])
        assert row[header.index("Amount in plan currency")] == f"=ROUND(I{number}*K{number},2)"
        assert row[header.index("Amount in EUR")] == f"=ROUND(I{number}*N{number},2)"
        digits = Decimal("0.01")
        in_plan = (amount * _factor(book, row[rate_col])).quantize(digits, ROUND_HALF_UP)
        in_rep = (amount * _factor(book, row[rep_col])).quantize(digits, ROUND_HALF_UP)
        sums[plan_no] = sums.get(plan_no, Decimal(0)) + in_plan
        reporting[plan_no] = reporting.get(plan_no, Decimal(0)) + in_rep
    for number, plan in enumerate(demo_exports.plans, start=1):
        totals = demo_exports.totals[plan.id]
        assert totals.plan is not None
        assert totals.reporting is not None
        assert sums[number] == totals.plan.total
        assert reporting[number] == totals.reporting.total


def test_summary_totals_are_live_sumifs_formulas(demo_exports: DemoExports, book: Any) -> None:
    summary = book["Summary"]
    header = [c.value for c in summary[5]]
    total_col = header.index("Total (plan currency)")
    for row in range(6, 6 + len(demo_exports.plans)):
        formula = summary.cell(row=row, column=total_col + 1).value
        assert formula == f"=ROUND(SUMIFS(Budget!$L:$L,Budget!$A:$A,$A{row}),2)"
        for col in range(total_col + 1, header.index("Partner organisation")):
            assert str(summary.cell(row=row, column=col + 1).value).startswith("=ROUND(SUMIFS(Budget!")
    themes = [t.name for t in demo_exports.services.catalogue.themes()]
    assert set(themes) <= set(header)
    assert 2027 in header
    assert 2028 in header  # years as numbers, matched against the Budget's years


def test_numbers_are_numbers_and_dates_are_dates(book: Any) -> None:
    budget, actions, kpis = book["Budget"], book["Actions"], book["KPIs"]
    assert budget["I2"].data_type == "n"
    assert budget["I2"].number_format == '#,##0.00 "EUR"'
    assert budget["H2"].data_type == "n"
    assert isinstance(budget["H2"].value, int)
    header = [c.value for c in actions[1]]
    start = actions.cell(row=2, column=header.index("Start") + 1)
    assert isinstance(start.value, datetime)
    assert start.is_date
    assert start.number_format == "yyyy-mm-dd"
    kpi_header = [c.value for c in kpis[1]]
    target = kpis.cell(row=2, column=kpi_header.index("Target") + 1)
    assert target.data_type == "n"
    assert kpis.cell(row=2, column=kpi_header.index("Target date") + 1).is_date
    sek = next(r for r in budget.iter_rows(min_row=2) if r[9].value == "SEK")
    assert sek[8].number_format == '#,##0.00 "SEK"'


def test_frozen_headers_filters_widths_and_drop_downs(book: Any) -> None:
    for name in ("Actions", "Budget", "KPIs", "Timeline", "Rates"):
        sheet = book[name]
        assert sheet.freeze_panes is not None
        assert sheet.auto_filter.ref
        assert all(sheet.column_dimensions[c].width >= 6 for c in ("A", "B", "C"))
    assert book["Summary"].freeze_panes == "E6"

    def validated(sheet: Any) -> dict[str, str]:
        return {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}

    actions = validated(book["Actions"])
    assert actions["F2"] == "Lists!$B$2:$B$5"
    assert actions["H2"] == "Lists!$A$2:$A$6"
    budget = validated(book["Budget"])
    assert budget["F2"] == "Lists!$B$2:$B$5"
    assert budget["G2"] == "Lists!$C$2:$C$7"
    assert [c.value for c in book["Lists"]["A"][1:6]] == ["Planned", "In progress", "Done", "Delayed", "Cancelled"]
    assert book["Lists"]["C2"].value == "ERDF / Interreg"


def test_timeline_draws_each_action_with_fills(demo_exports: DemoExports, book: Any) -> None:
    timeline = book["Timeline"]
    months = [c.value for c in timeline[1][7:]]
    assert all(isinstance(m, datetime) and m.day == 1 for m in months)
    first_action = demo_exports.actions[demo_exports.plans[0].id][0]
    assert first_action.start_date is not None
    assert first_action.end_date is not None
    filled = [m for m, c in zip(months, timeline[2][7:], strict=True) if c.fill.fgColor.rgb not in (None, "00000000")]
    assert filled[0].date() == first_action.start_date.replace(day=1)
    assert filled[-1].date() == first_action.end_date.replace(day=1)


def test_text_that_looks_like_a_formula_stays_text(export_to: Any, demo: Services) -> None:
    plan = demo.plans.list()[0]
    action = demo.actions.list(plan.id)[0]
    demo.actions.update(action.id, title=HOSTILE[0], notes=HOSTILE[2], background=HOSTILE[3])
    demo.plans.update(plan.id, contact_phone=HOSTILE[1])
    line = demo.budget.lines(action.id)[0]
    demo.budget.update(line.id, note=HOSTILE[0])
    book = openpyxl.load_workbook(export_to("xlsx"))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value in HOSTILE]
    assert {c.value for c in cells} == set(HOSTILE)
    assert all(c.data_type == "s" for c in cells)
    assert len([c for c in cells if c.value == HOSTILE[0]]) >= 5  # Actions, Budget ×2 (title, note), KPIs, Timeline


def test_amounts_keep_their_cents(export_to: Any, demo: Services) -> None:
    action = demo.actions.list(demo.plans.list()[0].id)[0]
    demo.budget.add(action.id, "0.10", currency="EUR", year=2027)
    demo.budget.add(action.id, "1234567.89", currency="EUR", year=2027)
    budget = openpyxl.load_workbook(export_to("xlsx"))["Budget"]
    amounts = {_dec(r[8].value) for r in budget.iter_rows(min_row=2)}
    assert {Decimal("0.10"), Decimal("1234567.89")} <= {round_money(a, "EUR") for a in amounts}


def test_one_plan_alone(export_to: Any, demo: Services, tmp_path: Path) -> None:
    plan = demo.plans.list()[2]
    tr = labels_for(plan.language)  # one plan alone: the workbook is in its language
    book = openpyxl.load_workbook(export_to("xlsx", (plan.id,)))
    assert {r[tr("Plan")] for r in _rows(book[tr("Actions")])} == {plan.title}
    assert book[tr("Summary")]["D6"].value == plan.title


def test_the_workbook_points_at_the_rates_the_model_uses(demo: Services) -> None:
    """The Rates sheet's formulas name the entered rate the model converts with, for every pair, even overridden."""
    from action_planner.export.data import rate_table

    plans = demo.plans.list()
    demo.rates.set("EUR", "SEK", "11.5000", "2026-12-01", plan_id=plans[2].id)  # a plan's own rate
    demo.rates.set("PLN", "EUR", "0.2350", "2026-12-01", plan_id=plans[3].id)  # the inverse direction
    workspace = demo.rates.list()
    for plan in plans:
        own = demo.rates.list(plan.id)
        table = rate_table(workspace, own)
        entered = {view.id: view for view in (*workspace, *own)}
        for rate in table.rates():
            assert rate.id is not None
            assert table.factor(rate.base, rate.quote) == entered[rate.id].rate
        for source in ("EUR", "SEK", "PLN", "GBP"):
            expected = demo.rates.convert(Decimal("1234.56"), source, plan.currency, plan.id)
            assert table.convert(Decimal("1234.56"), source, plan.currency) == expected
