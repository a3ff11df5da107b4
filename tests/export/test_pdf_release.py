"""The PDF and Excel exports let go of what they saved without a long pass of the cyclic collector (which freezes
the window)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
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


def test_a_saved_workbook_leaves_no_cells_to_the_collector(demo: Services, tmp_path: Path, collector_off: None) -> None:
    """Every openpyxl cell refers to its sheet and the sheet to its cells: after the export none of them waits
    for a collector pass on the window's thread (3.2 M objects, a one-second freeze, at 12,000 actions)."""
    path = EXPORTERS["xlsx"]().export(demo, ExportRequest((), tmp_path / "plans.xlsx"))
    assert path.read_bytes().startswith(b"PK")
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    cells = [o for o in gc.garbage if type(o).__module__.startswith("openpyxl.cell")]
    gc.set_debug(0)
    gc.garbage.clear()
    assert len(cells) < 10  # a few the Summary's layout keeps (before: every cell of every sheet)


def test_the_workbook_never_rescans_a_sheet_per_row(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``sheet[row]`` and ``max_column`` walk every cell of the sheet: once per row made a 2,000-action export
    take two minutes. The export asks for a sheet's extent a bounded number of times, whatever its size."""
    from openpyxl.worksheet.worksheet import Worksheet

    scans: list[str] = []
    for name in ("max_column", "max_row"):
        original = getattr(Worksheet, name)
        monkeypatch.setattr(
            Worksheet, name, property(lambda sheet, o=original, n=name: scans.append(n) or o.fget(sheet))
        )
    EXPORTERS["xlsx"]().export(demo, ExportRequest((), tmp_path / "plans.xlsx"))
    rows = sum(len(demo.actions.list(p.id)) for p in demo.plans.list())
    assert len(scans) < rows  # per sheet (and per save), not per row
