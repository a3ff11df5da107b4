"""Starting and ending a workshop (the snapshot the "changes since start" slide compares with)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from action_planner.model.changes import Change
from action_planner.model.services.workshops import WorkshopView
from action_planner.ui.document import Document
from action_planner.ui.workshop import wording


class ContinueDialog(QMessageBox):
    """A workshop is already running on the plan: continue it, or start afresh from the plan as it is now."""

    def __init__(self, parent: QWidget | None, started: str, on_new: Callable[[], object]) -> None:
        text = QCoreApplication.translate(
            "ContinueDialog", "A workshop on this plan has been running since %1. Continue it, or start a new one?"
        )
        buttons = QMessageBox.StandardButton.NoButton
        super().__init__(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ContinueDialog", "Start workshop"),
            text.replace("%1", started),
            buttons,
            parent,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.continue_button: QPushButton = self.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        self.new_button: QPushButton = self.addButton(self.tr("Start &New"), QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.continue_button)
        self.setEscapeButton(self.continue_button)
        self._on_new = on_new
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.new_button:
            self._on_new()

    @classmethod
    def ask(cls, parent: QWidget | None, started: str, on_new: Callable[[], object]) -> ContinueDialog:
        dialog = cls(parent, started, on_new)
        dialog.open()
        return dialog


class WorkshopSession(QObject):
    """Start, continue or end the workshop of a plan; ``changed`` fires when one starts or ends."""

    changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.last_dialog: ContinueDialog | None = None
        document.bridge.changed.connect(self._on_changes)

    def running(self, plan_id: int | None) -> WorkshopView | None:
        return self.document.services.workshops.current(plan_id) if plan_id is not None else None

    def start(self, plan_id: int, parent: QWidget | None = None) -> WorkshopView | None:
        """Start a workshop (recording the plan as it is); if one runs, ask whether to continue it."""
        running = self.running(plan_id)
        if running is None:
            return self.document.services.workshops.start(plan_id)
        self.last_dialog = ContinueDialog.ask(
            parent, wording.local_time(running.started_at), lambda: self.document.services.workshops.start(plan_id)
        )
        return running

    def end(self, plan_id: int) -> WorkshopView | None:
        running = self.running(plan_id)
        return self.document.services.workshops.end(running.id) if running is not None else None

    def describe(self, plan_id: int | None) -> str:
        """One line for the board's tool row."""
        if plan_id is None:
            return self.tr("Select a plan to run a workshop on it.")
        running = self.running(plan_id)
        if running is None:
            return self.tr("No workshop running.")
        return self.tr("Workshop running since %1.").replace("%1", wording.local_time(running.started_at))

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity in ("workshop", "plan") for c in changes):
            self.changed.emit()
