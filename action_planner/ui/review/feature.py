"""File ▸ Send for Review… and File ▸ Import Review…: a review workbook out; returned workbooks, and Word
exports with partners' comments, in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from action_planner.export.review_import import ReviewFile, read_review
from action_planner.export.review_workbook import ReviewExport, export_review
from action_planner.model.errors import ValidationError
from action_planner.model.validation import clean_text
from action_planner.ui.busy import run_busy
from action_planner.ui.dialogs import FilePrompts, TextPromptDialog, show_message
from action_planner.ui.document import Document
from action_planner.ui.jobs import JobRunner, failure_message
from action_planner.ui.messages import error_text
from action_planner.ui.review.dialog import ReviewDialog

CurrentId = Callable[[], int | None]


class ReviewFeature(QObject):
    """Owns the two File menu actions and the open review dialog of one main window."""

    def __init__(self, window: QMainWindow, document: Document, jobs: JobRunner, current_plan: CurrentId) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.jobs = jobs
        self.current_plan = current_plan
        self.dialog: ReviewDialog | None = None
        self.send_action = QAction(self.tr("&Send for Review…"), window)
        self.send_action.setStatusTip(self.tr("Write the current plan as a workbook for a partner to review"))
        self.send_action.triggered.connect(lambda _checked=False: self.send())
        self.import_action = QAction(self.tr("Import Re&view…"), window)
        self.import_action.setStatusTip(
            self.tr("Compare a returned review workbook with the plan, or bring back comments made in Word")
        )
        self.import_action.triggered.connect(lambda _checked=False: self.import_())
        window.addActions([self.send_action, self.import_action])
        self._menu()

    def _menu(self) -> None:
        menus = [a.menu() for a in self.window.menuBar().actions()]
        file_menu = next((m for m in menus if isinstance(m, QMenu) and m.objectName() == "FileMenu"), None)
        if file_menu is None:
            return
        before = next(
            (
                a
                for a in file_menu.actions()
                if a.text() == QCoreApplication.translate("WindowMenus", "&Import Catalogue…")
            ),
            None,
        )
        if before is None:
            file_menu.addActions([self.send_action, self.import_action])
            return
        file_menu.insertActions(before, [self.send_action, self.import_action])
        file_menu.insertSeparator(before)

    # -- sending -----------------------------------------------------------------------------

    def send(self) -> TextPromptDialog | None:
        """Ask who the review is for, then where to write it, then write it (a new review round)."""
        plan_id = self.current_plan()
        title = self.tr("Send for Review")
        if plan_id is None:
            show_message(self.window, title, self.tr("Choose the plan to send in the navigator first."))
            return None

        def check(text: str) -> str | None:
            try:
                clean_text(text, "reviewer", limit=200)
            except ValidationError as exc:
                return error_text(exc)
            return None

        label = self.tr("&Reviewer (the partner this workbook goes to):")
        dialog = TextPromptDialog.ask(self.window, title, label, "", check)
        dialog.accepted.connect(lambda: self._choose_file(plan_id, dialog.edit.text()))
        return dialog

    def _choose_file(self, plan_id: int, reviewer: str) -> None:
        title = self.tr("Send for Review")
        suggested = f"review-{reviewer or 'partner'}.xlsx".replace(" ", "-")
        path = FilePrompts.save_path(self.window, title, self.tr("Excel workbooks (*.xlsx)"), suggested)
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        services = self.document.services

        def written(done: ReviewExport) -> None:
            text = self.tr("Review round %1 was written to “%2”. Send it to the partner; import it when it comes back.")
            show_message(
                self.window, title, text.replace("%1", str(done.round.id)).replace("%2", str(done.path)), error=False
            )

        run_busy(
            self.jobs,
            self.window,
            self.tr("Writing the review workbook “%1”…").replace("%1", path.name),
            lambda: export_review(services, [plan_id], path, reviewer=reviewer),
            succeeded=written,
            failed=lambda exc: show_message(self.window, title, failure_message(exc)),
        )

    # -- importing ---------------------------------------------------------------------------

    def import_(self) -> None:
        """Ask for a returned workbook or commented Word export, read it on the worker, and show (or add it
        to) the review dialog."""
        title = self.tr("Import Review")
        kinds = ";;".join(
            (
                self.tr("Review workbooks and Word files (*.xlsx *.docx)"),
                self.tr("Excel workbooks (*.xlsx)"),
                self.tr("Word documents (*.docx)"),
            )
        )
        path = FilePrompts.open_path(self.window, title, kinds)
        if path is None:
            return
        self.read(path)

    def read(self, path: Path) -> None:
        services = self.document.services
        run_busy(
            self.jobs,
            self.window,
            self.tr("Reading the review “%1”…").replace("%1", path.name),
            lambda: read_review(services, path),
            succeeded=self._show,
            failed=lambda exc: show_message(self.window, self.tr("Import Review"), failure_message(exc)),
        )

    def _show(self, review: ReviewFile) -> None:
        if self.dialog is None:
            self.dialog = ReviewDialog(self.document, self.window, self.import_)
            self.dialog.finished.connect(self._closed)
        self.dialog.add(review)
        self.dialog.show()
        self.dialog.raise_()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def install_review(window: QMainWindow, document: Document, jobs: JobRunner, current_plan: CurrentId) -> ReviewFeature:
    """Add File ▸ Send for Review… and File ▸ Import Review… to ``window``."""
    return ReviewFeature(window, document, jobs, current_plan)
