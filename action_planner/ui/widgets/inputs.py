"""Small input widgets: a date that may be empty, and a text box that commits when it loses focus."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QWidget
from typing_extensions import override

_NO_DATE = QDate(1990, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date picker whose lowest value stands for "no date" (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(self.tr("none"))
        self.setKeyboardTracking(False)
        self.setDate(_NO_DATE)

    def value(self) -> date | None:
        current = self.date()
        if current == _NO_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that reports ``editing_finished`` when it loses focus after a change."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self.document().setModified(False)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editing_finished.emit()
