"""The keys a presenter's clicker or keyboard sends, turned into slide moves (and typed action numbers)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

NEXT_KEYS = frozenset({Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up})
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})

#: How long after the last digit a typed number is taken as final (without Enter).
DIGIT_DELAY_MS = 900


class KeyNavigator(QObject):
    """Emits a signal per move; digits collect into an action number, sent on Enter or after a pause."""

    next = Signal()
    previous = Signal()
    first = Signal()
    last = Signal()
    jump = Signal(int)  # an action number, as typed
    typing = Signal(str)  # the digits typed so far ("" when done)
    leave = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.digits = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DIGIT_DELAY_MS)
        self.timer.timeout.connect(self.commit)

    def handle(self, event: QKeyEvent) -> bool:
        """Act on ``event``; False when the key means nothing to a presentation."""
        key = Qt.Key(event.key())
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.digits = (self.digits + text)[-4:]
            self.typing.emit(self.digits)
            self.timer.start()
            return True
        if key in ENTER_KEYS and self.digits:
            self.commit()
            return True
        if key == Qt.Key.Key_Escape:
            if self.digits:
                self.cancel()
            else:
                self.leave.emit()
            return True
        if self.digits and key == Qt.Key.Key_Backspace:
            self.digits = self.digits[:-1]
            self.typing.emit(self.digits)
            if not self.digits:
                self.timer.stop()
            return True
        moves = {Qt.Key.Key_Home: self.first, Qt.Key.Key_End: self.last}
        if key in NEXT_KEYS:
            self.cancel()
            self.next.emit()
        elif key in PREVIOUS_KEYS:
            self.cancel()
            self.previous.emit()
        elif key in moves:
            self.cancel()
            moves[key].emit()
        else:
            return False
        return True

    def commit(self) -> None:
        """Jump to the action whose number was typed."""
        self.timer.stop()
        digits, self.digits = self.digits, ""
        self.typing.emit("")
        if digits:
            self.jump.emit(int(digits))

    def cancel(self) -> None:
        self.timer.stop()
        if self.digits:
            self.digits = ""
            self.typing.emit("")
