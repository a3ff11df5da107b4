"""Hostile review files: each is refused with a clear message, nothing is applied, the file is left as it was."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import openpyxl.reader.excel
import pytest

from action_planner.export.review_import import MAX_ROWS, ReviewFileError, read_review
from action_planner.export.review_workbook import ACTIONS, BUDGET, MANIFEST, PROPOSALS, export_review
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace


def first_plan(services: Services) -> int:
    """The demo's first English plan: its review workbook is in English (an Italian plan's is in Italian)."""
    return next(p.id for r in services.reports.summary().regions for p in r.plans if p.language == "en")


def header(sheet: Any) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


@pytest.fixture
def sent(demo: Services, tmp_path: Path) -> Path:
    return export_review(demo, [first_plan(demo)], tmp_path / "review.xlsx", reviewer="Anna").path


def state(services: Services) -> tuple[object, ...]:
    """What an import could change: every plan's actions and every round's decisions."""
    plans = [p.id for r in services.reports.summary().regions for p in r.plans]
    return (tuple(services.actions.list(p) for p in plans), tuple(r.decided for r in services.reviews.rounds()))


def edited(path: Path, change: Callable[[Any], None]) -> bytes:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path.read_bytes()


def refused_whole(services: Services, path: Path, match: str) -> None:
    before, data = state(services), path.read_bytes()
    with pytest.raises(ReviewFileError, match=match):
        read_review(services, path)
    assert path.read_bytes() == data
    assert state(services) == before


def test_a_file_from_another_workspace_is_refused(demo_template: Path, demo: Services, tmp_path: Path) -> None:
    other_path = tmp_path / "other.actionplan"
    shutil.copyfile(demo_template, other_path)
    with Workspace.open(other_path) as other:
        path = export_review(Services(other), [1], tmp_path / "other.xlsx").path
    refused_whole(demo, path, "another workspace")


def test_a_closed_round_is_refused(demo: Services, sent: Path) -> None:
    round_id = demo.reviews.rounds()[-1].id
    demo.reviews.close_round(round_id)
    refused_whole(demo, sent, f"round {round_id} is closed")


def test_a_deleted_manifest_is_refused(demo: Services, sent: Path) -> None:
    edited(sent, lambda book: book.remove(book[MANIFEST]))
    refused_whole(demo, sent, "manifest is missing")


def test_a_changed_manifest_is_refused(demo: Services, sent: Path) -> None:
    edited(sent, lambda book: book[MANIFEST].cell(4, 2, "1,2,3"))
    refused_whole(demo, sent, "manifest was changed")


def row_refused(services: Services, path: Path, change: Callable[[Any], None], expected: list[str]) -> None:
    data = edited(path, change)
    before = state(services)
    review = read_review(services, path)
    assert path.read_bytes() == data
    assert [r.split(";")[0] for r in review.refused] == expected
    assert all("nothing from this row is used" in r for r in review.refused)
    assert review.differences == ()  # nothing else was edited, and no removal is guessed
    assert review.comments == ()
    assert state(services) == before


def test_a_tampered_id_is_refused_with_its_row(demo: Services, sent: Path) -> None:
    text = openpyxl.load_workbook(sent)[BUDGET]["A3"].value
    tampered = text[:-4] + ("0000" if not text.endswith("0000") else "1111")

    def change(book: Any) -> None:
        sheet = book[BUDGET]
        sheet["A3"] = tampered
        sheet.cell(3, header(sheet)["Amount"]).value = 1

    problem = f"Budget row 3: its record id “{tampered}” was changed or comes from another file"
    row_refused(demo, sent, change, [problem])


def test_an_id_from_another_round_is_refused(demo: Services, sent: Path, tmp_path: Path) -> None:
    later = export_review(demo, [first_plan(demo)], tmp_path / "later.xlsx").path
    foreign = openpyxl.load_workbook(later)[ACTIONS]["A2"].value

    def change(book: Any) -> None:
        book[ACTIONS]["A2"] = foreign

    problem = f"Actions row 2: its record id “{foreign}” was changed or comes from another file"
    row_refused(demo, sent, change, [problem])


def test_a_repeated_id_refuses_both_rows(demo: Services, sent: Path) -> None:
    def change(book: Any) -> None:
        sheet = book[ACTIONS]
        sheet["A3"] = sheet["A2"].value
        sheet.cell(3, header(sheet)["Title"]).value = "Which one is it?"

    row_refused(
        demo,
        sent,
        change,
        [
            "Actions row 2: its record id is repeated on row 3",
            "Actions row 3: its record id is repeated on row 2",
        ],
    )


def test_a_formula_is_refused(demo: Services, sent: Path) -> None:
    def change(book: Any) -> None:
        sheet = book[BUDGET]
        sheet.cell(2, header(sheet)["Amount"]).value = "=E3*2"

    row_refused(demo, sent, change, ["Budget row 2: the amount cell holds a formula"])


def test_text_in_an_amount_is_refused(demo: Services, sent: Path) -> None:
    def change(book: Any) -> None:
        sheet = book[BUDGET]
        sheet.cell(2, header(sheet)["Amount"]).value = "about 5k"

    row_refused(demo, sent, change, ["Budget row 2: the amount is text (“about 5k”), not a number"])


def test_a_wrong_type_on_the_proposals_sheet_is_refused(demo: Services, sent: Path) -> None:
    action = demo.actions.list(first_plan(demo))[0]

    def change(book: Any) -> None:
        sheet = book[PROPOSALS]
        columns = header(sheet)
        for name, value in {
            "Kind": "New budget line",
            "Action ref (for a budget line)": f"A{action.id}",
            "Amount": 100,
            "Currency": "EUR",
            "Funding source": "National",
            "Year": "next year",
        }.items():
            sheet.cell(2, columns[name]).value = value

    row_refused(demo, sent, change, ["Proposals row 2: the year is text (“next year”), not a number"])


def rewrite_part(path: Path, name: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[name] = change(parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)


def test_a_hundred_thousand_rows_are_refused_before_openpyxl_reads_them(
    demo: Services, sent: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = openpyxl.load_workbook(sent)
    index = book.sheetnames.index(BUDGET) + 1
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n) for n in range(200, 100_200)
    )
    part = f"xl/worksheets/sheet{index}.xml"
    rewrite_part(sent, part, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>"))

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("openpyxl was asked to read a file the row count refuses")

    monkeypatch.setattr(openpyxl.reader.excel, "load_workbook", never)  # where the importer finds it
    monkeypatch.setattr(openpyxl, "load_workbook", never)
    refused_whole(demo, sent, f"more than {MAX_ROWS:,} rows")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(demo: Services, sent: Path) -> None:
    with zipfile.ZipFile(sent, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (50 * 2**20))
    assert sent.stat().st_size < 2 * 2**20
    refused_whole(demo, sent, "compressed")


def test_a_file_that_is_not_a_workbook_is_refused(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "review.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    refused_whole(demo, path, "not an Excel workbook")


def test_a_title_sent_starting_with_an_equals_sign_comes_back_as_text_not_a_formula(
    demo: Services, tmp_path: Path
) -> None:
    plan_id = first_plan(demo)
    action = demo.actions.list(plan_id)[0]
    demo.actions.update(action.id, title="=Growth through partnerships")
    path = export_review(demo, [plan_id], tmp_path / "equals.xlsx").path
    assert openpyxl.load_workbook(path)[ACTIONS]["D2"].data_type == "s"
    review = read_review(demo, path)
    assert review.refused == ()
    assert review.differences == ()
