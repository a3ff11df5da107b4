"""Figures and dates typed the way the planner's locale writes them are stored as meant, or refused; never
misread; and the window shows them that way.

An Italian writes fifteen hundred as ``1.500`` and one and a half as ``1,5``; the model reads ``1.500`` as
one and a half. A Pole writes the last day of 2029 as ``31.12.2029``. Each edit goes through the window with
real key presses in the locale it names; English keeps ISO dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.editable import EditableRowsModel
from action_planner.ui.models.lines import AMOUNT, BASELINE, TARGET_DATE
from action_planner.ui.widgets.inputs import DateField
from tests.ui.cells import type_into_cell

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def locale_of() -> Iterator[Any]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _stored_amount(window: MainWindow) -> Decimal:
    action_id = window.actions_panel.action_id
    assert action_id is not None
    return window.document.services.budget.lines(action_id)[0].amount


@pytest.mark.parametrize(
    ("locale", "typed", "stored"),
    [
        ("it_IT", "1.500", Decimal("1500.00")),
        ("it_IT", "12.500,50", Decimal("12500.50")),
        ("es_ES", "7,25", Decimal("7.25")),
        ("pl_PL", "12 500,50", Decimal("12500.50")),
        ("sv_SE", "1,5", Decimal("1.50")),
        ("en_GB", "1,500", Decimal("1500.00")),
        ("en_GB", "2.5", Decimal("2.50")),
    ],
)
def test_an_amount_typed_in_the_locale_is_stored_as_meant(  # noqa: PLR0917 - pytest passes fixtures by name
    qtbot: QtBot, window: MainWindow, locale_of: Any, locale: str, typed: str, stored: Decimal
) -> None:
    locale_of(locale)
    window.action_editor.setCurrentWidget(window.action_editor.budget)
    table = window.action_editor.budget.table
    before = _stored_amount(window)
    shown = type_into_cell(qtbot, table, 0, AMOUNT, typed)
    assert shown == format(before, "f").replace(".", QLocale().decimalPoint()), "the editor speaks the locale too"
    assert _stored_amount(window) == stored
    assert window.document.undo_stack.canUndo()


@pytest.mark.parametrize(("locale", "typed"), [("it_IT", "1.5"), ("es_ES", "1.50"), ("pl_PL", "1.500,5")])
def test_a_figure_the_locale_cannot_read_is_refused_in_its_words_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, locale_of: Any, locale: str, typed: str
) -> None:
    locale_of(locale)
    window.action_editor.setCurrentWidget(window.action_editor.budget)
    table = window.action_editor.budget.table
    before = _stored_amount(window)
    steps = window.document.undo_stack.count()
    type_into_cell(qtbot, table, 0, AMOUNT, typed)
    assert _stored_amount(window) == before
    assert window.document.undo_stack.count() == steps, "a refusal records no undo step"
    model = table.model()
    assert isinstance(model, EditableRowsModel)
    assert model.errors() == [(0, AMOUNT, "Use a comma for decimals, for example 12500,50.")]


def test_a_kpi_baseline_with_a_decimal_comma_is_one_and_a_half(
    qtbot: QtBot, window: MainWindow, locale_of: Any
) -> None:
    locale_of("pl_PL")
    window.action_editor.setCurrentWidget(window.action_editor.kpis)
    table = window.action_editor.kpis.table
    type_into_cell(qtbot, table, 0, BASELINE, "1,5")
    action_id = window.actions_panel.action_id
    assert action_id is not None
    kpi = window.document.services.kpis.list(action_id)[0]
    assert kpi.baseline == Decimal("1.5")
    assert table.model().index(0, BASELINE).data() == "1,5"


@pytest.fixture
def polish() -> Iterator[None]:
    """The window in Polish: set before the window is built, so every field shows dates the Polish way."""
    before = QLocale()
    QLocale.setDefault(QLocale("pl_PL"))
    yield
    QLocale.setDefault(before)


def test_a_date_typed_the_polish_way_is_stored_and_shown_that_way(
    qtbot: QtBot, polish: None, window: MainWindow
) -> None:
    end = window.action_editor.details.fields["end_date"].widget
    assert isinstance(end, DateField)
    view = window.action_editor.view
    assert view is not None
    assert view.end_date is not None
    assert end.text() == f"{view.end_date.day}.{view.end_date.month:02}.{view.end_date.year}"
    end.setFocus()
    qtbot.waitUntil(end.hasFocus)
    qtbot.keyClick(end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(end, "31.12.2029")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert window.document.services.actions.get(view.id).end_date == date(2029, 12, 31)
    assert end.text() == "31.12.2029"


def test_a_kpi_target_date_reads_the_polish_way_in_the_table(qtbot: QtBot, polish: None, window: MainWindow) -> None:
    window.action_editor.setCurrentWidget(window.action_editor.kpis)
    table = window.action_editor.kpis.table
    type_into_cell(qtbot, table, 0, TARGET_DATE, "30.06.2028")
    action_id = window.actions_panel.action_id
    assert action_id is not None
    assert window.document.services.kpis.list(action_id)[0].target_date == date(2028, 6, 30)
    assert table.model().index(0, TARGET_DATE).data() == "30.06.2028"
