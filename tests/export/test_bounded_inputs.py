"""Bounded work on any input: characters XML cannot hold, huge texts, hostile workbooks, pipes."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import threading
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from action_planner.export import catalogue_files, workbook_limits
from action_planner.export.catalogue_files import CatalogueFileError, export_catalogue, import_catalogue
from action_planner.export.run import export_workspace
from action_planner.model.errors import ValidationError
from action_planner.model.services import Services
from action_planner.model.validation import LONG_TEXT


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_noncharacters_are_refused_at_input_naming_the_field(demo: Services) -> None:
    plan = demo.plans.list()[0]
    action = demo.actions.list(plan.id)[0]
    for text in ("Voucher \ufffe", "Voucher \uffff"):
        with pytest.raises(ValidationError) as refused:
            demo.actions.update(action.id, title=text)
        assert "U+FFFE or U+FFFF" in refused.value.errors["title"]
    assert demo.actions.get(action.id).title == action.title


def test_exports_of_a_file_holding_xml_illegal_text_succeed(demo_path: Path, tmp_path: Path) -> None:
    db = sqlite3.connect(demo_path)
    db.execute("UPDATE actions SET title = 'Voucher \ufffe\uffff\x01 plus', description = 'a\x0bb' WHERE id = 1")
    db.commit()
    db.close()
    word = export_workspace(demo_path, "docx", tmp_path / "plans.docx")
    texts = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Voucher  plus" in texts or "Voucher plus" in texts
    assert "\ufffe" not in texts
    book = export_workspace(demo_path, "xlsx", tmp_path / "plans.xlsx")
    values = [c for row in openpyxl.load_workbook(book)["Actions"].iter_rows(values_only=True) for c in row]
    assert any(isinstance(v, str) and v.startswith("Voucher") and "\ufffe" not in v for v in values)
    assert export_workspace(demo_path, "pdf", tmp_path / "plans.pdf").stat().st_size > 0


def test_a_huge_stored_text_is_cut_with_a_note_in_every_export(demo_path: Path, tmp_path: Path) -> None:
    huge = "word " * 2_000_000  # 10 MB, far past what the window accepts
    db = sqlite3.connect(demo_path)
    db.execute("UPDATE actions SET description = ? WHERE id = 1", (huge,))
    db.commit()
    db.close()
    word = export_workspace(demo_path, "docx", tmp_path / "plans.docx")
    body = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "le esportazioni ne mostrano i primi 50.000" in body  # action 1 is in the Italian plan
    assert len(body) < len(huge) // 10  # the document holds the cut text, not the 10 MB
    assert export_workspace(demo_path, "pdf", tmp_path / "plans.pdf").stat().st_size < 5_000_000
    assert LONG_TEXT == 50_000


def _workbook_with(tmp_path: Path, *, shared: bytes = b"", sheet: bytes = b"") -> Path:
    """A catalogue workbook whose shared strings or first sheet are replaced by the given XML."""
    path = tmp_path / "catalogue.xlsx"
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.title = "Interventions"
    book.active.append(["code", "name", "theme"])
    book.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml" and sheet:
                data = sheet
            target.writestr(item, data)
        if shared:
            target.writestr("xl/sharedStrings.xml", shared)
    return path


class Unparsed:
    """Stands in for openpyxl's ``load_workbook``: a refused file must never reach it."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: object, **kwargs: object) -> None:
        self.calls += 1
        raise AssertionError("openpyxl was asked to parse a workbook past the limits")


def test_millions_of_shared_strings_are_refused_before_parsing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_limits, "MAX_SHARED_STRINGS", 50_000)
    strings = b"".join(b"<si><t>%d</t></si>" % i for i in range(50_001))
    shared = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + strings + b"</sst>"
    path = _workbook_with(tmp_path, shared=shared)
    before = digest(path)
    unparsed = Unparsed()
    monkeypatch.setattr(openpyxl, "load_workbook", unparsed)
    with pytest.raises(CatalogueFileError, match="more than 50,000 different texts"):
        import_catalogue(services, path)
    assert unparsed.calls == 0
    assert digest(path) == before


def test_a_cell_far_to_the_right_is_refused_before_parsing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c><c r="XFD%d"><v>1</v></c></row>' % (i, i, i)
        for i in range(1, 2_000)
    )
    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + rows
        + b"</sheetData></worksheet>"
    )
    path = _workbook_with(tmp_path, sheet=sheet)
    unparsed = Unparsed()
    monkeypatch.setattr(openpyxl, "load_workbook", unparsed)
    with pytest.raises(CatalogueFileError, match="cells in column XFD"):
        import_catalogue(services, path)
    assert unparsed.calls == 0


def test_the_limits_read_each_part_once(services: Services, tmp_path: Path) -> None:
    path = export_catalogue(services, tmp_path / "catalogue.xlsx")
    with zipfile.ZipFile(path) as archive:
        counts = workbook_limits.check_workbook(archive)
        parts = sum(
            m.file_size
            for m in archive.infolist()
            if m.filename.endswith("sharedStrings.xml") or m.filename.startswith("xl/worksheets/")
        )
    assert counts.bytes_read == parts
    assert counts.cells > 0
    assert counts.widest <= workbook_limits.MAX_COLUMNS
    report = import_catalogue(services, path)  # a real catalogue passes the limits
    assert report is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("name", ["catalogue.csv", "catalogue.xlsx"])
def test_a_pipe_named_like_a_catalogue_is_refused_not_waited_on(services: Services, tmp_path: Path, name: str) -> None:
    pipe = tmp_path / name
    os.mkfifo(pipe)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            import_catalogue(services, pipe)
        except CatalogueFileError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)  # a hang would be caught here instead of blocking the suite
    assert outcome, "the import waited on the pipe"
    assert "not a regular file" in str(outcome[0])
    assert catalogue_files.MAX_FILE_BYTES > 0
