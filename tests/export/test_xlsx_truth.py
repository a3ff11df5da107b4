"""The workbook a partner receives tells the truth: added lines counted, a missing rate shown, checks enforced.

Each behaviour is checked in the real file: reopened with openpyxl and, where a figure must be computed,
recalculated by LibreOffice headless as a partner's spreadsheet would.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest

from action_planner.model.services import Services

if TYPE_CHECKING:
    from tests.export.conftest import DemoExports


def needs_libreoffice(test: Any) -> Any:
    """Mark ``test`` like the other LibreOffice tests (slow, skipped off CI when soffice is missing)."""
    marks = (
        pytest.mark.libreoffice,
        pytest.mark.slow,
        pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
    )
    for mark in marks:
        test = mark(test)
    return test


def _header(sheet: Any, row: int = 1) -> list[Any]:
    return [c.value for c in sheet[row]]


def _recalculated(path: Path, folder: Path) -> Any:
    """``path`` opened, recalculated and saved by LibreOffice, then read back with the values it computed."""
    from tests.export.test_libreoffice import convert

    return openpyxl.load_workbook(convert(path, "xlsx:Calc MS Excel 2007 XML", folder), data_only=True)


def _cents(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


# -- 1. formulas that count the rows a partner adds ------------------------------------------------------------


def test_totals_cover_whole_budget_columns(demo_exports: DemoExports) -> None:
    book = openpyxl.load_workbook(demo_exports.files["xlsx"])
    summary, actions = book["Summary"], book["Actions"]
    assert summary["H6"].value == "=ROUND(SUMIFS(Budget!$L:$L,Budget!$A:$A,$A6),2)"
    assert summary["I6"].value == "=ROUND(SUMIFS(Budget!$O:$O,Budget!$A:$A,$A6),2)"
    total = _header(actions).index("Total (plan currency)") + 1
    assert actions.cell(row=2, column=total).value == "=ROUND(SUMIFS(Budget!$L:$L,Budget!$A:$A,A2,Budget!$D:$D,D2),2)"
    formulas = [c.value for row in summary.iter_rows(min_row=6) for c in row if str(c.value).startswith("=")]
    assert formulas
    assert not [f for f in formulas if "$2:" in f]  # no formula stops at the last row written


@needs_libreoffice
def test_a_budget_line_a_partner_adds_below_the_last_row_is_counted(demo_exports: DemoExports, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(demo_exports.files["xlsx"])
    budget = book["Budget"]
    last = budget.max_row
    template = [c.value for c in budget[2]]  # plan 1, action 1, in euros like its plan
    added = last + 1
    values = [*template[:7], 2027, Decimal("1000.00"), "EUR", 1, f"=ROUND(I{added}*K{added},2)", "EUR", 1]
    values += [f"=ROUND(I{added}*N{added},2)", "Added by a partner"]
    for column, value in enumerate(values, start=1):
        budget.cell(row=added, column=column, value=value)
    edited = tmp_path / "edited.xlsx"
    book.save(edited)

    computed = _recalculated(edited, tmp_path / "recalc")
    plan = demo_exports.plans[0]
    totals = demo_exports.totals[plan.id]
    assert totals.plan is not None
    assert totals.reporting is not None
    summary = computed["Summary"]
    header = _header(summary, 5)

    def cell(title: object, row: int = 6) -> Decimal:
        return _cents(summary.cell(row=row, column=header.index(title) + 1).value)

    assert cell("Total (plan currency)") == totals.plan.total + 1000
    assert cell("Total (EUR)") == totals.reporting.total + 1000
    assert cell(2027) == totals.plan.by_year[2027] + 1000
    everything = sum(t.reporting.total for t in demo_exports.totals.values() if t.reporting)
    assert cell("Total (EUR)", 6 + len(demo_exports.plans) + 1) == everything + 1000
    actions = computed["Actions"]
    first = demo_exports.actions[plan.id][0]
    assert first.total is not None
    assert _cents(actions.cell(row=2, column=_header(actions).index("Total (plan currency)") + 1).value) == (
        first.total + 1000
    )


# -- 5. print set-up -------------------------------------------------------------------------------------------


def test_every_sheet_prints_landscape_one_page_wide_or_in_panels_with_repeated_headers(
    demo_exports: DemoExports,
) -> None:
    from openpyxl.utils import column_index_from_string

    from action_planner.export.xlsx_print import PANEL_UNITS, column_widths

    book = openpyxl.load_workbook(demo_exports.files["xlsx"])
    for sheet in book:
        if sheet.sheet_state != "visible":
            continue
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert sheet.print_title_rows, sheet.title
        widths = column_widths(sheet, sheet.max_column)
        if sheet.sheet_properties.pageSetUpPr.fitToPage:
            assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
            assert sum(widths) <= PANEL_UNITS, sheet.title  # fitted at a readable scale
        else:  # too wide for one page: panels of whole columns at a fixed scale, the key columns repeated
            assert setup.scale is not None
            assert setup.scale >= 60, sheet.title
            assert sheet.print_title_cols, sheet.title
            keys = column_index_from_string(sheet.print_title_cols.split(":")[1].lstrip("$"))
            breaks = [b.id for b in sheet.col_breaks.brk]
            assert breaks, sheet.title
            key_width = sum(widths[:keys])
            edges = [0, *breaks, len(widths)]
            for start, end in itertools.pairwise(edges):
                panel = sum(widths[start:end]) + (key_width if start else 0)
                assert panel <= PANEL_UNITS, (sheet.title, start, end)
    assert book["Summary"].print_title_rows == "$4:$5"  # the breakdown's group captions with the headers
    assert book["Timeline"].sheet_properties.pageSetUpPr.fitToPage  # the demo's Gantt chart on one page wide


@needs_libreoffice
@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is not installed")
def test_the_demo_workbook_prints_in_tens_of_pages(demo_exports: DemoExports, tmp_path: Path) -> None:
    """It printed 192 pages before (repeated columns filled each page, amounts were cut, no Gantt)."""
    from tests.export.test_libreoffice import convert

    pdf = convert(demo_exports.files["xlsx"], "pdf", tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 10 <= pages <= 60, pages
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    footers = [page.strip().splitlines()[-1].strip() for page in text.split("\f") if page.strip()]
    printed = {footer.split(" – ")[0] for footer in footers}
    assert printed == {"Summary", "Actions", "Budget", "KPIs", "Timeline", "Decisions", "Rates"}  # Lists is hidden
    assert "Jan 27" in text  # the Gantt chart's months are printed
    for plan in demo_exports.plans:
        for action in demo_exports.actions[plan.id]:
            assert action.total is not None
            assert f"{action.total:,.2f}" in text  # each action's total whole on the page, never cut at its edge


# -- 2. a missing exchange rate is an error cell and a warning, never a smaller total -------------------------


@pytest.fixture
def without_a_rate(demo: Services) -> tuple[Services, int]:
    """The demo with one line in US dollars, which no rate converts; returns the Budget row it lands on."""
    plan = demo.plans.list()[0]
    action = demo.actions.list(plan.id)[1]
    demo.budget.add(action.id, "5000.00", currency="USD", year=2027)
    row = 1 + sum(len(demo.budget.lines(a.id)) for a in demo.actions.list(plan.id)[:2])
    return demo, row


def test_a_line_without_a_rate_is_not_available_and_the_summary_says_so(
    export_to: Any, without_a_rate: tuple[Services, int]
) -> None:
    _, row = without_a_rate
    book = openpyxl.load_workbook(export_to("xlsx"))
    budget = book["Budget"]
    assert budget[f"J{row}"].value == "USD"
    assert [budget[f"{c}{row}"].value for c in "KLNO"] == ["=NA()"] * 4  # not a blank that counts as 0
    warning = book["Summary"]["A3"].value
    assert "No exchange rate from USD to EUR for plan 1" in warning
    assert f"Budget rows {row} (actions 2)" in warning
    assert "#N/A" in warning
    assert book["Summary"]["A3"].font.color.rgb.endswith("C00000")
    assert "A3:I3" in {str(r) for r in book["Summary"].merged_cells.ranges}
    assert book["Summary"].row_dimensions[3].height >= 30  # tall enough for the text it holds


def test_the_warning_is_in_the_plans_language(export_to: Any, without_a_rate: tuple[Services, int]) -> None:
    demo, row = without_a_rate
    italian = next(p for p in demo.plans.list() if p.language == "it")
    book = openpyxl.load_workbook(export_to("xlsx", (italian.id,)))
    warning = book["Riepilogo"]["A3"].value  # the sheets are named in Italian too
    assert warning.startswith("Manca il tasso di cambio da USD a EUR per il piano 1")
    assert f"le righe {row} del foglio Budget (azioni 2)" in warning
    check = next(v for v in book["Budget"].data_validations.dataValidation if str(v.sqref).startswith("I"))
    assert check.errorTitle == "Importo non valido"


@needs_libreoffice
def test_libreoffice_shows_the_totals_with_that_line_as_not_available(
    export_to: Any, without_a_rate: tuple[Services, int], tmp_path: Path
) -> None:
    demo, row = without_a_rate
    computed = _recalculated(export_to("xlsx"), tmp_path / "recalc")
    summary = computed["Summary"]
    header = _header(summary, 5)
    plans = demo.plans.list()
    assert computed["Budget"][f"L{row}"].value == "#N/A"
    assert summary.cell(row=6, column=header.index("Total (plan currency)") + 1).value == "#N/A"
    assert summary.cell(row=6, column=header.index(2027) + 1).value == "#N/A"
    assert summary.cell(row=6, column=header.index(2028) + 1).value != "#N/A"  # the line is of 2027
    second = demo.budget.plan_totals(plans[1].id)
    assert second.plan is not None
    assert _cents(summary.cell(row=7, column=header.index("Total (plan currency)") + 1).value) == second.plan.total
    all_plans = 6 + len(plans) + 1
    assert summary.cell(row=all_plans, column=header.index("Total (EUR)") + 1).value == "#N/A"
    actions = computed["Actions"]
    total = _header(actions).index("Total (plan currency)") + 1
    assert actions.cell(row=3, column=total).value == "#N/A"  # action 2 of plan 1
    assert actions.cell(row=2, column=total).value != "#N/A"


# -- 3. enforced checks and 4. protection -----------------------------------------------------------------------


def _checks(sheet: Any) -> dict[str, Any]:
    """Each data validation by the first column it covers."""
    return {str(v.sqref).split(":")[0].rstrip("0123456789"): v for v in sheet.data_validations.dataValidation}


def test_every_input_column_is_checked_down_to_the_last_row_with_an_error_message(demo_exports: DemoExports) -> None:
    book = openpyxl.load_workbook(demo_exports.files["xlsx"])
    expected = {
        "Budget": {"F": "list", "G": "list", "H": "whole", "I": "decimal", "J": "list"},
        "Actions": {"F": "list", "H": "list", "I": "list", "J": "whole", "K": "whole", "L": "list", "M": "date"},
        "KPIs": {"J": "decimal", "K": "decimal", "L": "date", "M": "decimal", "N": "date"},
    }
    for name, columns in expected.items():
        checks = _checks(book[name])
        for column, kind in columns.items():
            check = checks[column]
            assert check.type == kind, (name, column)
            assert check.showErrorMessage, (name, column)
            assert check.errorStyle == "stop"
            assert check.errorTitle
            assert check.error
            assert str(check.sqref) == f"{column}2:{column}1048576", (name, column)  # rows a partner adds too
    budget = _checks(book["Budget"])
    assert (budget["H"].formula1, budget["H"].formula2) == ("2000", "2100")
    assert budget["I"].operator == "between"
    assert budget["I"].formula1 == "0"
    assert budget["I"].error == "Enter an amount of zero or more, as a number without the currency code."
    lists = book["Lists"]
    assert budget["J"].formula1 == "Lists!$G$2:$G$5"
    assert [lists[f"G{row}"].value for row in range(2, 6)] == ["EUR", "GBP", "PLN", "SEK"]  # the codes it uses
    assert budget["F"].error == "Choose a value from the drop-down list."
    status = _checks(book["Summary"])["E"]
    assert str(status.sqref) == f"E6:E{5 + len(demo_exports.plans)}"  # plans are added in Action Planner only


def test_formulas_and_keys_are_locked_inputs_open_and_sorting_allowed(demo_exports: DemoExports) -> None:
    book = openpyxl.load_workbook(demo_exports.files["xlsx"])
    for sheet in book:
        protection = sheet.protection
        assert protection.sheet, sheet.title
        assert not protection.password, sheet.title
        assert not protection.sort  # False allows it
        assert not protection.autoFilter
        assert not protection.insertRows
        assert not protection.formatColumns
    budget = book["Budget"]
    locked = {c: budget[f"{c}2"].protection.locked for c in "ABCDEFGHIJKLMNOP"}
    assert [c for c, is_locked in locked.items() if is_locked] == list("ABCDEJKLMNO")
    assert budget.column_dimensions["L"].protection.locked is False  # a row added below can hold a formula
    actions = book["Actions"]
    header = _header(actions)
    assert actions.cell(row=2, column=header.index("Total (plan currency)") + 1).protection.locked
    assert not actions.cell(row=2, column=header.index("Action (what will be done)") + 1).protection.locked
    assert actions["A2"].protection.locked
    summary = book["Summary"]
    assert summary["H6"].protection.locked
    assert not summary["E6"].protection.locked
    assert all(c.protection.locked for row in book["Timeline"].iter_rows(min_row=2, max_row=3) for c in row)
