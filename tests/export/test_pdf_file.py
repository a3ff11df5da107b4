"""The PDF is written object by object, finished pages' streams waiting on disk: the same file reportlab writes,
with bounded memory per page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config

from action_planner.export import pdf_file, pdf_styles
from action_planner.export.data import ExportData, gather
from action_planner.export.pdf_export import render_pdf
from action_planner.export.plan_document import document_properties, iter_sections
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportCancelled, ExportRequest, Steps
from action_planner.model.services import Services


@pytest.fixture
def data(demo: Services) -> ExportData:
    return gather(demo, (), Steps(1, None, None))


def _render(data: ExportData, path: Path) -> bytes:
    render_pdf(document_properties(data), iter_sections(data), path, Steps(1, None, None))
    return path.read_bytes()


def _reportlab_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages left to reportlab and the file saved by reportlab's own ``SaveToFile`` (built whole, then written)."""
    monkeypatch.setattr(pdf_styles, "seal_page", lambda page, spill: None)
    monkeypatch.setattr(pdf_file, "save_document", lambda document, canvas, path: document.SaveToFile(path, canvas))


def _without_clock(pdf: bytes) -> bytes:
    """The file without what a second document made later differs by: its dates and its random identifier
    (each replaced by as many bytes, so that every offset stays where it was)."""
    pdf = re.sub(rb"\(D:\d{14}[^)]*\)", lambda m: b"(" + b"D" * (len(m[0]) - 2) + b")", pdf)
    return re.sub(rb"<[0-9a-f]{32}>", b"<" + b"0" * 32 + b">", pdf)


@pytest.mark.parametrize("invariant", [1, 0], ids=["invariant", "with-dates-and-identifier"])
def test_the_file_written_object_by_object_is_the_one_reportlab_writes(
    data: ExportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, invariant: int
) -> None:
    monkeypatch.setattr(rl_config, "invariant", invariant)
    ours = _render(data, tmp_path / "ours.pdf")
    _reportlab_alone(monkeypatch)
    theirs = _render(data, tmp_path / "reportlab.pdf")
    assert theirs.count(b"/Type /Page\n") > 10
    assert (b"(D:20000101000000" in ours) is bool(invariant)
    assert _without_clock(ours) == _without_clock(theirs)
    if invariant:
        assert ours == theirs


def test_reportlab_debugging_comments_still_name_each_object(
    data: ExportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 0)
    monkeypatch.setattr(rl_config, "pdfComments", 1)
    pdf = _render(data, tmp_path / "plans.pdf")
    named = re.findall(rb"\n% '([^']+)': class \w+ \n\d+ 0 obj\n", pdf)
    assert len(named) == len(re.findall(rb"\n\d+ 0 obj\n", pdf)) > 10
    assert b"% page stream" in pdf


def test_finished_pages_keep_their_streams_on_disk_not_in_memory(
    data: ExportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the last page is laid out (just before the file is written, the peak before this change), no page
    holds its drawing operators or its encoded stream: each holds where its bytes are in the spill file."""
    kept: dict[str, int] = {}
    save = pdf_file.save_document

    def inspect(document: Any, canvas: Any, path: str) -> None:
        pages = document.Pages.pages
        kept["pages"] = len(pages)
        kept["in memory"] = sum(len(p.stream or "") + len(p.Contents.content or b"") for p in pages)
        kept["on disk"] = canvas.spill.size
        save(document, canvas, path)

    monkeypatch.setattr(pdf_file, "save_document", inspect)
    pdf = _render(data, tmp_path / "plans.pdf")
    streams = [int(n) for n in re.findall(rb"/Filter \[ /ASCII85Decode /FlateDecode \] /Length (\d+)", pdf)]
    assert kept["pages"] == pdf.count(b"/Type /Page\n") > 10
    assert kept["in memory"] == 0
    assert kept["on disk"] == sum(streams[-kept["pages"] :])  # the pages' streams come after the fonts' and forms'


def test_the_file_is_written_as_it_is_formatted(
    data: ExportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No piece of the file larger than one object is ever held: before, reportlab joined the whole file into
    one bytes object (as large as the file, beside its pieces) and wrote it once."""
    pieces: list[int] = []
    add = pdf_file._Output.add

    def counted(output: Any, data: bytes | str) -> int:
        pieces.append(len(data))
        return add(output, data)

    monkeypatch.setattr(pdf_file._Output, "add", counted)
    pdf = _render(data, tmp_path / "plans.pdf")
    assert sum(pieces) == len(pdf)
    assert len(pieces) > pdf.count(b"/Type /Page\n") > 10  # at least one write per page
    assert max(pieces) < len(pdf) / 5  # the largest is one embedded font, not the file


def test_a_cancelled_export_closes_its_spill_file(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spills: list[pdf_file.PageSpill] = []

    class Recorded(pdf_file.PageSpill):
        def __init__(self, folder: Path) -> None:
            super().__init__(folder)
            spills.append(self)

    monkeypatch.setattr(pdf_styles, "PageSpill", Recorded)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):  # half-way through the plans' pages
        EXPORTERS["pdf"]().export(
            demo,
            ExportRequest((), tmp_path / "plans.pdf"),
            lambda done, total: seen.append((done, total)),
            lambda: bool(spills) and seen[-1][0] > seen[-1][1] / 2,
        )
    assert len(spills) == 1
    assert spills[0].closed
    assert not (tmp_path / "plans.pdf").exists()


def _system_calls() -> tuple[int, int]:
    """This process's read and write system calls so far (Linux)."""
    counts = dict(line.split(": ") for line in Path("/proc/self/io").read_text(encoding="ascii").splitlines())
    return int(counts["syscr"]), int(counts["syscw"])


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts system calls through Linux's /proc")
def test_the_spill_file_is_written_and_read_back_a_buffer_at_a_time(tmp_path: Path) -> None:
    """Keeping a page and reading it back cost no system call each (a seek, a write, a read per page, before):
    each short call of the worker restarts the GUI thread's wait for the interpreter (see ``BUFFER_BYTES``)."""
    pages = [bytes([65 + n % 26]) * (3000 + n % 700) for n in range(2000)]  # 6.6 MB, a page's stream each
    spill = pdf_file.PageSpill(tmp_path)
    _, writes = _system_calls()
    places = [spill.keep(page) for page in pages]
    kept_reads, kept_writes = _system_calls()
    back = [spill.read(*place) for place in places]
    read_reads, read_writes = _system_calls()
    spill.close()
    assert back == pages
    per_buffer = sum(map(len, pages)) // pdf_file.BUFFER_BYTES + 4  # reading /proc/self/io counts too
    assert kept_writes - writes <= per_buffer < len(pages) / 100
    assert read_reads - kept_reads <= per_buffer
    assert read_writes - kept_writes <= 1  # the flush before the first read


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts system calls through Linux's /proc")
def test_the_pdf_is_written_a_buffer_at_a_time(
    data: ExportData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[int] = []
    save = pdf_file.save_document

    def measured(document: Any, canvas: Any, path: str | Path) -> None:
        writes = _system_calls()[1]
        save(document, canvas, path)
        counted.append(_system_calls()[1] - writes)

    monkeypatch.setattr(pdf_file, "save_document", measured)
    pdf = _render(data, tmp_path / "plans.pdf")
    assert len(counted) == 1
    assert counted[0] <= len(pdf) // pdf_file.BUFFER_BYTES + 2 < pdf.count(b"/Type /Page\n")
