"""UI fixtures: settings in a temporary folder for every test, the demo open in a document and a main window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from action_planner.typing_compat import override
from action_planner.ui import log_file
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings

#: Qt messages that are not problems of the app, each with the reason it is allowed.
QT_LOG_ALLOWED = [
    # The offscreen platform plugin cannot pass size hints of dock widgets to a native window.
    "This plugin does not support propagateSizeHints",
    # ... nor raise popups (completer lists) or let them grab the keyboard.
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_ALLOWED))


@pytest.fixture(autouse=True)
def settings_folder(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Every QSettings the app opens lands in this test's own folder, never in the user's settings."""
    folder = tmp_path / "settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder / scope.name))
    qapp.setOrganizationName("ActionPlannerTests")
    qapp.setApplicationName("Action Planner Tests")
    yield folder
    QSettings().sync()


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's log file goes to this test's own folder, never to the user's; it is closed afterwards."""
    folder = tmp_path / "logs"
    monkeypatch.setattr(log_file, "log_folder", lambda: folder)
    yield folder
    log_file.close_log_file()


@pytest.fixture
def document(demo_path: Path) -> Iterator[Document]:
    """The demo workspace (a private copy) open as the window sees it."""
    opened = Document.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, document: Document) -> Iterator[MainWindow]:
    """The main window on the demo, shown at laptop size, closed (and its layout saved) afterwards."""
    shown = MainWindow(document, AppSettings())
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    yield shown
    shown.close()


W = TypeVar("W", bound=QWidget)


def _dialog_of(parent: QWidget, kind: type[W]) -> W:
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]


class DialogOf(Protocol):
    """The type of the ``dialog_of`` fixture: ``dialog_of(parent, ConfirmDialog)`` is a ``ConfirmDialog``."""

    def __call__(self, parent: QWidget, kind: type[W], /) -> W: ...


@pytest.fixture
def dialog_of() -> DialogOf:
    """``dialog_of(parent, Kind)``: the one visible dialog of that kind that ``parent`` opened with open()."""
    return _dialog_of


class Brackets(QTranslator):
    """A pseudo-translation: every translated string comes back as [string]."""

    @override
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{source}]"


@pytest.fixture(autouse=True, scope="session")
def translation_under_check(qapp: QApplication) -> Iterator[None]:
    """``ACTION_PLANNER_TEST_QM=path.qm``: the whole run in that translation (a translator's check of its mnemonics)."""
    path = os.environ.get("ACTION_PLANNER_TEST_QM")
    if not path:
        yield
        return
    translator = QTranslator()
    assert translator.load(path), f"cannot load {path}"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations" / "ui"
LANGUAGES = ["en", "it", "es", "sv", "pl"]


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each shipped .ts compiled as it is now (so the check is of the sources, whatever .qm is committed)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    assert lrelease, "pyside6-lrelease (PySide6's Qt Linguist tools) is needed to check the translations"
    folder = tmp_path_factory.mktemp("qm")
    built = {}
    for language in LANGUAGES[1:]:
        built[language] = folder / f"action_planner_{language}.qm"
        source = TRANSLATIONS / f"action_planner_{language}.ts"
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(built[language])], check=True)
    return built


@pytest.fixture(params=LANGUAGES)
def each_language(request: pytest.FixtureRequest, qapp: QApplication, compiled: dict[str, Path]) -> Iterator[str]:
    """``pytestmark = pytest.mark.usefixtures("each_language")``: each test of the module once per shipped
    language, its windows built (after this fixture) in it; English is the source text itself."""
    name: str = request.param
    if name == "en":
        yield name
        return
    translator = QTranslator()
    assert translator.load(str(compiled[name]))
    QCoreApplication.installTranslator(translator)
    yield name
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def bracketed(qapp: QApplication) -> Iterator[None]:
    """Every string that goes through tr() shows in brackets, so an untranslated one stands out."""
    translator = Brackets()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


LOCALES = {"en": "en_GB", "it": "it_IT", "es": "es_ES", "sv": "sv_SE", "pl": "pl_PL"}


@pytest.fixture
def speaking(request: pytest.FixtureRequest, qapp: QApplication, compiled: dict[str, Path]) -> Iterator[str]:
    """``@pytest.mark.parametrize("speaking", [...], indirect=True)``: the window's language as start-up installs
    it, the app's translation and the default locale (which names the catalogue's themes)."""
    language: str = request.param
    before = QLocale()
    QLocale.setDefault(QLocale(LOCALES[language]))
    translator = QTranslator()
    if language != "en":
        assert translator.load(str(compiled[language]))
        QCoreApplication.installTranslator(translator)
    yield language
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
