"""The window starts in the user's language: the preference, else the system's, else English; Qt's own
dialogs and the window's numbers follow it; Edit ▸ Preferences… keeps the choice for the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from action_planner import app as app_module
from action_planner import i18n
from action_planner.ui import labels
from action_planner.ui.controller import AppController
from action_planner.ui.main_window import MainWindow
from action_planner.ui.preferences import PreferencesDialog
from action_planner.ui.settings import AppSettings
from tests.ui.keyboard_audit import audit

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf

ROOT = Path(__file__).resolve().parents[2]


def _polish(context: str, source: str) -> str:
    """The translation the Polish .ts gives ``source`` (what a Polish planner must see)."""
    for found in ET.parse(i18n.ts_path("pl")).getroot().iter("context"):
        if found.findtext("name") == context:
            for message in found.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise LookupError(source)


POLISH_MENUS = [_polish("WindowMenus", s) for s in ("&File", "&Edit", "&Plan", "&Action", "&View", "&Help")]


@pytest.mark.parametrize(
    ("preference", "system", "language", "locale"),
    [
        (None, ["pl-Latn-PL", "pl-PL", "pl"], "pl", "pl_PL"),
        (None, ["de-DE", "it-CH", "it"], "it", "it_CH"),  # the first shipped one, with the system's own country
        (None, ["en-GB", "es-ES"], "en", "en_GB"),  # English first: English, as the user asked
        (None, ["de-DE", "fr-FR"], "en", None),  # nothing shipped: English words, the system's numbers
        (None, [], "en", None),
        (None, ["it"], "it", "it_IT"),  # no country named: the language's usual one
        (None, ["es-419", "es"], "es", "es_419"),
        ("sv", ["de-DE"], "sv", "sv_SE"),  # the preference wins, in its usual country
        ("es", ["es-MX", "en-US"], "es", "es_MX"),
        ("en", ["pl-PL"], "en", "en_GB"),
        ("xx", ["pl-PL"], "pl", "pl_PL"),  # a value that is no language of ours counts as none
    ],
)
def test_the_language_is_the_preference_else_the_systems_else_english(
    preference: str | None, system: list[str], language: str, locale: str | None
) -> None:
    assert i18n.choose(preference, system) == i18n.Choice(language, locale)


@pytest.fixture
def started(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Path | None], MainWindow]]:
    """``start(path)`` as ``action-planner path`` runs it, up to the window filled in, reading the settings the
    test wrote; afterwards its language is taken out again and its controller closed."""
    monkeypatch.setattr(app_module, "ORGANISATION", qapp.organizationName())  # the tests' settings file
    monkeypatch.setattr(app_module, "APPLICATION", qapp.applicationName())
    made: list[app_module.Started] = []

    def start(path: Path | None) -> MainWindow:
        run = app_module.start(path)
        made.append(run)
        qtbot.waitUntil(
            lambda: run.controller is not None and run.controller.window is not None and run.controller.window.attached,
            timeout=20000,
        )
        assert run.controller is not None
        assert run.controller.window is not None
        return run.controller.window

    yield start
    for run in reversed(made):
        i18n.uninstall(run.language)
    for controller in qapp.findChildren(AppController):
        if controller.window is not None:
            controller.window.close()
        controller.setParent(None)
        controller.deleteLater()


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_the_polish_preference_starts_the_window_in_polish_with_polish_numbers(
    qtbot: QtBot, started: Callable[[Path | None], MainWindow], demo_path: Path, dialog_of: DialogOf
) -> None:
    AppSettings().set_language("pl")
    window = started(demo_path)
    titles = _menu_titles(window)
    assert titles[:5] == POLISH_MENUS[:5]
    assert titles[-1] == POLISH_MENUS[-1] == "Pomo&c"
    assert QLocale().name() == "pl_PL"
    table = window.actions_panel.table
    totals = {str(table.model().index(row, 5).data()) for row in range(table.model().rowCount())}
    assert "370\N{NO-BREAK SPACE}501,66" in totals  # the demo's first action, in Polish digits
    assert labels.money(Decimal("1234567.5"), "EUR") == "1\N{NO-BREAK SPACE}234\N{NO-BREAK SPACE}567,50"
    dialog = window.show_preferences()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Anuluj"  # Qt's own buttons from qtbase_pl.qm
    dialog.close()


def test_an_english_system_with_no_preference_changes_nothing(
    started: Callable[[Path | None], MainWindow], demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    window = started(demo_path)
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert QLocale().name() == "en_GB"
    assert i18n.running_language() == "en"


def _clean_environment(home: Path, lang: str) -> dict[str, str]:
    """A child's environment in ``lang`` with its home (settings, logs, demo) in ``home``, never the user's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "XDG_"))}
    return {**env, "HOME": str(home), "LANG": lang, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


LOOK = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from action_planner import app
from PySide6.QtCore import QTimer

started = app.start(Path(sys.argv[1]))
def report():
    window = started.controller and started.controller.window
    if window is None or not window.attached:  # still loading: look again once the events are through
        QTimer.singleShot(10, report)
        return
    print(json.dumps({"menus": [a.text() for a in window.menuBar().actions()], "locale": QLocale().name()}))
    window.close()
    QApplication.quit()
QTimer.singleShot(0, report)
sys.exit(QApplication.instance().exec())
"""


@pytest.mark.parametrize(("lang", "menus", "locale"), [("pl_PL.UTF-8", POLISH_MENUS, "pl_PL"), ("C.UTF-8", None, "C")])
def test_a_real_start_under_a_polish_lang_is_polish(
    tmp_path: Path, demo_path: Path, lang: str, menus: list[str] | None, locale: str
) -> None:
    """``action-planner`` as a Polish desktop starts it, in a process of its own: the system's language."""
    home = tmp_path / "home"
    home.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", LOOK, str(demo_path)],
        env=_clean_environment(home, lang),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    english = ["&File", "&Edit", "&Plan", "&Action", "&View", "&Help"]
    expected = menus or english
    assert [seen["menus"][i] for i in (0, 1, 2, 3, 4, -1)] == expected
    assert seen["locale"] == locale


def test_preferences_by_keyboard_keep_the_language_for_the_next_start(
    qtbot: QtBot, window: MainWindow, dialog_of: DialogOf, started: Callable[[Path | None], MainWindow]
) -> None:
    edit = window.menuBar().findChild(QMenu, "EditMenu")
    assert isinstance(edit, QMenu)
    assert edit.actions()[-1] is window.menus.preferences  # after Find, under a line
    assert edit.actions()[-2].isSeparator()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Edit
    qtbot.waitUntil(edit.isVisible)
    qtbot.keyClick(edit, Qt.Key.Key_P)  # &Preferences…
    dialog = dialog_of(window, PreferencesDialog)
    qtbot.waitUntil(dialog.language.hasFocus)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "System default",
        "English",
        "Italiano",
        "Español",
        "Svenska",
        "Polski",
    ]
    assert dialog.language.currentText() == "System default"
    assert not dialog.note.isVisible()
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)  # the last: Polski
    assert dialog.language.currentText() == "Polski"
    assert dialog.note.isVisible()  # Polish is not what runs now: it applies next time, and says so
    assert dialog.note.text() == "Action Planner will start in this language next time."
    qtbot.keyClick(dialog.language, Qt.Key.Key_Home)  # back to the system's (English here): no note
    assert not dialog.note.isVisible()
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert AppSettings().language() == "pl"
    assert "language=pl" in Path(AppSettings().store.fileName()).read_text(encoding="utf-8")
    path = window.document.path
    assert isinstance(path, Path)
    window.close()
    window.document.close()  # the next start takes the workspace's lock
    assert _menu_titles(started(path))[:2] == POLISH_MENUS[:2]


def test_preferences_cancelled_keep_nothing(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    AppSettings().set_language("sv")
    window.menus.preferences.trigger()
    dialog = dialog_of(window, PreferencesDialog)
    assert dialog.language.currentText() == "Svenska"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert AppSettings().language() == "sv"


def test_a_preference_that_cannot_be_saved_is_refused_beside_the_list(
    qtbot: QtBot, window: MainWindow, dialog_of: DialogOf
) -> None:
    settings_file = Path(window.settings.store.fileName())
    window.settings.store.sync()
    settings_file.unlink(missing_ok=True)
    settings_file.mkdir(parents=True)  # a folder where the file should be: no one can write it, root neither
    window.menus.preferences.trigger()
    dialog = dialog_of(window, PreferencesDialog)
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        f"The preference could not be saved: the settings file {settings_file} cannot be written."
    )
    assert window.settings.language() is None  # nothing kept, not even in memory
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)  # a new choice clears the refusal
    assert not dialog.error.isVisible()
    dialog.close()
    settings_file.rmdir()


def _fits(label: QLabel) -> bool:
    """A one-line label shows its whole text (a wrapping one may take more lines)."""
    shown = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")  # a mnemonic's & is not drawn
    return label.wordWrap() or QFontMetrics(label.font()).horizontalAdvance(shown) <= label.contentsRect().width()


@pytest.mark.parametrize("language", ["en", *i18n.TRANSLATED])
def test_the_preferences_dialog_in_each_language(
    qtbot: QtBot, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    installed = i18n.install(language)
    try:
        dialog = PreferencesDialog(AppSettings(), language, system=["en-GB"])
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("pl" if language != "pl" else "it"))
        dialog.resize(dialog.sizeHint())
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == QCoreApplication.translate("PreferencesDialog", "Preferences")
        assert dialog.note.isVisible()
        assert audit(dialog) == []  # its Alt letters are unique in this language too
        assert [label.text() for label in dialog.findChildren(QLabel) if not _fits(label)] == []
        assert dialog.grab().save(str(tmp_path / f"preferences-{language}.png"))
        dialog.close()
    finally:
        i18n.uninstall(installed)
