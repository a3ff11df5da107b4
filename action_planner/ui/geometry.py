"""Window geometry that fits the screen: at start-up (default or restored) and when the window changes screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

#: The size a new main window asks for, before it is fitted to the screen.
DEFAULT_SIZE = QSize(1280, 800)


def fitted(frame: QRect, available: QRect) -> QRect:
    """``frame`` shrunk to fit ``available`` and moved inside it (unchanged when it already fits)."""
    width, height = min(frame.width(), available.width()), min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def fit_to_screen(window: QWidget, screen: QScreen | None = None, *, centre: bool = False) -> None:
    """Fit ``window`` (its frame, title bar included) into the available part of ``screen`` (its own by default);
    ``centre`` also centres it there. A maximised or full-screen window is left to the window manager."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = screen or window.screen()
    inner, outer = window.geometry(), window.frameGeometry()
    left, top = inner.x() - outer.x(), inner.y() - outer.y()
    extra_w, extra_h = outer.width() - inner.width(), outer.height() - inner.height()
    available = screen.availableGeometry()
    room = QRect(available.x() + left, available.y() + top, available.width() - extra_w, available.height() - extra_h)
    target = fitted(inner, room)
    if centre:
        target.moveCenter(room.center())
    if target != inner:
        window.setGeometry(target)


class ScreenFollower(QObject):
    """Refits a shown window when it moves to another screen or its screen's free area shrinks."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._screen: QScreen | None = None
        handle = window.windowHandle()
        assert handle is not None, "follow a window once it is shown"
        handle.screenChanged.connect(self.screen_changed)
        self._watch(handle.screen())

    def _watch(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self._refit)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._refit)

    def screen_changed(self, screen: QScreen | None) -> None:
        self._watch(screen)
        self._refit()

    def _refit(self, *_args: object) -> None:
        fit_to_screen(self.window, self._screen)
