"""A ring in the highlight colour around whatever has the keyboard focus in a window, whatever the style: a
keyboard user sees at a glance which panel the next key goes to."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from action_planner.typing_compat import override

#: The ring's width in pixels (drawn over the focused widget's frame).
WIDTH = 2


class FocusRing(QWidget):
    """Drawn over ``window``, around the focused widget inside it; it follows the widget as it moves or
    resizes and hides when the focus leaves the window. It never takes a click or the focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.target: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        window.installEventFilter(self)  # the window's resize moves everything in it

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        inside = (
            new is not None
            and new is not self.window_
            and new.window() is self.window_
            and self.window_.isAncestorOf(new)
        )  # a floating dock or a dialog is a window of its own
        self.target = new if inside else None
        if self.target is None:
            self.hide()
            return
        self.target.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        """Put the ring around the target where it is now."""
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        corner = target.mapTo(self.window_, target.rect().topLeft())
        self.setGeometry(QRect(corner, target.size()))  # over the widget's own frame: seen at window edges too
        self.show()
        self.raise_()
        self.update()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide, QEvent.Type.LayoutRequest)
        if watched in (self.target, self.window_) and event.type() in moved and self.target is not None:
            self.follow()
        return False

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(WIDTH // 2, WIDTH // 2, -(WIDTH + 1) // 2, -(WIDTH + 1) // 2))
        painter.end()
