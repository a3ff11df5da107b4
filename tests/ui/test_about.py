"""Help ▸ About Action Planner…: the version and the log file, shown so that a user can copy or open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from action_planner import __version__
from action_planner.ui import log_file
from action_planner.ui.about import AboutDialog
from action_planner.ui.main_window import MainWindow


def test_about_names_the_log_file_and_opens_its_folder(
    qtbot: QtBot, window: MainWindow, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = log_file.install_log_file()
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    window.menus.about.trigger()
    about = next(w for w in window.findChildren(AboutDialog) if w.isVisible())
    texts = [label.text() for label in about.findChildren(QLabel)]
    assert any(__version__ in text for text in texts)
    assert about.log_label.text() == str(log) == str(log_folder / "action-planner.log")
    assert about.log_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    QTest.mouseClick(about.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(log_folder))]
    assert log_folder.is_dir()  # made, so that the file manager has a folder to show
    QTest.mouseClick(about.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not about.isVisible())


def test_about_before_anything_was_logged_names_the_platform_log_folder(qtbot: QtBot, log_folder: Path) -> None:
    about = AboutDialog(None)
    qtbot.addWidget(about)
    assert about.log_label.text() == str(log_folder / "action-planner.log")
    assert not log_folder.exists()  # showing the dialog writes nothing
