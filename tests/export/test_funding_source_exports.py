"""A funding source of the planner's own, and a renamed built-in one, as every export shows them."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from action_planner.export.language import Labels, labels_for
from action_planner.export.review_import import read_review
from action_planner.export.review_workbook import BUDGET, export_review, review_language
from action_planner.model.services import Services

UKSPF = "UK Shared Prosperity Fund"


def review_texts(demo: Services, plan_id: int) -> Labels:
    return labels_for(review_language([p for p in demo.plans.list() if p.id == plan_id]))


@pytest.fixture
def lined(demo: Services) -> Any:
    """The first plan's first line on the UK Shared Prosperity Fund, and "Private" renamed."""
    plan_id = demo.reports.summary().regions[0].plans[0].id
    action = next(a for a in demo.actions.list(plan_id) if a.budget_lines)
    source = demo.funding_sources.add(UKSPF)
    line = demo.budget.update(action.budget_lines[0].id, funding_source=source.code)
    demo.funding_sources.rename("private", "Private sponsors")
    return plan_id, action, line


def test_word_names_the_source_in_the_costs_and_the_funding_breakdown(
    export_to: Callable[..., Path], lined: Any
) -> None:
    plan_id, _action, _line = lined
    document = docx.Document(str(export_to("docx", plan_ids=(plan_id,))))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert cells.count(UKSPF) >= 3  # the action's costs, its funding by source, the plan's summary by source


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_names_the_source(export_to: Callable[..., Path], lined: Any) -> None:
    plan_id, _action, _line = lined
    path = export_to("pdf", plan_ids=(plan_id,))
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert UKSPF in " ".join(text.split())


def test_excel_lists_the_workspaces_sources_by_name(export_to: Callable[..., Path], demo: Services, lined: Any) -> None:
    plan_id, action, _line = lined
    tr = labels_for(next(p.language for p in demo.plans.list() if p.id == plan_id))  # the workbook's language
    book = openpyxl.load_workbook(export_to("xlsx", plan_ids=(plan_id,)))
    header = [c.value for c in book[tr("Budget")][1]]
    rows = [dict(zip(header, r, strict=False)) for r in book[tr("Budget")].iter_rows(min_row=2, values_only=True)]
    assert rows[0][tr("Action")] == action.title
    assert rows[0][tr("Funding source")] == UKSPF
    listed = [c.value for c in book[tr("Lists")]["C"][1:] if c.value]
    built_in = [tr(name) for name in ("ERDF / Interreg", "National", "Regional", "Municipal")]
    assert listed == [*built_in, "Private sponsors", tr("Other"), UKSPF]  # a renamed or own source as typed
    summary_header = [c.value for row in book[tr("Summary")].iter_rows(max_row=8) for c in row]
    assert UKSPF in summary_header
    assert "Private sponsors" in summary_header


def test_the_review_workbook_offers_the_list_and_its_import_reads_names_back(
    demo: Services, lined: Any, tmp_path: Path
) -> None:
    plan_id, _action, line = lined
    sent = export_review(demo, [plan_id], tmp_path / "review.xlsx", reviewer="Anna Berg").path
    book = openpyxl.load_workbook(sent)
    tr = review_texts(demo, plan_id)  # the workbook is in the plan's language
    sheet = book[tr(BUDGET)]
    column = next(c.column for c in sheet[1] if c.value == tr("Funding source"))
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if str(r[0].value).startswith(f"ap:line:{line.id}:"))
    assert sheet.cell(row, column).value == UKSPF
    letter = openpyxl.utils.get_column_letter(column)
    (check,) = [v for v in sheet.data_validations.dataValidation if str(v.sqref).startswith(f"{letter}2:")]
    assert check.formula1 == f'"ERDF / Interreg,National,Regional,Municipal,Private sponsors,Other,{UKSPF}"'
    assert read_review(demo, sent).differences == ()  # names read back as the codes that were sent
    sheet.cell(row, column).value = "regional"
    book.save(sent)
    (difference,) = read_review(demo, sent).differences
    assert (difference.record, difference.field) == (f"line:{line.id}", "funding_source")
    assert (difference.sent, difference.returned) == ("uk_shared_prosperity_fund", "regional")


def test_a_name_with_a_comma_is_not_offered_as_a_list_but_is_still_read_back(
    demo: Services, lined: Any, tmp_path: Path
) -> None:
    plan_id, _action, line = lined
    demo.funding_sources.rename("uk_shared_prosperity_fund", "Shared Prosperity Fund, West Yorkshire")
    sent = export_review(demo, [plan_id], tmp_path / "review.xlsx", reviewer="Anna Berg").path
    book = openpyxl.load_workbook(sent)
    tr = review_texts(demo, plan_id)  # the workbook is in the plan's language
    sheet = book[tr(BUDGET)]
    column = next(c.column for c in sheet[1] if c.value == tr("Funding source"))
    letter = openpyxl.utils.get_column_letter(column)
    checks = [v for v in sheet.data_validations.dataValidation if str(v.sqref).startswith(f"{letter}2:")]
    assert [c.type for c in checks] == ["textLength"]  # a comma would split the name in Excel's list
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if str(r[0].value).startswith(f"ap:line:{line.id}:"))
    assert sheet.cell(row, column).value == "Shared Prosperity Fund, West Yorkshire"
    sheet.cell(row, column).value = "Lottery"
    book.save(sent)
    review = read_review(demo, sent)
    assert review.differences == ()
    assert len(review.refused) == 1
    assert "is not one of: ERDF / Interreg" in review.refused[0]
