"""What the app pays before its first paint: the glance of a workspace is painted before SQLAlchemy, the
services and the export libraries are imported (each a few hundred milliseconds of a cold start), before
the read models, the translation tooling, the resource readers and the log file's handlers (a few
milliseconds each), and before PySide6 has built the Qt namespace's enum types (45 ms)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: ``action-planner open FILE`` until the main window's first paint, then the heavy packages already imported.
PROBE = r"""
import enum, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

# the Python enum types made from here on: PySide6 makes a Qt class's enums when the class is first used
made = []
_create = enum.EnumType._create_


def counted(cls, name, *args, **kwargs):
    made.append(name)
    return _create(cls, name, *args, **kwargs)


enum.EnumType._create_ = counted

HEAVY = (
    "sqlalchemy",
    "action_planner.model.services",
    "openpyxl",
    "docx",
    "reportlab",
    # lighter, but none of them is needed to paint the glance (each a few milliseconds of a cold start)
    "action_planner.model.views",
    "subprocess",
    "xml.etree.ElementTree",
    "json",
    "importlib.resources",
    "logging.handlers",
    "action_planner.model.regions",
    "typing_extensions",  # 3 ms, for @override only (action_planner.typing_compat stands in for it)
    "locale",  # looked up by argparse's message translations: `open FILE` is read without the parser
    "action_planner.model.address",  # a server's address, with its dataclass and pattern
    "dataclasses",  # 2 ms, and 0.5-1 ms for each class it makes: what the glance makes are named tuples
    "action_planner.model.validation",  # its patterns take 2 ms to compile; the glance checks with model.exact
)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if isinstance(watched.window(), QMainWindow):
                loaded = sorted(name for name in HEAVY if name in sys.modules)
                import json  # only now: json is one of the modules looked for

                shown = {"title": watched.window().windowTitle(), "loaded": loaded, "enum_types": made}
                print(json.dumps(shown), flush=True)
                os._exit(0)
        return False


_exec = QApplication.exec


def exec_with_probe(*_args):
    app = QApplication.instance()
    app._probe = FirstPaint(app)
    # on the window, not the application: a Python filter on the application is handed every part of every
    # widget, and wrapping those makes PySide6 build all its classes (the cost the app itself now avoids)
    for widget in app.topLevelWidgets():
        widget.installEventFilter(app._probe)
    return _exec()


QApplication.exec = exec_with_probe
from action_planner.cli import main

sys.exit(main(["open", sys.argv[1]]))
"""


@pytest.mark.slow
def test_the_first_paint_comes_before_sqlalchemy_and_the_export_libraries(demo_path: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_path)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    painted = json.loads(done.stdout.strip().splitlines()[-1])
    assert demo_path.stem in painted["title"], "the workspace's glance is what is painted"
    assert painted["loaded"] == [], f"imported before the first paint: {painted['loaded']}"
    # 49 when written (QStandardPaths, QSettings, QLocale, the item views'); the Qt namespace alone is 93,
    # and an event filter on the whole application made some 250 more. 35 since the panels' own widgets
    # (docks, splitter, tabs, tool bars, dialogs), QAction with QKeySequence and Qt's meta-methods wait too.
    assert "AlignmentFlag" not in painted["enum_types"]
    # and the window's QWindow (its screen follower starts at the first paint): Visibility, SurfaceClass
    waiting_types = ("StandardKey", "MenuRole", "DockWidgetFeature", "TabPosition", "DialogCode", "MethodType")
    for waiting in (*waiting_types, "Visibility", "SurfaceClass", "AncestorMode"):
        assert waiting not in painted["enum_types"]
    assert len(painted["enum_types"]) < 45, painted["enum_types"]


def test_the_glance_aligns_its_figures_by_qts_own_numbers() -> None:
    from PySide6.QtCore import Qt

    from action_planner.ui.glance_view import FIGURE_ALIGNMENT, TEXT_ALIGNMENT_ROLE

    assert Qt.AlignmentFlag(FIGURE_ALIGNMENT) == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert Qt.ItemDataRole(TEXT_ALIGNMENT_ROLE) == Qt.ItemDataRole.TextAlignmentRole
