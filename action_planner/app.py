"""Start-up: the QApplication, its names and settings, its language, the first workspace or the welcome screen.

A workspace given (or the last one) is glanced at first — read with the standard library alone and
shown in the main window — so the window paints before SQLAlchemy and the panels load (about half a
second); the real panels then take its place in the same window. ``benchmarks/run.py`` measures both.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from action_planner import __version__, i18n
from action_planner.ui.log_file import LOGGER, install_log_file
from action_planner.ui.settings import APPLICATION, ORGANISATION, AppSettings

if TYPE_CHECKING:
    from action_planner.ui.controller import AppController
    from action_planner.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so that QSettings finds this app's file."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("action-planner")
    return app


class Started:
    """What start-up made: the settings, the language installed, the glance window if any, and the controller
    (None until the panels have loaded, which waits for the glance's first paint). A plain class: with no
    dataclass left before the first paint, the dataclasses module (2 ms) is not imported before it either."""

    def __init__(self, settings: AppSettings, language: i18n.Installed, shell: MainWindow | None) -> None:
        self.settings = settings
        self.language = language
        self.shell = shell
        self.controller: AppController | None = None


def start(path: Path | None, demo: bool = False) -> Started:
    """Everything before the event loop: the language, then ``path``, a fresh demo, the last workspace or the
    welcome screen."""
    app = create_application()
    log = install_log_file()  # named by Help ▸ About, so that a user can send it
    settings = AppSettings()
    language = i18n.install(settings.language())  # before the first widget, so that every text is translated
    target = None if demo else (path if path is not None else settings.last_workspace())
    shell = glance_window(target, settings) if target is not None else None
    started = Started(settings, language, shell)

    def load() -> None:
        from PySide6.QtCore import QLocale

        from action_planner.ui.controller import AppController

        # here, not before the glance: the log file is made at its first record (see install_log_file)
        LOGGER.info(
            "Action Planner %s started; window language %s, locale %s; log file %s",
            __version__,
            language.choice.language,
            QLocale().name(),
            log,
        )

        started.controller = AppController(settings, parent=app)  # the app keeps it
        started.controller.start(target, demo, shell=shell)

    if shell is None:
        load()
    else:
        from action_planner.ui.glance_view import after_first_paint

        after_first_paint(shell, load)
    return started


def run(path: Path | None, demo: bool = False) -> int:
    """Show ``path``, a fresh demo, the last workspace or the welcome screen; return the exit code."""
    app = create_application()
    start(path, demo)
    return app.exec()


def glance_window(path: Path, settings: AppSettings) -> MainWindow | None:
    """The main window, shown with a glance of ``path``; None when the file cannot be glanced at."""
    from action_planner.model.glance import glance
    from action_planner.ui.main_window import MainWindow

    seen = glance(path)
    if seen is None:
        return None
    window = MainWindow(None, settings)
    window.show_glance(seen)
    window.show()
    return window
