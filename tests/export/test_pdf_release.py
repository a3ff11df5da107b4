"""The PDF and Excel exports let go of what they saved without a long pass of the cyclic collector (which freezes
the window); the PDF keeps finished pages compressed."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from reportlab import rl_config

from action_planner.export import pdf_styles
from action_planner.export.data import ExportData, gather
from action_planner.export.pdf_export import render_pdf
from action_planner.export.plan_document import document_properties, iter_sections
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest, Steps
from action_planner.export.xlsx_buffer import BufferedSheet
from action_planner.model.services import Services


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The collector paused as the window's job runner pauses it, and restored however the test ends."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def _pdf_garbage() -> list[str]:
    """The reportlab document objects only the cyclic collector could free, by class name."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    names = [type(o).__qualname__ for o in gc.garbage if type(o).__module__.startswith("reportlab.pdfbase")]
    gc.set_debug(0)
    gc.garbage.clear()
    return names


def test_a_saved_pdf_leaves_no_pages_or_outline_to_the_collector(
    demo: Services, tmp_path: Path, collector_off: None
) -> None:
    path = EXPORTERS["pdf"]().export(demo, ExportRequest((), tmp_path / "plans.pdf"))
    assert path.read_bytes().startswith(b"%PDF")
    left = _pdf_garbage()
    # before: every page, outline entry and destination of the document (thousands for the demo) waited for a
    # collector pass on the window's thread; now only the document's own few objects do, whatever its size
    assert not {"PDFPage", "PDFStream", "OutlineEntryObject", "Destination", "PDFDictionary"} & set(left)
    assert len(left) < 10


def _render(data: ExportData, path: Path) -> bytes:
    render_pdf(document_properties(data), iter_sections(data), path, Steps(1, None, None))
    return path.read_bytes()


def test_pages_sealed_as_they_finish_are_the_bytes_reportlab_writes_at_the_end(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids: equal documents, equal bytes
    data = gather(demo, (), Steps(1, None, None))
    sealed: list[Any] = []
    seal = pdf_styles.seal_page

    def counted(page: Any, spill: Any) -> None:
        seal(page, spill)
        if page.stream is None:  # only the compressed stream is kept
            sealed.append(page.Contents)

    monkeypatch.setattr(pdf_styles, "seal_page", counted)
    early = _render(data, tmp_path / "sealed.pdf")
    monkeypatch.setattr(pdf_styles, "seal_page", lambda page, spill: None)
    late = _render(data, tmp_path / "reportlab.pdf")
    assert len(sealed) == late.count(b"/Type /Page\n") > 10
    assert early == late


def test_a_saved_workbook_leaves_no_cells_to_the_collector(demo: Services, tmp_path: Path, collector_off: None) -> None:
    """Every openpyxl cell and row height refers to its sheet and the sheet held them: after the export none of
    them waits for a collector pass on the window's thread (3.2 M objects, a one-second freeze, at 12,000 actions
    before the sheets were streamed)."""
    path = EXPORTERS["xlsx"]().export(demo, ExportRequest((), tmp_path / "plans.xlsx"))
    assert path.read_bytes().startswith(b"PK")
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    cells = [o for o in gc.garbage if type(o).__module__.startswith("openpyxl.cell")]
    heights = [o for o in gc.garbage if type(o).__qualname__ == "RowDimension"]
    gc.set_debug(0)
    gc.garbage.clear()
    assert len(cells) < 10  # a few the Summary's layout keeps (before: every cell of every sheet)
    assert heights == []  # each refers to its sheet, which held it: one per row (165,000 objects at 12,000 actions)


def test_the_workbook_passes_over_each_column_of_a_sheet_a_bounded_number_of_times(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pass over a sheet's rows once per row (``sheet[row]``, before the sheets were streamed) made a
    2,000-action export take two minutes. Each column of a sheet is passed over at most twice (its wrapped
    texts, its unlocked inputs), and each sheet is written out once, whatever the number of rows."""
    passes: Counter[tuple[str, int]] = Counter()
    written: list[str] = []
    column_rows, flush = BufferedSheet.column_rows, BufferedSheet.flush

    def counted_rows(sheet: BufferedSheet, column: int, first: int, last: int) -> Any:
        passes[(sheet.title, column)] += 1
        return column_rows(sheet, column, first, last)

    def counted_flush(sheet: BufferedSheet) -> None:
        written.append(sheet.title)
        flush(sheet)

    monkeypatch.setattr(BufferedSheet, "column_rows", counted_rows)
    monkeypatch.setattr(BufferedSheet, "flush", counted_flush)
    path = EXPORTERS["xlsx"]().export(demo, ExportRequest((), tmp_path / "plans.xlsx"))
    book = openpyxl.load_workbook(path, read_only=True)
    assert sorted(written) == sorted(book.sheetnames)  # every sheet written, each once
    assert passes
    assert max(passes.values()) <= 2, passes.most_common(3)
    actions = book["Actions"]
    assert actions.max_row == 1 + sum(len(demo.actions.list(p.id)) for p in demo.plans.list())
    book.close()
