"""The main window fits the available screen: at start-up (default size or a restored, larger layout) and
after it moves to another screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from action_planner.ui.document import Document
from action_planner.ui.geometry import fitted
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings


def _available() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_a_1366_by_768_screen_takes_the_default_window_whole() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 768 less a 40-pixel task bar
    assert fitted(QRect(0, 0, 1280, 800), laptop) == QRect(0, 0, 1280, 728)
    assert fitted(QRect(900, 500, 1280, 800), laptop) == QRect(86, 0, 1280, 728)
    assert fitted(QRect(10, 10, 800, 600), laptop) == QRect(10, 10, 800, 600)  # fits: left alone
    second = QRect(1366, 0, 1920, 1040)  # a projector to the right
    assert fitted(QRect(0, 0, 2560, 1440), second) == second


def test_the_default_window_fits_the_screen(qtbot: QtBot, document: Document) -> None:
    window = MainWindow(document, AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _available().contains(window.frameGeometry())
    frame = window.frameGeometry().width() - window.width()
    assert window.frameGeometry().width() == min(1280 + frame, _available().width())


def test_a_saved_layout_larger_than_the_screen_is_fitted(qtbot: QtBot, document: Document) -> None:
    settings = AppSettings()
    big = MainWindow(document, settings)
    qtbot.addWidget(big)
    big.setGeometry(QRect(200, 150, 2600, 1700))  # saved on a large monitor
    big.save_layout()
    big.attached = False  # closing it must not save the layout again
    big.close()
    window = MainWindow(document, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _available().contains(window.frameGeometry())


def test_moving_to_another_screen_fits_the_window_there(qtbot: QtBot, window: MainWindow) -> None:
    window.setGeometry(QRect(300, 200, 2000, 1400))
    assert not _available().contains(window.frameGeometry())
    handle = window.windowHandle()
    assert handle is not None
    handle.screenChanged.emit(QApplication.primaryScreen())
    assert _available().contains(window.frameGeometry())
