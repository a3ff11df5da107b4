"""Review round trip: export for review, a partner edits the workbook, import shows exactly those edits."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from action_planner.export.review_import import merge, read_review
from action_planner.export.review_workbook import ACTIONS, BUDGET, KPIS, MANIFEST, PROPOSALS, export_review
from action_planner.model.errors import ValidationError
from action_planner.model.review import BOTH, NEW, PARTNER, REMOVED
from action_planner.model.services import Services


def first_plan(services: Services) -> int:
    """The demo's first English plan: its review workbook is in English (an Italian plan's is in Italian)."""
    return next(p.id for r in services.reports.summary().regions for p in r.plans if p.language == "en")


def rows_by_record(sheet: Any) -> dict[str, int]:
    return {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=2) if row[0].value}


def header(sheet: Any) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


@pytest.fixture
def sent(demo: Services, tmp_path: Path) -> Path:
    return export_review(demo, [first_plan(demo)], tmp_path / "review.xlsx", reviewer="Anna Berg").path


def test_the_workbook_locks_all_but_the_reviewable_cells_and_enforces_its_validations(
    demo: Services, sent: Path
) -> None:
    book = openpyxl.load_workbook(sent)
    assert book[MANIFEST].sheet_state == "veryHidden"
    budget = book[BUDGET]
    columns = header(budget)
    assert budget.protection.sheet
    assert budget.protection.sort is False  # sorting stays allowed
    assert budget.cell(2, columns["Record id"]).protection.locked
    assert budget.cell(2, columns["Action"]).protection.locked
    assert not budget.cell(2, columns["Amount"]).protection.locked
    assert not budget.cell(2, columns["Reviewer comment"]).protection.locked
    amount_letter = budget.cell(2, columns["Amount"]).column_letter
    checks = [v for v in budget.data_validations.dataValidation if f"{amount_letter}2" in v.sqref]
    assert len(checks) == 1
    assert checks[0].type == "decimal"
    assert checks[0].showErrorMessage
    assert checks[0].errorStyle == "stop"
    assert checks[0].error
    # every value sent is a typed cell: the amount is a number, not text
    plan = demo.reports.plan_reports([first_plan(demo)])[0]
    line = plan.actions[0].budget_lines[0]
    row = rows_by_record(budget)
    (record,) = (k for k in row if k.startswith(f"ap:line:{line.id}:"))
    assert Decimal(str(budget.cell(row[record], columns["Amount"]).value)) == line.amount


def edit_like_a_partner(path: Path, services: Services) -> dict[str, Any]:
    """Change a title, an amount and a KPI target, comment, propose a line, delete a KPI row; sort Budget."""
    report = services.reports.plan_reports([first_plan(services)])[0]
    first, second = report.actions[0], report.actions[1]
    book = openpyxl.load_workbook(path)
    book["Review"]["B5"] = "ERVET"
    actions = book[ACTIONS]
    columns = header(actions)
    rows = rows_by_record(actions)
    row = next(r for k, r in rows.items() if k.startswith(f"ap:action:{first.id}:"))
    actions.cell(row, columns["Title"]).value = "TEM voucher for first-time exporters"
    actions.cell(row, columns["Reviewer comment"]).value = "Say who the voucher is for."
    budget = book[BUDGET]
    columns = header(budget)
    line = first.budget_lines[0]
    row = next(r for k, r in rows_by_record(budget).items() if k.startswith(f"ap:line:{line.id}:"))
    budget.cell(row, columns["Amount"]).value = 199000.5
    # sort the budget sheet by amount, descending: rows move, ids move with them
    values = [[c.value for c in r] for r in budget.iter_rows(min_row=2)]
    values.sort(key=lambda r: -(r[columns["Amount"] - 1] or 0))
    for offset, cells in enumerate(values, start=2):
        for column, value in enumerate(cells, start=1):
            budget.cell(offset, column).value = value
    kpis = book[KPIS]
    columns = header(kpis)
    kpi_rows = rows_by_record(kpis)
    target_kpi = second.kpis[0]
    row = next(r for k, r in kpi_rows.items() if k.startswith(f"ap:kpi:{target_kpi.id}:"))
    kpis.cell(row, columns["Target"]).value = 42
    removed_kpi = first.kpis[0]
    row = next(r for k, r in kpi_rows.items() if k.startswith(f"ap:kpi:{removed_kpi.id}:"))
    kpis.delete_rows(row)
    proposals = book[PROPOSALS]
    columns = header(proposals)
    for name, value in {
        "Kind": "New budget line",
        "Action ref (for a budget line)": f"A{second.id}",
        "Amount": 5000,
        "Currency": "EUR",
        "Funding source": "National",
        "Year": 2028,
        "Reviewer comment": "Ministry co-funding",
    }.items():
        proposals.cell(2, columns[name]).value = value
    book.save(path)
    return {"first": first, "second": second, "line": line, "kpi": target_kpi, "removed_kpi": removed_kpi}


def test_import_shows_exactly_the_partners_edits_with_their_comment(demo: Services, sent: Path) -> None:
    edits = edit_like_a_partner(sent, demo)
    before = sent.read_bytes()
    review = read_review(demo, sent)
    assert sent.read_bytes() == before
    assert review.refused == ()
    found = {(d.kind, d.record, d.field): d for d in review.differences}
    first, line, kpi = edits["first"], edits["line"], edits["kpi"]
    assert set(found) == {
        ("edit", f"action:{first.id}", "title"),
        ("edit", f"line:{line.id}", "amount"),
        ("edit", f"kpi:{kpi.id}", "target"),
        ("remove", f"kpi:{edits['removed_kpi'].id}", ""),
        ("new_line", "", ""),
    }
    title = found[("edit", f"action:{first.id}", "title")]
    assert (title.sent, title.returned, title.klass) == (first.title, "TEM voucher for first-time exporters", PARTNER)
    assert title.reviewer == "Anna Berg"
    assert title.organisation == "ERVET"
    assert found[("edit", f"line:{line.id}", "amount")].returned == "199000.5"
    assert found[("remove", f"kpi:{edits['removed_kpi'].id}", "")].klass == REMOVED
    new_line = found[("new_line", "", "")]
    assert new_line.klass == NEW
    assert new_line.action_id == edits["second"].id
    assert new_line.comment == "Ministry co-funding"
    assert [c.text for c in review.comments] == ["Say who the voucher is for."]
    assert review.comments[0].action_id == first.id


def test_accept_applies_in_one_step_and_revert_removes_it_all(demo: Services, sent: Path) -> None:
    edits = edit_like_a_partner(sent, demo)
    first, line = edits["first"], edits["line"]
    plan_id = first.plan_id
    before = demo.actions.list(plan_id)
    review = read_review(demo, sent)
    accepted = [d for d in review.differences if d.kind != "remove"]
    rejected = [d for d in review.differences if d.kind == "remove"]
    applied = demo.reviews.apply(accepted, rejected, review.comments)
    after = {a.id: a for a in demo.actions.list(plan_id)}
    assert after[first.id].title == "TEM voucher for first-time exporters"
    assert next(x for x in after[first.id].budget_lines if x.id == line.id).amount == Decimal("199000.50")
    assert len(after[edits["second"].id].budget_lines) == len(edits["second"].budget_lines) + 1
    assert any(k.id == edits["removed_kpi"].id for k in after[first.id].kpis)  # a removal is only a proposal
    assert [c.text for c in demo.reviews.comments(first.id)] == ["Say who the voucher is for."]
    assert read_review(demo, sent).differences == ()  # a second import shows nothing new
    assert read_review(demo, sent).comments == ()
    demo.reviews.revert(applied)
    assert demo.actions.list(plan_id) == before
    assert demo.reviews.comments(first.id) == []
    again = read_review(demo, sent)
    assert {d.key for d in again.differences} == {d.key for d in review.differences}


def test_a_planners_edit_meanwhile_shows_as_both_sides(demo: Services, sent: Path) -> None:
    edits = edit_like_a_partner(sent, demo)
    first = edits["first"]
    demo.actions.update(first.id, title="TEM voucher (planner's wording)")
    review = read_review(demo, sent)
    (title,) = (d for d in review.differences if d.field == "title")
    assert title.klass == BOTH
    assert (title.sent, title.returned, title.now) == (
        first.title,
        "TEM voucher for first-time exporters",
        "TEM voucher (planner's wording)",
    )


def test_two_partners_disagreeing_on_a_field_are_merged_and_only_one_can_be_accepted(
    demo: Services, tmp_path: Path
) -> None:
    plan_id = first_plan(demo)
    files = []
    for name, title in (("Anna", "Title from Anna"), ("Piotr", "Title from Piotr")):
        path = export_review(demo, [plan_id], tmp_path / f"{name}.xlsx", reviewer=name).path
        book = openpyxl.load_workbook(path)
        sheet = book[ACTIONS]
        sheet.cell(2, header(sheet)["Title"]).value = title
        book.save(path)
        files.append(read_review(demo, path))
    merged = merge(files)
    assert [(d.reviewer, d.returned, d.conflict) for d in merged] == [
        ("Anna", "Title from Anna", True),
        ("Piotr", "Title from Piotr", True),
    ]
    with pytest.raises(ValidationError, match="same field"):
        demo.reviews.apply(merged)
    demo.reviews.apply([merged[1]], [merged[0]])
    assert demo.actions.list(plan_id)[0].title == "Title from Piotr"


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_workbook_saved_again_by_libreoffice_shows_the_same_edits(demo: Services, sent: Path, tmp_path: Path) -> None:
    from tests.export.test_libreoffice import convert

    edit_like_a_partner(sent, demo)
    by_openpyxl = read_review(demo, sent)
    resaved = convert(sent, "xlsx:Calc MS Excel 2007 XML", tmp_path / "libreoffice")
    assert resaved.read_bytes() != sent.read_bytes()
    by_libreoffice = read_review(demo, resaved)
    assert by_libreoffice.refused == ()
    assert [(d.key, d.klass, d.sent, d.returned, d.now) for d in by_libreoffice.differences] == [
        (d.key, d.klass, d.sent, d.returned, d.now) for d in by_openpyxl.differences
    ]
    assert [c.text for c in by_libreoffice.comments] == [c.text for c in by_openpyxl.comments]
    assert (by_libreoffice.reviewer, by_libreoffice.organisation) == ("Anna Berg", "ERVET")


def test_a_proposed_action_and_an_accepted_removal_are_applied_and_reverted(demo: Services, sent: Path) -> None:
    plan_id = first_plan(demo)
    before = demo.actions.list(plan_id)
    line = before[0].budget_lines[0]
    book = openpyxl.load_workbook(sent)
    budget = book[BUDGET]
    row = next(r for k, r in rows_by_record(budget).items() if k.startswith(f"ap:line:{line.id}:"))
    budget.delete_rows(row)
    proposals = book[PROPOSALS]
    columns = header(proposals)
    plan_label = next(row[1].value for row in book[MANIFEST].iter_rows() if row[0].value == "plan label")
    for name, value in {
        "Kind": "New action",
        "Plan": plan_label,
        "Title": "Export mentoring circle",
        "Description": "Experienced exporters coach first-timers.",
        "Start date": datetime(2027, 3, 1),
        "End date": datetime(2027, 12, 31),
    }.items():
        proposals.cell(2, columns[name]).value = value
    proposals.cell(3, columns["Kind"]).value = "New action"  # no plan, no title: refused with its row
    book.save(sent)
    review = read_review(demo, sent)
    assert [r.split(";")[0] for r in review.refused] == [
        "Proposals row 3: choose one of this review's plans in the Plan column"
    ]
    kinds = sorted((d.kind, d.klass) for d in review.differences)
    assert kinds == [("new_action", NEW), ("remove", REMOVED)]
    applied = demo.reviews.apply(review.differences)
    after = demo.actions.list(plan_id)
    assert [a.title for a in after] == [*(a.title for a in before), "Export mentoring circle"]
    assert (after[-1].start_date, after[-1].end_date) == (date(2027, 3, 1), date(2027, 12, 31))
    assert line.id not in {x.id for x in after[0].budget_lines}
    demo.reviews.revert(applied)
    assert demo.actions.list(plan_id) == before


def test_an_end_before_the_start_refuses_the_whole_apply_naming_the_row(demo: Services, sent: Path) -> None:
    plan_id = first_plan(demo)
    before = demo.actions.list(plan_id)
    book = openpyxl.load_workbook(sent)
    actions = book[ACTIONS]
    columns = header(actions)
    actions.cell(2, columns["Title"]).value = "Renamed"
    actions.cell(2, columns["End date"]).value = datetime(1999, 1, 1)
    book.save(sent)
    review = read_review(demo, sent)
    with pytest.raises(ValidationError, match="Actions row 2"):
        demo.reviews.apply(review.differences)
    assert demo.actions.list(plan_id) == before
    assert read_review(demo, sent).differences == review.differences  # nothing was recorded as decided


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("pdfinfo") is None or shutil.which("soffice") is None, reason="needs soffice, pdfinfo")
def test_the_review_workbook_of_a_plan_prints_on_a_few_pages(sent: Path, tmp_path: Path) -> None:
    import subprocess

    from tests.export.test_libreoffice import convert

    printed = convert(sent, "pdf", tmp_path / "printed")
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True, timeout=60).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages <= 6  # intro, actions, budget, KPIs, proposals: each sheet fits the page width
