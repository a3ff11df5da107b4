"""The decision dialog: agreed, to revisit or parked, with a note; shown with ``open()`` and a callback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.enums import Decision
from action_planner.model.errors import NotFoundError
from action_planner.model.views import ActionView
from action_planner.ui.commands.workshop import RecordDecision
from action_planner.ui.document import Document
from action_planner.ui.workshop import wording

#: Called with the decision and the note when the facilitator presses Record.
Decided = Callable[[Decision, str], object]


class DecisionDialog(QDialog):
    """Three choices and a note; the buttons are attributes so tests can press them."""

    def __init__(self, parent: QWidget | None, action: ActionView, on_decided: Decided) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Record a decision"))
        self._on_decided = on_decided
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Action %1: %2").replace("%1", str(action.number)).replace("%2", action.title))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.group = QButtonGroup(self)
        self.choices: dict[Decision, QRadioButton] = {}
        for decision in Decision:
            button = QRadioButton(wording.decision(decision))
            self.group.addButton(button)
            self.choices[decision] = button
            layout.addWidget(button)
        self.choices[action.decision or Decision.AGREED].setChecked(True)
        caption = QLabel(self.tr("&Note (who, what was agreed, what is still open):"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Decision note"))
        self.note.setTabChangesFocus(True)
        caption.setBuddy(self.note)
        layout.addWidget(caption)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button: QPushButton = self.buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setDefault(True)
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def decision(self) -> Decision:
        return next(d for d, button in self.choices.items() if button.isChecked())

    def _record(self) -> None:
        self._on_decided(self.decision(), self.note.toPlainText().strip())
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, action: ActionView, on_decided: Decided) -> DecisionDialog:
        dialog = cls(parent, action, on_decided)
        dialog.open()
        return dialog


def ask_decision(parent: QWidget | None, document: Document, action_id: int) -> DecisionDialog | None:
    """Open the dialog for an action; Record pushes an undoable :class:`RecordDecision`."""
    try:
        view = document.services.actions.get(action_id)
    except NotFoundError:
        return None

    def record(decision: Decision, note: str) -> None:
        document.undo_stack.run(RecordDecision(document.services, action_id, decision, note))

    return DecisionDialog.ask(parent, view, record)
