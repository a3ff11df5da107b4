"""The catalogue panel and the indicator library speak the planner's language; the user's own entries stay as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from action_planner.ui.action_columns import THEME
from action_planner.ui.commands.catalogue import intervention_values
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.totals import BY_THEME
from action_planner.ui.widgets.catalogue_browser import CatalogueBrowser
from action_planner.ui.widgets.indicator_picker import IndicatorPickerDialog

TEM_EN = "Temporary Export Manager voucher"
TEM_PL = "Bon na tymczasowego menedżera eksportu"


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    """The planner's window in Polish (the application's default locale, as set at start-up)."""
    before = QLocale()
    QLocale.setDefault(QLocale("pl_PL"))
    yield
    QLocale.setDefault(before)


def _browser(qtbot: QtBot, document: Document) -> CatalogueBrowser:
    browser = CatalogueBrowser(document)
    qtbot.addWidget(browser)
    browser.resize(420, 760)
    browser.show()
    return browser


def _names(browser: CatalogueBrowser) -> list[str]:
    return [item.name for item in browser.model.items]


@pytest.mark.usefixtures("polish")
def test_the_catalogue_panel_shows_the_catalogue_in_polish(qtbot: QtBot, document: Document) -> None:
    browser = _browser(qtbot, document)
    assert TEM_PL in _names(browser)
    assert TEM_EN not in _names(browser)
    assert browser.theme.itemText(1) == "Podstawowe wsparcie eksportu"
    browser.select_code("C02")
    details = browser.details.toPlainText()
    assert "Bon, dzięki któremu mała firma" in details
    assert "Przedsiębiorstwa objęte wsparciem w formie dotacji" in details  # a suggested KPI's name
    browser.search.setText("menedżera")  # a Polish word finds the entry …
    qtbot.waitUntil(lambda: _names(browser) == [TEM_PL])
    browser.search.clear()
    qtbot.keyClicks(browser.search, "temporary export")  # … and so does its English name
    qtbot.waitUntil(lambda: _names(browser) == [TEM_PL])


@pytest.mark.usefixtures("polish")
def test_an_entry_the_user_edited_stays_as_typed(qtbot: QtBot, document: Document) -> None:
    services = document.services
    item = next(i for i in services.catalogue.interventions() if i.code == "C02")
    services.catalogue.save_intervention({**intervention_values(item), "name": "TEM voucher (our scheme)"})
    browser = _browser(qtbot, document)
    assert "TEM voucher (our scheme)" in _names(browser)
    assert TEM_PL not in _names(browser)
    browser.select_code("C02")
    assert "Bon, dzięki któremu mała firma" in browser.details.toPlainText()  # the description was not edited


@pytest.mark.usefixtures("polish")
def test_deleting_a_shown_entry_and_undoing_restores_the_stored_english(qtbot: QtBot, document: Document) -> None:
    browser = _browser(qtbot, document)
    assert browser.select_code("C02")
    browser.delete_selected()
    assert TEM_PL not in _names(browser)
    document.undo_stack.undo()
    stored = next(i for i in document.services.catalogue.interventions() if i.code == "C02")
    assert stored.name == TEM_EN  # the workspace keeps the shipped text, so every language still applies
    assert TEM_PL in _names(browser)


@pytest.mark.usefixtures("polish")
def test_the_indicator_library_shows_polish_names_and_units(qtbot: QtBot, document: Document) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = IndicatorPickerDialog(document, parent, "Biblioteka wskaźników", None)
    row = next(i for i in dialog.model.items if i.code == "RCO02")
    assert row.name == "Przedsiębiorstwa objęte wsparciem w formie dotacji"
    assert row.unit == "przedsiębiorstwa"


def test_in_english_the_catalogue_is_unchanged(qtbot: QtBot, document: Document) -> None:
    browser = _browser(qtbot, document)
    assert TEM_EN in _names(browser)
    assert browser.theme.itemText(1) == document.services.catalogue.themes()[0].name


def test_theme_names_in_the_window_speak_polish(polish: None, window: MainWindow) -> None:
    """The actions table's Theme column, the action's Theme choice and the totals by theme: in Polish."""
    table = window.actions_panel.table
    model = table.model()
    themes = [model.index(row, THEME).data() for row in range(model.rowCount())]
    assert "Podstawowe wsparcie eksportu" in themes
    assert "Core export support" not in themes
    choice = window.action_editor.details.fields["theme"].widget
    assert isinstance(choice, QComboBox)
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Podstawowe wsparcie eksportu",
        "Współpraca partnerska",
        "Cyfryzacja i technologia",
        "Jakość życia i atrakcyjność miejsca",
    ]
    by_theme = window.totals.models[BY_THEME]
    shown = [by_theme.index(row, 0).data() for row in range(by_theme.rowCount())]
    assert "Podstawowe wsparcie eksportu" in shown
