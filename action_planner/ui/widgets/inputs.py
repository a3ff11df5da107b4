"""Small input widgets: a typed date that may be empty, and a text box that commits when it loses focus."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QPlainTextEdit, QStyle, QWidget

from action_planner.typing_compat import override
from action_planner.ui import labels

_EARLIEST, _LATEST = date(1900, 1, 1), date(2100, 12, 31)


def _numeric_formats(locale: QLocale) -> list[str]:
    """The locale's short date format for parsing: one or two digits for day and month, four or two for the year."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    loose = re.sub(r"d+", "d", re.sub(r"M+", "M", short))
    return list(dict.fromkeys([re.sub(r"y+", "yyyy", loose), re.sub(r"y+", "yy", loose)]))


def read_date(text: str, locale: QLocale | None = None) -> date | None:
    """``text`` as a date: ISO (2029-12-31) or the locale's short format (31/12/2029, 31/12/29); empty is
    None. Raises ValueError for anything else, or a year outside 1900–2100."""
    text = text.strip()
    if not text:
        return None
    try:
        found = date.fromisoformat(text)
    except ValueError:
        found = None
    for fmt in _numeric_formats(locale or QLocale()) if found is None else ():
        parsed = QDate.fromString(text, fmt)
        if parsed.isValid():
            year = parsed.year() if "yyyy" in fmt else 2000 + parsed.year() % 100
            found = date(year, parsed.month(), parsed.day())
            break
    if found is None or not _EARLIEST <= found <= _LATEST:
        raise ValueError(text)
    return found


class _CalendarPopup(QCalendarWidget):
    """The calendar under a date field: Enter or a click picks the day, Escape closes it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.activated.connect(self.picked)
        self.clicked.connect(self.picked)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateField(QLineEdit):
    """A date that may be empty, typed as people write it (ISO or the locale's short format) or picked from
    a calendar (Alt+Down, F4 or the button); shown as the window's language writes dates (``labels.day``).
    Empty the text (or Delete it) for no date.

    ``problem()`` says why the text is not a date; the form shows that beside the field and stores nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Where an empty field's calendar opens (asked when it opens: the action's or the plan's period).
        self.reference: Callable[[], date | None] | None = None
        example = QDate(2029, 12, 31)
        self.setPlaceholderText(
            self.tr("e.g. %1 or %2")
            .replace("%1", example.toString("yyyy-MM-dd"))
            .replace("%2", QLocale().toString(example, QLocale.FormatType.ShortFormat))
        )
        self.setClearButtonEnabled(True)
        icon = QIcon.fromTheme("x-office-calendar", self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setText(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.setToolTip(self.calendar_action.text())
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar: _CalendarPopup | None = None

    def value(self) -> date | None:
        """The date typed (None when empty or unreadable: check ``problem()``)."""
        try:
            return read_date(self.text())
        except ValueError:
            return None

    def problem(self) -> str | None:
        try:
            read_date(self.text())
        except ValueError:
            example = QDate(2029, 12, 31)
            return (
                self.tr("“%1” is not a date: type it as %2 or %3.")
                .replace("%1", self.text().strip()[:40])
                .replace("%2", example.toString("yyyy-MM-dd"))
                .replace("%3", QLocale().toString(example, QLocale.FormatType.ShortFormat))
            )
        return None

    def set_value(self, value: date | None) -> None:
        self.setText(labels.day(value))

    def show_calendar(self) -> _CalendarPopup:
        """Open the calendar at the date typed, else at ``reference``, else today."""
        if self.calendar is None:
            self.calendar = _CalendarPopup(self)
            self.calendar.picked.connect(self._picked)
        shown = self.value() or (self.reference() if self.reference is not None else None) or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.setText(labels.day(date(day.year(), day.month(), day.day())))
        self.setFocus()
        self.editingFinished.emit()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if down or (event.key() == Qt.Key.Key_F4 and not event.modifiers()):
            self.show_calendar()
            return
        super().keyPressEvent(event)


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
