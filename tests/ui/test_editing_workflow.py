"""Editing an action and its plan as a user does: fields, budget lines, KPIs, and refusals shown beside the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from action_planner.model.enums import FundingSource, InstrumentType
from action_planner.ui.commands.actions import EditAction
from action_planner.ui.commands.budget import EditBudgetLine
from action_planner.ui.commands.kpis import EditKpi
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.lines import AMOUNT, SOURCE, TARGET, UNIT
from action_planner.ui.widgets.indicator_picker import IndicatorPickerDialog
from action_planner.ui.widgets.inputs import DateField
from action_planner.ui.widgets.measure_dialog import MeasureDialog
from tests.ui.cells import type_into_cell

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier


def _current_action(window: MainWindow) -> Any:
    assert window.actions_panel.action_id is not None
    return window.document.services.actions.get(window.actions_panel.action_id)


def test_edit_a_budget_amount_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    before = _current_action(window)
    qtbot.keyClick(window.action_editor, Qt.Key.Key_B, Alt)
    assert window.action_editor.currentWidget() is window.action_editor.budget
    table = window.action_editor.budget.table
    type_into_cell(qtbot, table, 0, AMOUNT, "250000")
    after = _current_action(window)
    assert after.budget_lines[0].amount == Decimal("250000.00")
    assert table.model().index(0, AMOUNT).data() == "250,000.00"
    assert window.menus.undo.text() == "&Undo Change budget"
    expected_total = Decimal("250000.00") + before.budget_lines[1].amount
    assert f"{expected_total:,.2f}" in window.action_editor.budget.total.text()
    plan_total = window.document.services.budget.plan_totals(before.plan_id).plan
    assert plan_total is not None
    assert f"{plan_total.total:,.2f}" in window.totals.total.text()

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Ctrl)
    assert _current_action(window).budget_lines[0].amount == before.budget_lines[0].amount
    assert table.model().index(0, AMOUNT).data() == f"{before.budget_lines[0].amount:,.2f}"
    qtbot.keyClick(table, Qt.Key.Key_Y, Ctrl)
    assert _current_action(window).budget_lines[0].amount == Decimal("250000.00")


def test_a_bad_amount_is_refused_beside_the_table(qtbot: QtBot, window: MainWindow) -> None:
    before = _current_action(window)
    editor = window.action_editor
    editor.setCurrentWidget(editor.budget)
    type_into_cell(qtbot, editor.budget.table, 0, AMOUNT, "12,5")
    assert editor.budget.errors.isVisible()
    assert "Line 1, Amount: Use a point for decimals" in editor.budget.errors.text()
    assert editor.budget.table.model().index(0, AMOUNT).data() == "12,5"  # what was typed stays, marked
    assert _current_action(window).budget_lines == before.budget_lines  # nothing saved
    assert window.document.undo_stack.count() == 0
    type_into_cell(qtbot, editor.budget.table, 0, AMOUNT, "12.50")
    assert not editor.budget.errors.isVisible()
    assert _current_action(window).budget_lines[0].amount == Decimal("12.50")


def test_add_and_remove_budget_lines(qtbot: QtBot, window: MainWindow) -> None:
    budget = window.action_editor.budget
    window.action_editor.setCurrentWidget(budget)
    count = len(_current_action(window).budget_lines)
    qtbot.mouseClick(budget.add_button, Qt.MouseButton.LeftButton)
    assert len(_current_action(window).budget_lines) == count + 1
    type_into_cell(qtbot, budget.table, count, AMOUNT, "4200")
    source = budget.table.model().index(count, SOURCE)
    budget.table.model().setData(source, FundingSource.ERDF_INTERREG.value)
    line = _current_action(window).budget_lines[-1]
    assert (line.amount, line.funding_source) == (Decimal("4200.00"), FundingSource.ERDF_INTERREG)
    budget.table.setCurrentIndex(budget.table.model().index(count, AMOUNT))
    budget.table.setFocus()
    qtbot.keyClick(budget.table, Qt.Key.Key_Delete)
    assert len(_current_action(window).budget_lines) == count
    window.menus.undo.trigger()
    assert _current_action(window).budget_lines[-1].id == line.id


def test_add_a_kpi_from_the_library_and_set_its_target(
    qtbot: QtBot, window: MainWindow, dialog_of: Callable[[QWidget, type], Any]
) -> None:
    kpis = window.action_editor.kpis
    qtbot.keyClick(window.action_editor, Qt.Key.Key_K, Alt)
    assert window.action_editor.currentWidget() is kpis
    count = len(_current_action(window).kpis)
    qtbot.mouseClick(kpis.add_button, Qt.MouseButton.LeftButton)
    picker = dialog_of(kpis, IndicatorPickerDialog)
    qtbot.keyClicks(picker.search, "non-financial")
    assert picker.selected() is not None
    assert picker.selected().code == "RCO04"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    added = _current_action(window).kpis[-1]
    assert len(_current_action(window).kpis) == count + 1
    assert added.code == "RCO04"
    type_into_cell(qtbot, kpis.table, count, TARGET, "45")
    assert _current_action(window).kpis[-1].target == Decimal(45)
    type_into_cell(qtbot, kpis.table, count, UNIT, "firms")
    assert _current_action(window).kpis[-1].unit == "firms"
    type_into_cell(qtbot, kpis.table, count, TARGET, "many")
    assert "is not a number" in kpis.errors.text()
    assert _current_action(window).kpis[-1].target == Decimal(45)
    assert window.menus.undo.text() == "&Undo Change KPI"


def test_change_a_kpi_indicator(qtbot: QtBot, window: MainWindow, dialog_of: Callable[[QWidget, type], Any]) -> None:
    kpis = window.action_editor.kpis
    window.action_editor.setCurrentWidget(kpis)
    kpis.table.setCurrentIndex(kpis.table.model().index(0, 0))
    qtbot.mouseClick(kpis.change_button, Qt.MouseButton.LeftButton)
    picker = dialog_of(kpis, IndicatorPickerDialog)
    qtbot.keyClicks(picker.search, "RCR03")
    qtbot.mouseClick(picker.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert _current_action(window).kpis[0].code == "RCR03"
    window.menus.undo.trigger()
    assert _current_action(window).kpis[0].code != "RCR03"


def _measured_rows(kpis: Any) -> list[list[str]]:
    model = kpis.measured.model()
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _record(qtbot: QtBot, kpis: Any, dialog_of: Callable[[QWidget, type], Any], day: date, value: str) -> Any:
    qtbot.mouseClick(kpis.record_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(kpis, MeasureDialog)
    dialog.measured_on.setFocus()
    dialog.measured_on.selectAll()
    qtbot.keyClicks(dialog.measured_on, day.isoformat())
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, value)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    return dialog


def test_record_correct_and_remove_the_values_a_kpi_measured(
    qtbot: QtBot, window: MainWindow, dialog_of: Callable[[QWidget, type], Any]
) -> None:
    kpis = window.action_editor.kpis
    window.action_editor.setCurrentWidget(kpis)
    kpis.table.setCurrentIndex(kpis.table.model().index(0, 0))
    kpi = _current_action(window).kpis[0]
    kpis.document.undo_stack.run(EditKpi(kpis.document.services, kpi, {"baseline": "0", "target": "40"}))
    assert _measured_rows(kpis) == []
    assert kpi.name in kpis.measured_caption.text()

    _record(qtbot, kpis, dialog_of, date(2027, 6, 30), "12")
    _record(qtbot, kpis, dialog_of, date(2027, 3, 31), "5")
    unit = f" {kpi.unit}" if kpi.unit else ""
    assert _measured_rows(kpis) == [["2027-03-31", f"5{unit}", "12.5 %", ""], ["2027-06-30", f"12{unit}", "30.0 %", ""]]
    assert window.menus.undo.text() == "&Undo Record KPI value"

    refused = _record(qtbot, kpis, dialog_of, date(2027, 6, 30), "about ten")  # a correction that is no number
    assert refused.isVisible()
    assert "not a number" in refused.error.text()
    refused.reject()
    assert _measured_rows(kpis)[1][1] == f"12{unit}"

    window.activateWindow()  # offscreen, closing a dialog does not hand activation back by itself
    qtbot.waitUntil(window.isActiveWindow)
    second = kpis.measured.visualRect(kpis.measured.model().index(1, 0)).center()
    qtbot.mouseClick(kpis.measured.viewport(), Qt.MouseButton.LeftButton, pos=second)  # a double-click, as Qt
    qtbot.mouseDClick(kpis.measured.viewport(), Qt.MouseButton.LeftButton, pos=second)  # sees it: press, then dbl
    correction = dialog_of(kpis, MeasureDialog)
    assert correction.value.text() == "12"  # the stored value, ready to correct
    correction.value.setText("14")
    qtbot.mouseClick(correction.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert [row[1] for row in _measured_rows(kpis)] == [f"5{unit}", f"14{unit}"]
    assert window.menus.undo.text() == "&Undo Correct KPI value"
    window.menus.undo.trigger()
    assert [row[1] for row in _measured_rows(kpis)] == [f"5{unit}", f"12{unit}"]

    kpis.measured.setCurrentIndex(kpis.measured.model().index(0, 0))
    qtbot.mouseClick(kpis.remove_value_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in _measured_rows(kpis)] == ["2027-06-30"]
    window.menus.undo.trigger()
    assert [a.value for a in _current_action(window).kpis[0].actuals] == [Decimal(5), Decimal(12)]


def test_fields_commit_one_by_one_and_refusals_show_beside_the_field(qtbot: QtBot, window: MainWindow) -> None:
    details = window.action_editor.details
    title = details.fields["title"].widget
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "TEM vouchers for first exporters")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert _current_action(window).title == "TEM vouchers for first exporters"
    assert window.actions_panel.proxy.index(0, 1).data() == "TEM vouchers for first exporters"
    assert window.menus.undo.text() == "&Undo Change title"

    end = details.fields["end_date"].widget
    assert isinstance(end, DateField)
    before = _current_action(window)
    end.setFocus()
    end.selectAll()
    qtbot.keyClicks(end, "2020-01-01")  # before the start
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert details.error("end_date") == "The end date is before the start date."
    assert details.fields["end_date"].error.isVisible()
    assert _current_action(window).end_date == before.end_date

    title.setFocus()
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert details.error("title") == "This cannot be empty."
    assert _current_action(window).title == "TEM vouchers for first exporters"


def test_owner_and_players(qtbot: QtBot, window: MainWindow) -> None:
    players = window.action_editor.players
    qtbot.keyClick(window.action_editor, Qt.Key.Key_O, Alt)
    organisation = players.owner.fields["owner_organisation"].widget
    assert isinstance(organisation, QLineEdit)
    assert organisation.completer() is not None
    organisation.setFocus()
    organisation.selectAll()
    qtbot.keyClicks(organisation, "Unioncamere Emilia-Romagna")
    popup = organisation.completer().popup()
    assert popup is not None
    assert popup.isVisible()
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(organisation, Qt.Key.Key_Tab)
    assert _current_action(window).owner_organisation == "Unioncamere Emilia-Romagna"
    assert window.menus.undo.text() == "&Undo Change owner"
    count = len(_current_action(window).players)
    qtbot.keyClicks(players.new_organisation, "Reggio Innovation Hub")  # new to the workspace: no suggestion
    qtbot.keyClicks(players.new_role, "brings member firms")
    qtbot.keyClick(players.new_role, Qt.Key.Key_Return)
    added = _current_action(window).players
    assert len(added) == count + 1
    assert (added[-1].organisation, added[-1].role) == ("Reggio Innovation Hub", "brings member firms")
    assert players.model.rowCount() == count + 1
    assert window.menus.undo.text() == "&Undo Change players"
    players.table.setCurrentIndex(players.model.index(count, 0))
    qtbot.mouseClick(players.remove_button, Qt.MouseButton.LeftButton)
    assert len(_current_action(window).players) == count
    email = players.owner.fields["owner_email"].widget
    assert isinstance(email, QLineEdit)
    email.setFocus()
    email.selectAll()
    qtbot.keyClicks(email, "not-an-address")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert "does not look like an e-mail address" in players.owner.error("owner_email")


def test_plan_details_part_one_and_two(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Ctrl)
    editor = window.plan_editor
    assert window.pages.currentWidget() is editor
    plan_id = window.navigator.plan_id or 0
    email = editor.part1.fields["contact_email"].widget
    assert isinstance(email, QLineEdit)
    email.setFocus()
    email.selectAll()
    qtbot.keyClicks(email, "giulia@")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert "does not look like an e-mail address" in editor.part1.error("contact_email")
    assert window.document.services.plans.get(plan_id).contact_email == "giulia.ferrari@example.it"
    qtbot.keyClicks(email, "example.it")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert editor.part1.error("contact_email") == ""
    assert window.document.services.plans.get(plan_id).contact_email == "giulia@example.it"
    instrument = editor.part2.fields["instrument_type"].widget
    assert isinstance(instrument, QComboBox)
    instrument.setCurrentIndex(instrument.findData(InstrumentType.TERRITORIAL_COOPERATION))
    instrument.activated.emit(instrument.currentIndex())
    assert window.document.services.plans.get(plan_id).instrument_type == InstrumentType.TERRITORIAL_COOPERATION
    endorsed = editor.other.fields["endorsement_date"].widget
    assert isinstance(endorsed, DateField)
    endorsed.setFocus()
    endorsed.selectAll()
    qtbot.keyClicks(endorsed, "2026-06-30")
    qtbot.keyClick(endorsed, Qt.Key.Key_Return)
    assert window.document.services.plans.get(plan_id).endorsement_date == date(2026, 6, 30)
    currency = editor.other.fields["currency"].widget
    assert isinstance(currency, QLineEdit)
    currency.setFocus()
    currency.selectAll()
    qtbot.keyClicks(currency, "XYZ")
    qtbot.keyClick(currency, Qt.Key.Key_Return)
    assert "ISO 4217" in editor.other.error("currency")


def test_reporting_currency_changes_the_totals(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.totals.currency
    editor = combo.lineEdit()
    assert editor is not None
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "SEK")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.services.rates.reporting_currency() == "SEK"
    assert "SEK" in window.totals.total.text()
    assert window.settings.reporting_currency() == "SEK"
    window.menus.undo.trigger()
    assert window.document.services.rates.reporting_currency() == "EUR"
    assert combo.currentText() == "EUR"


def test_text_being_typed_is_kept_when_the_window_closes(qtbot: QtBot, window: MainWindow) -> None:
    notes = window.action_editor.details.fields["notes"].widget
    action_id = window.actions_panel.action_id
    assert action_id is not None
    notes.setFocus()
    qtbot.keyClicks(notes, "Ask the chamber for a venue")
    window.close()
    assert window.document.services.actions.get(action_id).notes == "Ask the chamber for a venue"


def test_warnings_worth_a_look_are_shown_and_never_refuse(qtbot: QtBot, window: MainWindow) -> None:
    services = window.document.services
    view = _current_action(window)
    line = view.budget_lines[0]
    assert view.end_date is not None
    later = view.end_date.year + 2
    window.document.undo_stack.run(EditBudgetLine(services, line, {"year": later}))
    budget = window.action_editor.budget
    qtbot.keyClick(window.action_editor, Qt.Key.Key_B, Alt)
    assert budget.advice.isVisibleTo(window)  # said under the budget lines, where the year was typed
    expected = f"Budget line 1 is for {later}, after the action ends ({view.end_date.year})."
    assert expected in budget.advice.text()
    assert expected in window.action_editor.advice.text()
    assert services.actions.get(view.id).budget_lines[0].year == later  # stored: a warning, not a refusal
    kpi = view.kpis[0]
    window.document.undo_stack.run(EditKpi(services, kpi, {"target": None}))
    assert f"The KPI “{kpi.name}” has no target yet." in window.action_editor.advice.text()
    window.document.undo_stack.run(EditAction(services, view.id, {"owner_organisation": ""}, "Change owner"))
    assert "No owner yet" in window.action_editor.advice.text()
    for _ in range(3):
        window.document.undo_stack.undo()
    assert window.action_editor.advice.text() == ""
    assert not window.action_editor.advice.isVisibleTo(window.action_editor)
