"""The window in Italian and Polish writes what it derives from data the planner's way: the country in the
window's language, month/year timeframes, percentages and typed dates in the locale's conventions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from action_planner.ui.action_columns import TIMEFRAME
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.rates import VALID_FROM
from action_planner.ui.models.totals import FIGURES
from action_planner.ui.shortcuts_page import ShortcutsDialog
from action_planner.ui.widgets.indicator_picker import IndicatorPickerDialog
from action_planner.ui.widgets.measure_dialog import MeasureDialog


def _plan_of_region(window: MainWindow, code: str) -> int:
    services = window.document.services
    region = next(r for r in services.regions.list() if r.code == code)
    return next(p.id for p in services.plans.list() if p.region_id == region.id)


@pytest.mark.parametrize(
    ("speaking", "country"),
    [("it", "Italia"), ("pl", "Włochy"), ("es", "Italia"), ("sv", "Italien"), ("en", "Italy")],
    indirect=["speaking"],
)
def test_the_country_is_named_in_the_window_language(
    qtbot: QtBot, speaking: str, window: MainWindow, country: str
) -> None:
    window.navigator.select_plan(_plan_of_region(window, "ITH5"))
    window.show_page(1)
    assert window.plan_editor.region.text() == f"{country} · Emilia-Romagna (ITH5)"
    model = window.navigator.tree.model()
    regions = [model.index(row, 0) for row in range(model.rowCount())]
    tips = [str(index.data(Qt.ItemDataRole.ToolTipRole)) for index in regions]
    assert any(tip.startswith(f"{country} · ") for tip in tips)
    window.close()


@pytest.mark.parametrize(
    ("speaking", "source"),
    [
        ("it", "Indicatore comune FESR/FC 2021-2027 (regolamento (UE) 2021/1058, allegato I)"),
        ("es", "Indicador común FEDER/FC 2021-2027 (Reglamento (UE) 2021/1058, anexo I)"),
        ("sv", "Gemensam indikator för Eruf/Sammanhållningsfonden 2021–2027 (förordning (EU) 2021/1058, bilaga I)"),
        ("pl", "Wspólny wskaźnik EFRR/FS 2021–2027 (rozporządzenie (UE) 2021/1058, załącznik I)"),
        ("en", "ERDF/CF 2021-2027 common indicator (Regulation (EU) 2021/1058, Annex I)"),
    ],
    indirect=["speaking"],
)
def test_the_indicator_library_gives_an_indicators_source_in_the_window_language(
    qtbot: QtBot, speaking: str, window: MainWindow, source: str
) -> None:
    dialog = window.show_indicators()
    assert isinstance(dialog, IndicatorPickerDialog)
    qtbot.waitExposed(dialog)
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "RCO02")
    qtbot.waitUntil(lambda: [i.code for i in dialog.model.items] == ["RCO02"])
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # into the list: the indicator's details below it
    qtbot.waitUntil(lambda: dialog.description.text().endswith(source))
    assert "Regulation" not in dialog.description.text() or speaking == "en"
    dialog.close()
    window.close()


MONTHS = {"it": "%m/%Y", "es": "%m/%Y", "pl": "%m.%Y", "sv": "%Y-%m", "en": "%Y-%m"}


@pytest.mark.parametrize("speaking", ["it", "pl", "sv", "en"], indirect=True)
def test_the_timeframe_column_writes_months_the_window_language_way(
    qtbot: QtBot, speaking: str, window: MainWindow
) -> None:
    window.navigator.select_plan(_plan_of_region(window, "ITH5"))
    model = window.actions_panel.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    plan_id = window.navigator.plan_id
    assert plan_id is not None
    first = window.document.services.actions.list(plan_id)[0]
    assert first.start_date is not None
    assert first.end_date is not None
    wanted = f"{first.start_date.strftime(MONTHS[speaking])} – {first.end_date.strftime(MONTHS[speaking])}"
    assert model.index(0, TIMEFRAME).data() == wanted
    window.close()


SHARES = {"it": "39,4%", "pl": "39,4%", "es": "39,4\u00a0%", "sv": "39,4\u00a0%", "en": "39.4 %"}


@pytest.mark.parametrize("speaking", list(SHARES), indirect=True)
def test_shares_are_written_as_the_exports_write_them(qtbot: QtBot, speaking: str, window: MainWindow) -> None:
    window.navigator.select_plan(_plan_of_region(window, "ITH5"))
    table = window.totals.tables[0]  # by theme
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    shares = [str(model.index(row, FIGURES).data()).splitlines()[1] for row in range(model.rowCount())]  # under each
    assert SHARES[speaking] in shares  # Emilia-Romagna's export support: 39.4 % of the plan
    window.close()


@pytest.mark.parametrize(("speaking", "typed"), [("pl", "15.03.2027"), ("it", "15/03/2027")], indirect=["speaking"])
def test_a_rates_valid_from_date_is_typed_the_window_language_way(
    qtbot: QtBot, speaking: str, window: MainWindow, typed: str
) -> None:
    window.navigator.select_plan(_plan_of_region(window, "SE31"))
    dialog = window.show_rates()
    qtbot.waitExposed(dialog)
    for field, text in ((dialog.base.lineEdit(), "EUR"), (dialog.quote.lineEdit(), "SEK"), (dialog.rate, "11,3")):
        assert field is not None
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, text)
    dialog.valid_on.setFocus()
    qtbot.keyClick(dialog.valid_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.valid_on, "2027-13-45")  # no such date: said beside the field, nothing stored
    before = window.document.services.rates.list(dialog.scope_plan_id)
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    assert dialog.errors["valid_on"].isVisible()
    assert "2027-13-45" in dialog.errors["valid_on"].text()
    assert window.document.services.rates.list(dialog.scope_plan_id) == before

    dialog.valid_on.setFocus()
    qtbot.keyClick(dialog.valid_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.valid_on, typed)
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    assert not dialog.errors["valid_on"].isVisible()
    stored = [r for r in window.document.services.rates.list(dialog.scope_plan_id) if r not in before]
    assert [(r.base, r.quote, r.valid_on) for r in stored] == [("EUR", "SEK", date(2027, 3, 15))]
    chosen = dialog.selected()
    assert chosen is not None
    assert chosen.valid_on == date(2027, 3, 15)
    shown = dialog.model.index(dialog.table.currentIndex().row(), VALID_FROM).data()
    assert shown == typed  # the table writes the date as it was typed
    dialog.close()
    window.close()


@pytest.mark.parametrize("speaking", ["pl", "it", "en"], indirect=True)
def test_the_shortcuts_page_lists_only_keys_on_the_keyboard(qtbot: QtBot, speaking: str, window: MainWindow) -> None:
    window.actions_panel.table.setFocus()
    qtbot.waitUntil(window.actions_panel.table.hasFocus)
    qtbot.keyClick(window.actions_panel.table, Qt.Key.Key_F1)
    dialog = next(w for w in window.findChildren(ShortcutsDialog) if w.isVisible())
    keys = [entry.keys for entry in dialog.entries]
    assert "Ctrl+Z, Alt+Backspace" in keys  # Undo, not "…, Cofnij": Qt's name of a dedicated Undo key
    assert "Ctrl+Shift+S" in keys  # Save As, not "…, Shift+Zachowaj"
    for entry in dialog.entries:  # every key listed is one a laptop has, after its modifiers
        for combination in entry.keys.split(", "):
            read = QKeySequence(combination, QKeySequence.SequenceFormat.NativeText)
            assert read.count() == 1, entry
            key = read[0].key()  # type: ignore[index]  # PySide6's stubs lack QKeySequence.__getitem__
            assert key.value < Qt.Key.Key_Back.value, entry  # Qt's first media/application key
            assert set(combination.split("+")[:-1]) <= {"Ctrl", "Shift", "Alt", "Meta"}, entry
    dialog.close()
    window.close()


@pytest.mark.parametrize(("speaking", "typed"), [("pl", "30.06.2027"), ("it", "30/06/2027")], indirect=["speaking"])
def test_a_kpi_value_is_dated_the_window_language_way(
    qtbot: QtBot, speaking: str, window: MainWindow, typed: str
) -> None:
    kpis = window.action_editor.kpis
    window.action_editor.setCurrentWidget(kpis)
    kpis.table.setCurrentIndex(kpis.table.model().index(0, 0))
    qtbot.mouseClick(kpis.record_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in kpis.findChildren(MeasureDialog) if w.isVisible())
    measured = kpis.measured.model()
    before = measured.rowCount()
    for text in ("31.02.2027", typed):  # no such day first: said in the dialog, nothing stored
        dialog.measured_on.setFocus()
        qtbot.keyClick(dialog.measured_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.measured_on, text)
        dialog.value.setFocus()
        qtbot.keyClick(dialog.value, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.value, "12")
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
        if text != typed:
            assert dialog.isVisible()
            assert "31.02.2027" in dialog.error.text()
            assert measured.rowCount() == before
    qtbot.waitUntil(lambda: not dialog.isVisible())
    days = [str(measured.index(row, 0).data()) for row in range(measured.rowCount())]
    assert typed in days  # stored as 30 June 2027 and shown as it was typed
    window.close()
