"""Bind form inputs to fields of a read model: load values, commit each edit, show refusals beside the field."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from action_planner.ui.refusal import error_label
from action_planner.ui.widgets.inputs import CommitTextEdit, DateField

#: ``commit({field: value})`` stores the values and returns the refusals (field -> message), empty if stored.
Commit = Callable[[dict[str, object]], Mapping[str, str]]


@dataclass
class Field:
    name: str
    widget: QWidget
    error: QLabel
    get: Callable[[], object]
    put: Callable[[Any], None]
    loaded: object = None
    check: Callable[[], str | None] | None = None  # why the input cannot be read (nothing is then stored)


class FormBinder(QObject):
    """Owns the rows of a :class:`QFormLayout`; each input commits on its own when the user is done."""

    def __init__(self, layout: QFormLayout, commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout = layout
        self._commit = commit
        self.fields: dict[str, Field] = {}
        self._loading = False

    # -- building rows ------------------------------------------------------------------

    def _add(
        self,
        name: str,
        text: str,
        widget: QWidget,
        get: Callable[[], object],
        put: Callable[[Any], None],
        *,
        check: Callable[[], str | None] | None = None,
    ) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(holder)
        column.addWidget(error)
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        self.layout.addRow(label, holder)
        self.fields[name] = Field(name, widget, error, get, put, check=check)

    def line(self, name: str, text: str, placeholder: str = "") -> QLineEdit:
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        widget.editingFinished.connect(lambda: self._edited(name))
        self._add(name, text, widget, widget.text, lambda v: widget.setText(str(v or "")))
        return widget

    def text(self, name: str, text: str, lines: int = 4) -> CommitTextEdit:
        widget = CommitTextEdit()
        widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * lines)
        widget.editing_finished.connect(lambda: self._edited(name))
        self._add(name, text, widget, widget.toPlainText, lambda v: widget.set_text(str(v or "")))
        return widget

    def choice(self, name: str, text: str, choices: Sequence[tuple[str, object]]) -> QComboBox:
        widget = QComboBox()
        for label, value in choices:
            widget.addItem(label, value)
        widget.activated.connect(lambda _index: self._edited(name))
        self._add(name, text, widget, widget.currentData, lambda v: widget.setCurrentIndex(max(0, widget.findData(v))))
        return widget

    def date(self, name: str, text: str) -> DateField:
        widget = DateField()
        widget.editingFinished.connect(lambda: self._edited(name))
        self._add(name, text, widget, widget.value, widget.set_value, check=widget.problem)
        return widget

    def score(self, name: str, text: str) -> QSpinBox:
        """A 1–5 score where 0 means "not scored"."""
        widget = QSpinBox()
        widget.setRange(0, 5)
        widget.setSpecialValueText(self.tr("not scored"))
        widget.setKeyboardTracking(False)
        widget.valueChanged.connect(lambda _value: self._edited(name))
        self._add(name, text, widget, lambda: widget.value() or None, lambda v: widget.setValue(int(v or 0)))
        return widget

    def check(self, name: str, text: str) -> QCheckBox:
        widget = QCheckBox()
        widget.clicked.connect(lambda _checked: self._edited(name))
        self._add(name, text, widget, widget.isChecked, lambda v: widget.setChecked(bool(v)))
        return widget

    # -- values and errors ----------------------------------------------------------------

    def load(self, values: Mapping[str, object], *, fresh: bool = False) -> None:
        """Show stored values. A field showing a refusal keeps the user's input unless ``fresh``."""
        self._loading = True
        try:
            for name, field in self.fields.items():
                if name not in values:
                    continue
                field.loaded = values[name]
                if fresh or not field.error.isVisible():
                    field.put(values[name])
                    self.set_error(name, "")
        finally:
            self._loading = False

    def set_error(self, name: str, message: str) -> None:
        field = self.fields[name]
        field.error.setText(message)
        field.error.setVisible(bool(message))
        field.widget.setAccessibleDescription(message)
        field.widget.setProperty("invalid", bool(message))

    def error(self, name: str) -> str:
        field = self.fields[name]
        return field.error.text() if field.error.isVisible() else ""

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        field = self.fields[name]
        unreadable = field.check() if field.check is not None else None
        if unreadable:  # said beside the field; nothing is stored
            self.set_error(name, unreadable)
            return
        value = field.get()
        if value == field.loaded and not field.error.isVisible():
            return
        problems = self._commit({name: value})
        for other, message in problems.items():
            if other in self.fields:
                self.set_error(other, message)
        if problems:  # refused: nothing was stored; the input stays for the user to fix
            self.set_error(name, problems.get(name) or " ".join(dict.fromkeys(problems.values())))
            return
        self.set_error(name, "")
        self._loading = True
        try:
            field.put(field.loaded)  # show the value as stored (trimmed, normalised)
        finally:
            self._loading = False
