"""File ▸ Export: the exporter runs on a worker with a cancellable progress dialog, then offers to open the file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from action_planner.export.request import ExportCancelled, ExportError, ExportRequest
from action_planner.ui import export_runner, log_file
from action_planner.ui.dialogs import FilePrompts
from action_planner.ui.export_runner import ExportDoneDialog
from action_planner.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf


class FakeExporter:
    """Writes a small file in steps, on whatever thread calls it; can be told to wait or to fail."""

    label = "Fake document"
    suffix = ".fake"
    calls: ClassVar[list[tuple[tuple[int, ...], Path, str]]] = []
    release: ClassVar[threading.Event] = threading.Event()
    fail: ClassVar[bool] = False

    def export(
        self, services: Any, request: ExportRequest, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> Path:
        FakeExporter.calls.append((request.plan_ids, request.output, threading.current_thread().name))
        for step in range(1, 4):
            if not FakeExporter.release.wait(5) or cancelled():
                raise ExportCancelled
            services.plans.list()  # reads the workspace from the worker thread
            progress(step, 3)
        if FakeExporter.fail:
            raise ExportError(request.output, "the disk is full.")
        request.output.write_text("exported", encoding="utf-8")
        return request.output


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakeExporter]:
    FakeExporter.calls = []
    FakeExporter.release = threading.Event()
    FakeExporter.fail = False
    monkeypatch.setattr(
        export_runner, "load_exporters", lambda: {"docx": FakeExporter, "xlsx": FakeExporter, "pdf": FakeExporter}
    )
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: tmp_path / "plan"))
    return FakeExporter


def test_export_the_current_plan_and_open_it(  # noqa: PLR0917 - pytest passes fixtures by name
    qtbot: QtBot,
    window: MainWindow,
    fake: type[FakeExporter],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_of: DialogOf,
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    window.menus.export_plan["docx"].trigger()
    runner = window.exports
    assert runner.task is not None
    assert runner.progress is not None
    assert window.isEnabled()  # the window keeps painting while the worker writes
    fake.release.set()
    qtbot.waitUntil(lambda: runner.task is None, timeout=10000)
    target = tmp_path / "plan.fake"
    assert target.read_text(encoding="utf-8") == "exported"
    plan_ids, output, thread = fake.calls[0]
    assert plan_ids == (window.navigator.plan_id,)
    assert output == target
    assert thread != threading.current_thread().name
    done = dialog_of(window, ExportDoneDialog)
    assert str(target) in done.text()
    qtbot.mouseClick(done.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_export_the_whole_workspace(qtbot: QtBot, window: MainWindow, fake: type[FakeExporter]) -> None:
    fake.release.set()
    window.menus.export_all["xlsx"].trigger()
    qtbot.waitUntil(lambda: window.exports.task is None, timeout=10000)
    assert fake.calls[0][0] == ()


def test_cancel_an_export(qtbot: QtBot, window: MainWindow, fake: type[FakeExporter], tmp_path: Path) -> None:
    window.menus.export_plan["pdf"].trigger()
    runner = window.exports
    assert runner.progress is not None
    cancel = runner.progress.findChild(QPushButton)
    assert cancel is not None
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    fake.release.set()
    qtbot.waitUntil(lambda: runner.task is None, timeout=10000)
    assert not (tmp_path / "plan.fake").exists()
    assert not [w for w in window.findChildren(ExportDoneDialog) if w.isVisible()]


def test_a_failed_export_says_why(
    qtbot: QtBot, window: MainWindow, fake: type[FakeExporter], dialog_of: DialogOf
) -> None:
    fake.fail = True
    fake.release.set()
    window.menus.export_plan["docx"].trigger()
    qtbot.waitUntil(lambda: window.exports.task is None, timeout=10000)
    box = dialog_of(window, QMessageBox)
    assert "the disk is full" in box.text()


def test_the_real_exporters_are_registered() -> None:
    exporters = export_runner.load_exporters()
    assert set(export_runner.FORMATS) <= set(exporters)
    for fmt in export_runner.FORMATS:
        exporter = exporters[fmt]()
        assert exporter.suffix.startswith(".")
        assert exporter.label


def test_a_real_word_export_of_the_plan(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: tmp_path / "plan.docx"))
    window.menus.export_plan["docx"].trigger()
    qtbot.waitUntil(lambda: window.exports.task is None, timeout=60000)
    assert (tmp_path / "plan.docx").stat().st_size > 0
    assert str(tmp_path / "plan.docx") in dialog_of(window, ExportDoneDialog).text()


def test_an_unexpected_fault_in_an_exporter_names_the_log_file_that_holds_its_traceback(
    qtbot: QtBot,
    window: MainWindow,
    fake: type[FakeExporter],
    dialog_of: DialogOf,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = log_file.install_log_file()

    def broken(self: FakeExporter, *_args: object) -> Path:
        raise IndexError("page 3 has no table")

    monkeypatch.setattr(fake, "export", broken)  # this exporter fails inside its own code
    window.menus.export_plan["docx"].trigger()
    qtbot.waitUntil(lambda: window.exports.task is None, timeout=10000)
    text = dialog_of(window, QMessageBox).text()
    assert "IndexError" in text
    assert str(log) in text
    assert "page 3 has no table" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_the_whole_workspace_as_word_with_contents(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    import docx

    targets = iter([tmp_path / "with-contents.docx", tmp_path / "plain.docx"])
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: next(targets)))
    for action in (window.menus.export_all_contents, window.menus.export_all["docx"]):
        action.trigger()
        qtbot.waitUntil(lambda: window.exports.task is None, timeout=60000)
        dialog_of(window, ExportDoneDialog).close()
    first = docx.Document(str(tmp_path / "with-contents.docx")).paragraphs[0]
    assert first.style is not None
    assert (first.style.name, first.text) == ("TOC Heading", "Contents")
    plain = docx.Document(str(tmp_path / "plain.docx"))
    assert all(p.style is None or p.style.name != "TOC Heading" for p in plain.paragraphs)  # off by default
