"""The PDF export lets go of a saved document without a long pass of the cyclic collector (which freezes the window)."""

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
