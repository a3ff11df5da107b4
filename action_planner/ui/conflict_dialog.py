"""What to do when another planner changed a field this window was editing: theirs, mine, or a merge."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.enums import LABELS
from action_planner.model.errors import ConflictError
from action_planner.ui import labels
from action_planner.ui.messages import error_text, render
from action_planner.ui.undo import ServiceCommand, UndoStack


def shown(value: object) -> str:
    """A stored value as the dialog shows it (an empty value as a dash)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Enum):
        english = getattr(value, "label", None)  # the model's enums carry their label, marked for translation
        return QCoreApplication.translate(LABELS, english) if isinstance(english, str) else str(value.value)
    if isinstance(value, date):
        return labels.day(value)
    return str(value)


class ConflictDialog(QDialog):
    """Shows, per field, the value this window showed (original), the one stored now (theirs) and this
    edit's (mine). ``keep_theirs_button`` writes nothing; ``keep_mine_button`` and ``merge_button`` (for a
    text field: the merged text below, starting from both) call ``on_keep`` with the values to store."""

    def __init__(
        self,
        parent: QWidget,
        conflict: ConflictError,
        labels: Mapping[str, str],
        on_keep: Callable[[dict[str, object]], object],
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Changed by another planner"))
        self._conflict = conflict
        self._on_keep = on_keep
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Another planner changed %1 while you were editing it. Nothing was saved yet: choose what to keep."
            ).replace("%1", render(conflict.what))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, heading in enumerate(
            (self.tr("Field"), self.tr("When you started"), self.tr("Theirs (saved now)"), self.tr("Yours"))
        ):
            caption = QLabel(f"<b>{heading}</b>")
            grid.addWidget(caption, 0, column)
        self.values: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (field, original, theirs, mine) in enumerate(conflict.conflicts, start=1):
            grid.addWidget(QLabel(labels.get(field, field)), row, 0)
            cells = tuple(QLabel(shown(value)) for value in (original, theirs, mine))
            for column, cell in enumerate(cells, start=1):
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
            self.values[field] = (cells[0], cells[1], cells[2])
        layout.addLayout(grid)
        self.merged: QPlainTextEdit | None = None
        texts = [(f, t, m) for f, _o, t, m in conflict.conflicts if isinstance(t, str) and isinstance(m, str)]
        if len(conflict.conflicts) == 1 and texts:
            _field, theirs_text, mine_text = texts[0]
            caption = QLabel(self.tr("Mer&ged text (edit it, then Save Merged):"))
            self.merged = QPlainTextEdit(f"{theirs_text}\n{mine_text}" if theirs_text else mine_text)
            self.merged.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
            caption.setBuddy(self.merged)
            layout.addWidget(caption)
            layout.addWidget(self.merged)
        self.buttons = QDialogButtonBox()
        self.keep_theirs_button: QPushButton = self.buttons.addButton(
            self.tr("Keep &Theirs"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_mine_button: QPushButton = self.buttons.addButton(
            self.tr("Keep &Mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button: QPushButton | None = None
        if self.merged is not None:
            self.merge_button = self.buttons.addButton(self.tr("&Save Merged"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.keep_theirs_button.setDefault(True)  # Enter never overwrites a colleague's work by accident
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _clicked(self, button: object) -> None:
        if button is self.keep_mine_button:
            self.accept()
            self._on_keep({field: mine for field, _o, _t, mine in self._conflict.conflicts})
        elif button is self.merge_button and self.merged is not None:
            field = self._conflict.conflicts[0][0]
            self.accept()
            self._on_keep({field: self.merged.toPlainText()})
        else:
            self.reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        conflict: ConflictError,
        labels: Mapping[str, str],
        on_keep: Callable[[dict[str, object]], object],
    ) -> ConflictDialog:
        dialog = cls(parent, conflict, labels, on_keep)
        dialog.open()
        return dialog


def resolve_in_table(
    parent: QWidget,
    undo_stack: UndoStack,
    conflict: ConflictError,
    labels: Mapping[str, str],
    command_for: Callable[[dict[str, object]], ServiceCommand | None],
) -> ConflictDialog:
    """Ask about a row of a table (a budget line, a KPI) that another planner changed meanwhile; on Keep Mine
    or Save Merged, ``command_for`` builds the edit from the row as stored now (None: the row is gone, said
    in the status bar as any refusal after the first run is)."""

    def keep(values: dict[str, object]) -> None:
        command = command_for(values)
        if command is None:
            undo_stack.failed.emit(
                QCoreApplication.translate("ConflictDialog", "That row no longer exists (another planner deleted it).")
            )
            return
        undo_stack.run(command)
        if command.error is not None:
            undo_stack.failed.emit(error_text(command.error))

    return ConflictDialog.ask(parent, conflict, labels, keep)
