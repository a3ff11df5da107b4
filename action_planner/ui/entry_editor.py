"""The editor dialog of one catalogue or library entry: fields in a form, each refusal beside its field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.errors import ValidationError
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text, render
from action_planner.ui.refusal import error_label

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" width


class EntryEditor(QDialog):
    """Non-modal editor of one catalogue entry, new (``item`` None) or to change; Save runs an undoable
    command. A refusal is shown beside its field and nothing is saved; the dialog closes once stored.

    Subclasses name their ``columns``, lay out the fields in :meth:`_build` and give the command.
    """

    columns: tuple[str, ...] = ()

    def __init__(self, document: Document, item: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.document = document
        self.item = item
        self.saved: Any = None
        self.setWindowTitle(self._title(new=item is None))
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self._build(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load(self._initial())
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def _build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def _title(self, *, new: bool) -> str:
        raise NotImplementedError

    def _initial(self) -> dict[str, str]:
        """The form's values to start with."""
        raise NotImplementedError

    def _taken(self, code: str) -> str | None:
        """Why a new entry cannot have ``code`` (one already has it), or None."""
        raise NotImplementedError

    def _command(self, values: dict[str, str]) -> Any:
        """The undo command storing ``values``; it has ``item`` (the stored view) once done."""
        raise NotImplementedError

    # -- building ---------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "", chars: int = 0) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if chars:
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * chars)
        self.fields[name] = edit
        return edit

    def _text(self, name: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = 2 * (edit.frameWidth() + round(edit.document().documentMargin()))
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + margins)
        self.fields[name] = edit
        return edit

    def _row(self, form: QFormLayout, text: str, fields: Sequence[tuple[str, QWidget, str]], join: str = "") -> None:
        """One form row: its field(s) side by side, and below them each field's refusal."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        for number, (_name, field, accessible) in enumerate(fields):
            if number == 1 and join:
                line.addWidget(QLabel(join))
            field.setAccessibleName(accessible)
            line.addWidget(field)
        if any(field.maximumWidth() < QWIDGETSIZE_MAX for _name, field, _accessible in fields):
            line.addStretch(1)  # short fields sit at the left, at their own width
        column.addLayout(line)
        for name, _field, _accessible in fields:
            self.errors[name] = error_label(holder)
            column.addWidget(self.errors[name])
        label = QLabel(text)
        label.setBuddy(fields[0][1])
        form.addRow(label, holder)

    # -- values -----------------------------------------------------------------------------

    def _load(self, values: dict[str, str]) -> None:
        for name in self.columns:
            field, value = self.fields[name], values.get(name, "")
            if isinstance(field, QComboBox) and not field.isEditable():  # a choice: its data is the value
                field.setCurrentIndex(max(0, field.findData(value)))
            elif isinstance(field, QComboBox):
                field.setCurrentText(value)
            elif isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            elif isinstance(field, QLineEdit):
                field.setText(value)
                field.setCursorPosition(0)  # long values show their beginning

    def values(self) -> dict[str, str]:
        """What the form holds, as the text values the service checks."""
        out: dict[str, str] = {}
        for name in self.columns:
            field = self.fields[name]
            if isinstance(field, QComboBox) and not field.isEditable():
                out[name] = str(field.currentData() or "")
            elif isinstance(field, QComboBox):
                out[name] = field.currentText()
            elif isinstance(field, QPlainTextEdit):
                out[name] = field.toPlainText()
            elif isinstance(field, QLineEdit):
                out[name] = field.text()
        return out

    def save(self) -> None:
        """Store the entry through an undo command; on a refusal show it beside the field and keep the dialog."""
        self._clear_errors()
        values = self.values()
        taken = self._taken(values["code"]) if self.item is None else None
        if taken is not None:
            self._show_error(taken, "code")
            return
        command = self.document.undo_stack.run(self._command(values))
        if isinstance(command.error, ValidationError):
            for name, message in command.error.errors.items():
                self._show_error(message, name if name in self.errors else None)
            first = next((n for n in self.columns if n in command.error.errors), None)
            if first is not None:
                self.fields[first].setFocus()
            return
        if command.error is not None:
            self._show_error(error_text(command.error))
            return
        self.saved = command.item
        self.accept()

    def _show_error(self, message: str, name: str | None = None) -> None:
        message = render(message)
        label = self.errors[name] if name is not None else self.error
        label.setText(message)
        label.setVisible(True)
        if name is not None:
            self.fields[name].setAccessibleDescription(message)

    def _clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.setVisible(False)
            label.clear()
            self.fields[name].setAccessibleDescription("")
        self.error.setVisible(False)
        self.error.clear()
