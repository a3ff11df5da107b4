"""Exchange rates as a user enters them: the dialog from the menu, adding, refusals, replacing, deleting, undo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from action_planner.ui import labels
from action_planner.ui.commands.rates import DeleteRate, SetRate
from action_planner.ui.currencies import currency_codes
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.rates import PAIR, STATUS, VALID_FROM, RatesModel
from action_planner.ui.rates_dialog import RatesDialog

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
GAVLEBORG, WIELKOPOLSKA, SLASKIE = 2, 3, 4  # positions in the demo's plan list (SEK, PLN, PLN)


def _plan_id(window: MainWindow, position: int) -> int:
    return window.document.services.plans.list()[position].id


def _open(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf, plan: int | None = None) -> RatesDialog:
    """Select a plan in the navigator, then open the dialog with its shortcut, as a user would."""
    if plan is not None:
        window.navigator.select_plan(_plan_id(window, plan))
    qtbot.keyClick(window, Qt.Key.Key_E, Ctrl | Shift)
    dialog = dialog_of(window, RatesDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # show_rates() activates it
    return dialog


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    editor = field.lineEdit() if isinstance(field, QComboBox) else field
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    editor.clear()
    qtbot.keyClicks(editor, text)


def _type_date(qtbot: QtBot, dialog: RatesDialog, text: str) -> None:
    dialog.valid_on.setFocus()
    qtbot.keyClick(dialog.valid_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over the date shown
    qtbot.keyClicks(dialog.valid_on, text)


def _enter(qtbot: QtBot, dialog: RatesDialog, base: str, quote: str, *, rate: str, valid_on: str) -> None:
    _type(qtbot, dialog.base, base)
    _type(qtbot, dialog.quote, quote)
    _type(qtbot, dialog.rate, rate)
    _type_date(qtbot, dialog, valid_on)


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    """Offscreen, a window does not take activation back by itself when another one was active."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def _rates(document: Document, plan_id: int | None = None) -> list[tuple[str, str, Decimal, date, str]]:
    return [(r.base, r.quote, r.rate, r.valid_on, r.source) for r in document.services.rates.list(plan_id)]


def _reporting_total(document: Document, plan_id: int) -> Decimal:
    reporting = document.services.budget.plan_totals(plan_id).reporting
    assert reporting is not None
    return reporting.total


# -- model and commands ---------------------------------------------------------------------


def test_rates_model_marks_the_rate_in_force(qtmodeltester: ModelTester, document: Document) -> None:
    model = RatesModel()
    qtmodeltester.check(model)
    model.set_rates(reversed(document.services.rates.list()))
    qtmodeltester.check(model)
    shown = [(model.index(r, PAIR).data(), model.index(r, VALID_FROM).data()) for r in range(model.rowCount())]
    assert shown[:2] == [("1 EUR = 0.8694 GBP", "2026-10-01"), ("1 EUR = 0.8712 GBP", "2026-11-01")]
    keys = [(v.base, v.quote, v.valid_on) for v in model.items]
    assert keys == sorted(keys)  # by pair, then date
    assert [model.index(r, STATUS).data() for r in range(2)] == ["Earlier", "In force"]
    assert model.index(1, PAIR).data(Qt.ItemDataRole.FontRole).bold()
    assert "Swedish" in model.index(5, PAIR).data(Qt.ItemDataRole.ToolTipRole)
    document.services.rates.set("EUR", "SEK", "11.25", date(2026, 12, 1), source="InforEuro")
    model.set_rates(document.services.rates.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert [model.index(r, STATUS).data() for r in range(4, 7)] == ["Earlier", "Earlier", "In force"]


def test_currency_list_starts_with_the_common_ones() -> None:
    codes = currency_codes()
    assert codes[:4] == ["EUR", "GBP", "SEK", "PLN"]
    assert "CHF" in codes
    assert len(codes) == len(set(codes))


def test_commands_on_a_bare_stack(document: Document) -> None:
    services = document.services
    stack = QUndoStack()
    before = _rates(document)
    add = SetRate(services, "eur", "dkk", "7.4604", date(2026, 11, 1), source="InforEuro")
    assert add.text() == "Add exchange rate"
    stack.push(add)
    assert ("EUR", "DKK", Decimal("7.4604"), date(2026, 11, 1), "InforEuro") in _rates(document)
    stack.undo()
    assert _rates(document) == before
    stack.redo()
    assert len(_rates(document)) == len(before) + 1

    change = SetRate(services, "EUR", "SEK", "11.5", date(2026, 11, 1), source="ECB")
    assert change.text() == "Change exchange rate"
    stack.push(change)
    assert ("EUR", "SEK", Decimal("11.5"), date(2026, 11, 1), "ECB") in _rates(document)
    stack.undo()
    assert ("EUR", "SEK", Decimal("11.0180"), date(2026, 11, 1), "InforEuro-style monthly rate (demo)") in _rates(
        document
    )

    sek = next(r for r in services.rates.list() if (r.quote, r.valid_on) == ("SEK", date(2026, 10, 1)))
    delete = DeleteRate(services, sek)
    assert delete.text() == "Delete exchange rate"
    stack.push(delete)
    assert all(r.id != sek.id for r in services.rates.list())
    stack.undo()
    assert (sek.base, sek.quote, sek.rate, sek.valid_on, sek.source) in _rates(document)
    stack.redo()
    stack.undo()
    assert len(_rates(document)) == len(before) + 1


def test_a_refused_command_saves_nothing_and_is_dropped(document: Document) -> None:
    before = _rates(document)
    command = document.undo_stack.run(SetRate(document.services, "EUR", "EUR", "1", date(2026, 11, 1)))
    assert command.error is not None
    assert document.undo_stack.count() == 0
    assert _rates(document) == before


# -- the dialog -------------------------------------------------------------------------------


def test_open_from_the_plan_menu(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    assert window.menus.rates.shortcut().toString() == "Ctrl+Shift+E"
    plan_menu = window.findChild(QWidget, "PlanMenu")
    assert plan_menu is not None
    assert window.menus.rates in plan_menu.actions()
    dialog = _open(qtbot, window, dialog_of, GAVLEBORG)
    assert not dialog.isModal()
    assert dialog.windowTitle() == "Exchange Rates"
    assert dialog.model.rowCount() == 6
    assert dialog.workspace_scope.isChecked()
    assert dialog.plan_scope.isEnabled()
    assert dialog.base.currentText() == "EUR"
    assert dialog.quote.currentText() == "SEK"  # the selected plan's currency
    assert dialog.source.text() == "InforEuro"
    today = date.today()
    assert dialog.entry_date() == date(today.year, today.month, 1)
    dialog.close()
    _activate(qtbot, window)
    assert _open(qtbot, window, dialog_of) is dialog  # the same dialog, shown again


def test_add_a_rate_by_typing_changes_the_reporting_totals(
    qtbot: QtBot, window: MainWindow, dialog_of: DialogOf
) -> None:
    dialog = _open(qtbot, window, dialog_of, GAVLEBORG)
    plan_id = _plan_id(window, GAVLEBORG)
    before = _reporting_total(window.document, plan_id)
    assert labels.money(before, "EUR", with_code=True) in window.totals.total.text()
    _enter(qtbot, dialog, "EUR", "SEK", rate="11.25", valid_on="2026-12-01")
    _type(qtbot, dialog.source, "InforEuro December")
    assert dialog.add_button.text() == "&Add"
    _click(qtbot, dialog.add_button)

    assert ("EUR", "SEK", Decimal("11.25"), date(2026, 12, 1), "InforEuro December") in _rates(window.document)
    after = _reporting_total(window.document, plan_id)
    assert after != before
    assert labels.money(after, "EUR", with_code=True) in window.totals.total.text()
    assert window.menus.undo.text() == "&Undo Add exchange rate"
    chosen = dialog.selected()
    assert chosen is not None
    assert (chosen.quote, chosen.rate) == ("SEK", Decimal("11.25"))
    assert dialog.model.index(dialog.model.row_of(chosen.id), STATUS).data() == "In force"
    assert dialog.rate.text() == ""  # ready for the next one
    assert not any(label.isVisible() for label in dialog.errors.values())


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "The rate must be a number"),
        ("-1", "The rate must be a positive number"),
        ("1,5", "The rate must be a number"),
    ],
)
def test_a_bad_rate_is_refused_beside_the_field(
    qtbot: QtBot, window: MainWindow, dialog_of: DialogOf, typed: str, message: str
) -> None:
    dialog = _open(qtbot, window, dialog_of, GAVLEBORG)
    before = _rates(window.document)
    _enter(qtbot, dialog, "EUR", "SEK", rate=typed, valid_on="2026-12-01")
    _click(qtbot, dialog.add_button)
    assert dialog.errors["rate"].isVisible()
    assert dialog.errors["rate"].text().startswith(message)
    assert dialog.rate.accessibleDescription() == dialog.errors["rate"].text()
    assert dialog.rate.text() == typed  # what was typed stays to be fixed
    assert QApplication.focusWidget() is dialog.rate
    assert _rates(window.document) == before
    assert window.document.undo_stack.count() == 0
    _type(qtbot, dialog.rate, "11.3")
    qtbot.keyClick(dialog.rate, Qt.Key.Key_Return)  # Add is the default button
    assert not dialog.errors["rate"].isVisible()
    assert len(_rates(window.document)) == len(before) + 1


def test_bad_currencies_are_refused_beside_their_fields(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    dialog = _open(qtbot, window, dialog_of)
    _enter(qtbot, dialog, "XYZ", "", rate="abc", valid_on="2026-12-01")
    _click(qtbot, dialog.add_button)
    assert "ISO 4217" in dialog.errors["base"].text()
    assert dialog.errors["quote"].text() == "Choose a currency."
    assert dialog.errors["rate"].isVisible()
    assert QApplication.focusWidget() in (dialog.base, dialog.base.lineEdit())
    assert window.document.undo_stack.count() == 0


def test_delete_then_undo_on_the_main_window(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    dialog = _open(qtbot, window, dialog_of, GAVLEBORG)
    plan_id = _plan_id(window, GAVLEBORG)
    before, total = _rates(window.document), _reporting_total(window.document, plan_id)
    sek = dialog.model.row_of(next(r.id for r in window.document.services.rates.list() if r.quote == "SEK"))
    dialog.table.selectRow(sek + 1)  # the SEK rate in force
    assert dialog.delete_button.isEnabled()
    _click(qtbot, dialog.delete_button)
    assert ("EUR", "SEK", Decimal("11.0180"), date(2026, 11, 1), "InforEuro-style monthly rate (demo)") not in _rates(
        window.document
    )
    assert dialog.model.rowCount() == 5
    assert _reporting_total(window.document, plan_id) != total  # the October rate is in force again

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Ctrl)
    assert _rates(window.document) == before
    assert dialog.model.rowCount() == 6  # the dialog followed the undo
    assert _reporting_total(window.document, plan_id) == total


def test_delete_key_in_the_table(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    dialog = _open(qtbot, window, dialog_of)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 5
    assert window.document.undo_stack.undoText() == "Delete exchange rate"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Ctrl)  # undo works in the dialog as well
    assert dialog.model.rowCount() == 6


def test_replace_a_same_day_rate_then_undo(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    dialog = _open(qtbot, window, dialog_of, GAVLEBORG)
    plan_id = _plan_id(window, GAVLEBORG)
    total = _reporting_total(window.document, plan_id)
    old = next(r for r in window.document.services.rates.list() if (r.quote, r.valid_on) == ("SEK", date(2026, 11, 1)))
    dialog.table.selectRow(dialog.model.row_of(old.id))
    _click(qtbot, dialog.edit_button)  # copies the rate into the form
    assert (dialog.quote.currentText(), dialog.rate.text(), dialog.entry_date()) == ("SEK", "11.0180", old.valid_on)
    assert QApplication.focusWidget() is dialog.rate
    assert dialog.add_button.text() == "Rep&lace"
    assert "1 EUR = 11.0180 SEK" in dialog.add_note.text()
    _type(qtbot, dialog.rate, "11.5")
    _click(qtbot, dialog.add_button)

    new = window.document.services.rates.list()
    replaced = next(r for r in new if r.id == old.id)
    assert (replaced.rate, replaced.source, len(new)) == (Decimal("11.5"), old.source, 6)
    assert window.menus.undo.text() == "&Undo Change exchange rate"
    assert _reporting_total(window.document, plan_id) != total

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Ctrl)
    restored = next(r for r in window.document.services.rates.list() if r.id == old.id)
    assert restored == old
    assert _reporting_total(window.document, plan_id) == total
    assert dialog.model.item(dialog.model.row_of(old.id)) == old


def test_plan_own_rates_override_for_that_plan_only(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    document = window.document
    wielkopolska, slaskie = _plan_id(window, WIELKOPOLSKA), _plan_id(window, SLASKIE)
    totals = {p: _reporting_total(document, p) for p in (wielkopolska, slaskie)}
    workspace = _rates(document)
    dialog = _open(qtbot, window, dialog_of, WIELKOPOLSKA)
    _click(qtbot, dialog.plan_scope)
    assert dialog.scope_plan_id == wielkopolska
    assert dialog.model.rowCount() == 0
    assert "Wielkopolska" in dialog.scope_note.text()
    assert dialog.quote.currentText() == "PLN"
    _enter(
        qtbot, dialog, "EUR", "PLN", rate="4", valid_on="2026-01-01"
    )  # older than the workspace's, and still it wins
    _click(qtbot, dialog.add_button)

    assert _rates(document, wielkopolska) == [("EUR", "PLN", Decimal("4"), date(2026, 1, 1), "InforEuro")]
    assert _rates(document) == workspace
    assert dialog.model.rowCount() == 1
    plan = document.services.budget.plan_totals(wielkopolska).plan
    assert plan is not None
    assert abs(_reporting_total(document, wielkopolska) - plan.total / 4) < Decimal("0.50")  # lines round one by one
    assert _reporting_total(document, wielkopolska) != totals[wielkopolska]
    assert _reporting_total(document, slaskie) == totals[slaskie]  # the other PLN plan keeps the workspace's
    assert labels.money(_reporting_total(document, wielkopolska), "EUR") in window.totals.total.text()

    window.navigator.select_plan(slaskie)  # the dialog follows the window's plan
    assert dialog.plan_id == slaskie
    assert dialog.model.rowCount() == 0
    window.navigator.select_plan(wielkopolska)
    assert dialog.model.rowCount() == 1
    _click(qtbot, dialog.workspace_scope)
    assert dialog.model.rowCount() == 6

    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Ctrl)
    assert _rates(document, wielkopolska) == []
    assert _reporting_total(document, wielkopolska) == totals[wielkopolska]


# -- access -------------------------------------------------------------------------------


def test_inputs_have_names_and_follow_the_form(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    dialog = _open(qtbot, window, dialog_of, GAVLEBORG)
    for widget in (dialog.base, dialog.quote, dialog.rate, dialog.valid_on, dialog.source, dialog.table):
        assert widget.accessibleName(), type(widget).__name__
    buddies = {label.buddy() for label in dialog.findChildren(QLabel)}
    assert {dialog.base, dialog.quote, dialog.rate, dialog.valid_on, dialog.source} <= buddies
    dialog.base.setFocus()
    previous: QWidget = dialog.base
    for expected in (dialog.quote, dialog.rate, dialog.valid_on, dialog.source, dialog.add_button):
        for _section in range(3):  # Tab first walks through the year, month and day of the date
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            assert focused is not None
            if focused is not previous and not previous.isAncestorOf(focused):
                break
        assert focused is not None
        assert focused is expected or expected.isAncestorOf(focused), expected.accessibleName()
        previous = expected


def test_visible_words_go_through_translation(qtbot: QtBot, bracketed: None, document: Document) -> None:
    dialog = RatesDialog(document)
    qtbot.addWidget(dialog)
    dialog.set_plan(document.services.plans.list()[0].id)
    texts = [dialog.windowTitle(), dialog.scope_note.text(), dialog.rate.placeholderText()]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.text() and w is not dialog.close_button]
    texts += [str(dialog.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(dialog.model.columnCount())]
    texts += [str(dialog.model.index(0, c).data()) for c in (PAIR, STATUS)]
    untranslated = [t for t in texts if not t.replace("&", "").startswith("[")]
    assert untranslated == []


def test_the_rates_example_follows_the_chosen_pair(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    dialog = _open(qtbot, window, dialog_of)
    _type(qtbot, dialog.base, "EUR")
    _type(qtbot, dialog.quote, "GBP")
    latest = max((r for r in dialog.model.items if (r.base, r.quote) == ("EUR", "GBP")), key=lambda r: r.valid_on)
    assert dialog.rate.placeholderText() == f"last stored: {latest.rate}"  # the demo's own EUR/GBP rate
    _type(qtbot, dialog.quote, "JPY")  # a pair with no rate yet: no made-up figure
    assert dialog.rate.placeholderText() == "JPY for one EUR"
