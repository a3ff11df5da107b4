"""Start-up: the QApplication, its names and settings, the first workspace or the welcome screen."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from action_planner import __version__
from action_planner.ui.settings import APPLICATION, ORGANISATION


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so that QSettings finds this app's file."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("action-planner")
    return app


def run(path: Path | None, demo: bool = False) -> int:
    """Show ``path``, a fresh demo, the last workspace or the welcome screen; return the exit code."""
    app = create_application()
    from action_planner.ui.controller import AppController
    from action_planner.ui.settings import AppSettings

    controller = AppController(AppSettings())
    controller.start(path, demo)
    return app.exec()
