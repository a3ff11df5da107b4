"""Workshop decisions and votes reach the Word document (a section) and the workbook (a sheet)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import pytest

from action_planner.export.language import labels_for
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
from action_planner.model.services import Services

AT = datetime(2026, 11, 27, 9, 30)


@pytest.fixture
def decided(demo: Services) -> tuple[Services, int, list[int]]:
    plan = next(p for p in demo.plans.list() if p.language == "en")  # the English captions are asserted
    first, second = demo.actions.list(plan.id)[:2]
    demo.workshops.set_votes(first.id, 5, 1)
    demo.workshops.decide(first.id, "revisit", "Needs a co-funder", at=AT)
    demo.workshops.decide(first.id, "agreed", "Chamber co-funds", at=AT.replace(minute=45))
    demo.workshops.decide(second.id, "parked", at=AT.replace(hour=10))
    return demo, plan.id, [first.id, second.id]


def test_word_has_a_decisions_section_and_each_action_its_decision(
    decided: tuple[Services, int, list[int]], tmp_path: Path
) -> None:
    services, plan_id, _ = decided
    path = EXPORTERS["docx"]().export(services, ExportRequest((plan_id,), tmp_path / "plan.docx"))
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading 1")]
    assert "Workshop decisions" in headings
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("Agreed – Chamber co-funds") and "Votes: +5 / −1" in t for t in texts)
    log = next(t for t in document.tables if [c.text for c in t.rows[0].cells][2:3] == ["Decision"])
    rows = [[c.text for c in r.cells] for r in log.rows[1:]]
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("1", "To revisit", "Needs a co-funder"),
        ("1", "Agreed", "Chamber co-funds"),
        ("2", "Parked", ""),
    ]


def test_workbook_has_a_decisions_sheet_with_times_and_votes(
    decided: tuple[Services, int, list[int]], tmp_path: Path
) -> None:
    services, plan_id, _ = decided
    path = EXPORTERS["xlsx"]().export(services, ExportRequest((plan_id,), tmp_path / "plan.xlsx"))
    sheet = openpyxl.load_workbook(path)["Decisions"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[3], r[5], r[6]) for r in rows] == [
        (1, "To revisit", "Needs a co-funder"),
        (1, "Agreed", "Chamber co-funds"),
        (2, "Parked", None),
    ]
    local = AT.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert rows[0][7] == local
    assert isinstance(rows[0][7], datetime)
    assert (rows[0][8], rows[0][9]) == (5, 1)
    assert sheet.freeze_panes == "F2"
    assert sheet.auto_filter.ref is not None


def test_pdf_lists_the_decisions(decided: tuple[Services, int, list[int]], tmp_path: Path) -> None:
    services, plan_id, _ = decided
    path = EXPORTERS["pdf"]().export(services, ExportRequest((plan_id,), tmp_path / "plan.pdf"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Workshop decisions" in text
    assert "Chamber co-funds" in text


def test_a_plan_without_decisions_has_no_empty_section(demo: Services, tmp_path: Path) -> None:
    plan = demo.plans.list()[0]
    plan_id, tr = plan.id, labels_for(plan.language)
    path = EXPORTERS["docx"]().export(demo, ExportRequest((plan_id,), tmp_path / "plan.docx"))
    assert tr("Workshop decisions") not in [p.text for p in docx.Document(str(path)).paragraphs]
    book = EXPORTERS["xlsx"]().export(demo, ExportRequest((plan_id,), tmp_path / "plan.xlsx"))
    assert openpyxl.load_workbook(book)[tr("Decisions")].max_row == 1
