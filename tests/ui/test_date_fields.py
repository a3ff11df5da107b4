"""Date fields as people type them: ISO or the locale's short format, into an empty field or over a selection,
Delete to clear, an unreadable date said beside the field, and a calendar that opens at the action's period."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from action_planner.model.views import ActionView
from action_planner.ui.main_window import MainWindow
from action_planner.ui.widgets.inputs import DateField, read_date

Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def british() -> Iterator[None]:
    """The locale's short format is dd/MM/yyyy while the test runs."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def _stored(window: MainWindow) -> ActionView:
    view = window.action_editor.view
    assert view is not None
    return window.document.services.actions.get(view.id)


def _field(window: MainWindow, name: str) -> DateField:
    widget = window.action_editor.details.fields[name].widget
    assert isinstance(widget, DateField)
    return widget


def _tab_into(qtbot: QtBot, before: DateField | None, field: DateField) -> None:
    """Reach ``field`` with Tab from the field before it, as a keyboard user does (Tab selects its text)."""
    source = before or field
    source.setFocus()
    qtbot.waitUntil(source.hasFocus)
    if before is not None:
        qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.hasFocus)


def _clear_end(qtbot: QtBot, window: MainWindow) -> None:
    start, end = _field(window, "start_date"), _field(window, "end_date")
    _tab_into(qtbot, start, end)
    assert end.selectedText() == end.text()
    qtbot.keyClick(end, Qt.Key.Key_Delete)
    qtbot.keyClick(end, Qt.Key.Key_Tab)


def test_delete_clears_and_typing_into_the_empty_field_stores_it(qtbot: QtBot, window: MainWindow) -> None:
    _clear_end(qtbot, window)
    assert _stored(window).end_date is None
    end = _field(window, "end_date")
    assert end.text() == ""
    _tab_into(qtbot, _field(window, "start_date"), end)
    qtbot.keyClicks(end, "2029-12-31")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert _stored(window).end_date == date(2029, 12, 31)
    assert end.text() == "2029-12-31"


def test_typing_over_a_selected_date_replaces_all_of_it(qtbot: QtBot, window: MainWindow) -> None:
    start, end = _field(window, "start_date"), _field(window, "end_date")
    _tab_into(qtbot, start, end)
    qtbot.keyClicks(end, "2027-01-01")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert _stored(window).end_date == date(2027, 1, 1)
    _tab_into(qtbot, start, end)
    qtbot.keyClicks(end, "2028-03-15")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert _stored(window).end_date == date(2028, 3, 15)


def test_up_then_typing_does_not_mangle_the_date(qtbot: QtBot, window: MainWindow) -> None:
    start, end = _field(window, "start_date"), _field(window, "end_date")
    _tab_into(qtbot, start, end)
    qtbot.keyClick(end, Qt.Key.Key_Up)
    end.selectAll()
    qtbot.keyClicks(end, "2029-12-31")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert _stored(window).end_date == date(2029, 12, 31)


def test_the_locale_short_format_is_understood(qtbot: QtBot, british: None, window: MainWindow) -> None:
    start, end = _field(window, "start_date"), _field(window, "end_date")
    _tab_into(qtbot, start, end)
    qtbot.keyClicks(end, "15/03/2028")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert _stored(window).end_date == date(2028, 3, 15)
    assert end.text() == "2028-03-15"  # shown as stored
    _tab_into(qtbot, start, end)
    qtbot.keyClicks(end, "1/4/29")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert _stored(window).end_date == date(2029, 4, 1)


def test_an_unreadable_date_is_said_beside_the_field_and_nothing_is_stored(qtbot: QtBot, window: MainWindow) -> None:
    details = window.action_editor.details
    before, steps = _stored(window), window.document.undo_stack.count()
    start, end = _field(window, "start_date"), _field(window, "end_date")
    _tab_into(qtbot, start, end)
    qtbot.keyClicks(end, "2029-13-45")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert "“2029-13-45” is not a date" in details.error("end_date")
    assert details.fields["end_date"].error.isVisible()
    assert end.text() == "2029-13-45"  # kept for the user to fix
    assert _stored(window) == before
    assert window.document.undo_stack.count() == steps
    end.selectAll()
    qtbot.keyClicks(end, "2029-12-31")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert details.error("end_date") == ""
    assert _stored(window).end_date == date(2029, 12, 31)


def test_the_calendar_of_an_empty_end_opens_at_the_start_and_picks_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    _clear_end(qtbot, window)
    start = _stored(window).start_date
    assert start is not None
    end = _field(window, "end_date")
    end.setFocus()
    qtbot.keyClick(end, Qt.Key.Key_Down, Alt)
    calendar = end.calendar
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (start.year, start.month)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert _stored(window).end_date == date.fromordinal(start.toordinal() + 1)


def test_an_action_without_dates_opens_its_calendar_at_the_plan_period(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.document.services.actions.list(window.navigator.plan_id or 0)
    first = min(a.start_date for a in actions if a.start_date)
    start, end = _field(window, "start_date"), _field(window, "end_date")
    for field in (end, start):
        field.setFocus()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (_stored(window).start_date, _stored(window).end_date) == (None, None)
    calendar = start.show_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (first.year, first.month)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert _stored(window).start_date is None


def test_a_kpi_target_date_is_typed_in_its_cell(qtbot: QtBot, british: None, window: MainWindow) -> None:
    from action_planner.ui.models.lines import TARGET_DATE

    kpis = window.action_editor.kpis
    window.action_editor.setCurrentWidget(kpis)
    assert kpis.model.rowCount() > 0
    kpis.table.setFocus()
    kpis.table.setCurrentIndex(kpis.model.index(0, TARGET_DATE))
    qtbot.keyClick(kpis.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField)
    editor.selectAll()
    qtbot.keyClicks(editor, "31/12/2029")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits the editor's value once it has closed it
    qtbot.waitUntil(lambda: _stored(window).kpis[0].target_date == date(2029, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2029-12-31", date(2029, 12, 31)),
        (" 31/12/2029 ", date(2029, 12, 31)),
        ("31/12/29", date(2029, 12, 31)),
        ("", None),
    ],
)
def test_read_date(british: None, text: str, expected: date | None) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["2029-12-32", "12/31/2029", "tomorrow", "1850-01-01"])
def test_read_date_refuses(british: None, text: str) -> None:
    with pytest.raises(ValueError, match=re.escape(text)):
        read_date(text)
