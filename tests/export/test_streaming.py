"""Word and PDF exports hold one plan at a time: sections pulled lazily, no body scan per section break."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest

from action_planner.export.data import gather
from action_planner.export.document import Section
from action_planner.export.docx_export import render_docx
from action_planner.export.pdf_export import render_pdf
from action_planner.export.plan_document import document_properties, iter_sections, part_count
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportCancelled, ExportRequest, Steps
from action_planner.model.services import Services


@pytest.mark.parametrize("render", [render_docx, render_pdf], ids=["docx", "pdf"])
def test_each_plan_is_written_before_the_next_is_built(
    demo: Services, tmp_path: Path, render: Callable[..., None]
) -> None:
    data = gather(demo, (), Steps(1, None, None))
    done: list[int] = []
    steps = Steps(part_count(data), lambda finished, _total: done.append(finished), None)
    written_when_built: list[int] = []
    expected: list[int] = []

    def sections() -> Iterator[Section]:
        parts = 0
        for section in iter_sections(data):
            written_when_built.append(done[-1] if done else 0)
            expected.append(parts)
            parts += 1 + len(section.parts)
            yield section

    render(document_properties(data), sections(), tmp_path / "plans.out", steps)
    assert len(expected) == len(data.plans) == 6
    assert written_when_built == expected  # every part of the plans before was written first
    assert done[-1] == part_count(data)  # the count given up front is the count written


def test_section_breaks_do_not_go_through_python_docx(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("add_section scans the whole body")

    monkeypatch.setattr(docx.document.Document, "add_section", refuse)
    path = EXPORTERS["docx"]().export(demo, ExportRequest((), tmp_path / "plans.docx"))
    word = docx.Document(str(path))
    plans = demo.plans.list()
    assert [s.header.paragraphs[0].text for s in word.sections] == [p.title for p in plans]
    assert all(s.different_first_page_header_footer for s in word.sections)
    assert "NUMPAGES" in word.sections[-1].footer._element.xml  # later sections keep the first one's footer


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_garbage_collection_is_back_on_after_an_export_and_after_a_failure(
    demo: Services, tmp_path: Path, fmt: str
) -> None:
    assert gc.isenabled()
    EXPORTERS[fmt]().export(demo, ExportRequest((), tmp_path / f"plans.{fmt}"))
    assert gc.isenabled()

    def cancelled() -> bool:
        return not gc.isenabled()  # stop as soon as the export has paused the collector

    with pytest.raises(ExportCancelled):
        EXPORTERS[fmt]().export(demo, ExportRequest((), tmp_path / f"again.{fmt}"), cancelled=cancelled)
    assert gc.isenabled()
    assert not (tmp_path / f"again.{fmt}").exists()
