"""File ▸ Import Catalogue… and Export Catalogue…: CSV or XLSX on a worker, the outcome in a message box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from action_planner.export.catalogue_files import export_catalogue, import_catalogue
from action_planner.model.services import ImportReport
from action_planner.ui.busy import run_busy
from action_planner.ui.dialogs import ConfirmDialog, FilePrompts, show_message
from action_planner.ui.document import Document
from action_planner.ui.jobs import JobRunner, failure_message

T = TypeVar("T")


class CatalogueFiles(QObject):
    """File ▸ Import Catalogue… and Export Catalogue…: CSV or XLSX, with the outcome in a message box."""

    def __init__(self, document: Document, parent: QWidget, jobs: JobRunner) -> None:
        super().__init__(parent)
        self.document = document
        self.window = parent
        self.jobs = jobs  # a large file takes a while: the window stays painted meanwhile

    def _filter(self) -> str:
        return self.tr("Catalogue files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)")

    def export(self) -> None:
        title = self.tr("Export Catalogue")
        path = FilePrompts.save_path(self.window, title, self._filter(), "catalogue.xlsx")
        if path is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".xlsx")
        services = self.document.services
        self._busy(
            title,
            self.tr("Writing the catalogue to “%1”…").replace("%1", path.name),
            lambda: export_catalogue(services, path),
            lambda written: self.tr("The catalogue was written to “%1”.").replace("%1", str(written)),
        )

    def import_(self) -> ConfirmDialog | None:
        """Ask for a file, then confirm (an import cannot be undone), then import it."""
        title = self.tr("Import Catalogue")
        path = FilePrompts.open_path(self.window, title, self._filter())
        if path is None:
            return None
        text = self.tr("Import “%1”?\n\nImporting adds or updates entries by code; it cannot be undone.")
        return ConfirmDialog.ask(
            self.window, title, text.replace("%1", path.name), self.tr("&Import"), lambda: self._run(path)
        )

    def _run(self, path: Path) -> None:
        title = self.tr("Import Catalogue")
        services = self.document.services
        self._busy(
            title,
            self.tr("Importing “%1”…").replace("%1", path.name),
            lambda: import_catalogue(services, path),
            self.describe,
        )

    def _busy(self, title: str, label: str, work: Callable[[], T], outcome: Callable[[T], str]) -> None:
        """``work`` behind the busy dialog; then a message box titled ``title`` with its ``outcome`` or the failure."""
        run_busy(
            self.jobs,
            self.window,
            label,
            work,
            succeeded=lambda result: show_message(self.window, title, outcome(result), error=False),
            failed=lambda exc: show_message(self.window, title, failure_message(exc)),
        )

    def describe(self, report: ImportReport) -> str:
        return "\n".join(
            (
                self.tr("The catalogue was imported."),
                self.tr("Interventions: %1 added, %2 updated.")
                .replace("%1", str(report.interventions_added))
                .replace("%2", str(report.interventions_updated)),
                self.tr("Indicators: %1 added, %2 updated.")
                .replace("%1", str(report.indicators_added))
                .replace("%2", str(report.indicators_updated)),
            )
        )
