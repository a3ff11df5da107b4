"""File ▸ Import Catalogue… and Export Catalogue…: CSV or XLSX on a worker, the outcome in a message box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from action_planner.export.catalogue_files import export_catalogue, import_catalogue
from action_planner.model.services import ImportReport
from action_planner.ui.dialogs import ConfirmDialog, FilePrompts, show_message
from action_planner.ui.document import Document
from action_planner.ui.tasks import BusyWork


class CatalogueFiles(QObject):
    """File ▸ Import Catalogue… and Export Catalogue…: CSV or XLSX, with the outcome in a message box."""

    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.window = parent
        self.work = BusyWork(parent)  # a large file takes a while: the window stays painted meanwhile

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

        def written(result: object) -> None:
            text = self.tr("The catalogue was written to “%1”.").replace("%1", str(result))
            show_message(self.window, title, text, error=False)

        self.work.start(
            self.tr("Writing the catalogue to “%1”…").replace("%1", path.name),
            lambda: export_catalogue(services, path),
            written,
            lambda message: show_message(self.window, title, message),
            self.window,
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

        def imported(report: object) -> None:
            assert isinstance(report, ImportReport)
            show_message(self.window, title, self.describe(report), error=False)

        self.work.start(
            self.tr("Importing “%1”…").replace("%1", path.name),
            lambda: import_catalogue(services, path),
            imported,
            lambda message: show_message(self.window, title, message),
            self.window,
        )

    def shutdown(self) -> None:
        self.work.shutdown()

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
