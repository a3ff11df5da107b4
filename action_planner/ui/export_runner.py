"""File ▸ Export: ask where, run the exporter on a worker with a cancellable progress dialog, offer to open."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from action_planner.export.registry import NAMES
from action_planner.ui.dialogs import FilePrompts, show_message
from action_planner.ui.document import Document
from action_planner.ui.jobs import Job, JobRunner, Progress, failure_message

#: Formats offered in the menu before the exporters are loaded (they import heavy libraries).
FORMATS = NAMES


def load_exporters() -> Mapping[str, Callable[[], Any]]:
    """The export registry, imported only when the user exports (tests replace this)."""
    from action_planner.export.registry import EXPORTERS

    return EXPORTERS


class ExportDoneDialog(QMessageBox):
    """Says where the file went; ``open_button`` opens it with the system's application."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        text = self.tr("The export was saved as\n%1").replace("%1", str(path))
        super().__init__(
            QMessageBox.Icon.Information, self.tr("Export finished"), text, QMessageBox.StandardButton.NoButton, parent
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = path
        self.open_button: QPushButton = self.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        self.close_button: QPushButton = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


class ExportRunner(QObject):
    """One export at a time, on the window's job runner, behind a cancellable progress dialog."""

    def __init__(self, document: Document, window: QWidget, jobs: JobRunner) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.jobs = jobs
        self.task: Job[Path] | None = None
        self.progress: QProgressDialog | None = None
        self.last_dialog: QMessageBox | None = None

    def _prompt_texts(self, fmt: str) -> tuple[str, str]:
        """The save prompt's title and file filter for ``fmt``, each a whole phrase (the format's name takes
        another case or capital in a title than in a filter, depending on the language)."""
        return {
            "docx": (self.tr("Export as Word document"), self.tr("Word document (*.docx)")),
            "xlsx": (self.tr("Export as Excel workbook"), self.tr("Excel workbook (*.xlsx)")),
            "pdf": (self.tr("Export as PDF document"), self.tr("PDF document (*.pdf)")),
        }[fmt]

    def export(self, fmt: str, plan_ids: tuple[int, ...], suggested: str, *, table_of_contents: bool = False) -> None:
        """Ask for a file name, then export ``plan_ids`` (all plans when empty) in format ``fmt`` (a Word
        document with a table of contents when asked)."""
        if self.task is not None:
            return
        exporter = load_exporters()[fmt]()
        title, file_filter = self._prompt_texts(fmt)
        path = FilePrompts.save_path(self.window, title, file_filter, f"{suggested}{exporter.suffix}")
        if path is None:
            return
        if path.suffix.lower() != exporter.suffix:
            path = path.with_name(path.name + exporter.suffix)
        self.run(exporter, plan_ids, path, table_of_contents=table_of_contents)

    def run(self, exporter: Any, plan_ids: tuple[int, ...], path: Path, *, table_of_contents: bool = False) -> None:
        from action_planner.export.request import ExportCancelled, ExportRequest

        services = self.document.services
        request = ExportRequest(plan_ids, path, table_of_contents=table_of_contents)

        def work(progress: Progress) -> Path:
            return Path(exporter.export(services, request, progress.report, progress.cancelled))

        dialog = QProgressDialog(
            self.tr("Exporting to %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0, self.window
        )
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        task = self.jobs.run(
            work,
            self._succeeded,
            self._failed,
            progress=self._progress,
            cancelled=self._finish,
            cancel_errors=(ExportCancelled,),
        )
        if task is None:  # another job runs (the user was told) or the window is closing
            self._finish()
            return
        dialog.canceled.connect(task.cancel)
        self.task = task

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        if self.progress is not None:
            if self.task is not None:
                self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
        self.task, self.progress = None, None

    def _succeeded(self, path: Path) -> None:
        self._finish()
        self.last_dialog = ExportDoneDialog(self.window, path)
        self.last_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.last_dialog = show_message(self.window, self.tr("Export failed"), failure_message(exc))
