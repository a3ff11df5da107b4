"""Shared set-up of the table views and the table editors built on them (layout, Delete key, refusals)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the glance's table is made compact before the first paint; it needs none of these (2 ms)
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtGui import QAction


def compact(table: QTableView, *, wrap: bool = False) -> QTableView:
    """Rows one text line high (plus a little air), no row numbers; ``wrap`` lets long cells use two lines."""
    metrics = table.fontMetrics()
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(metrics.lineSpacing() + 8)
    if wrap:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(wrap)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return table


def editable_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A compact table over ``model`` whose cells are edited in place: one at a time, by double-click or typing."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return compact(table)


def stack_editor(
    owner: QWidget, table: QTableView, errors: QLabel, buttons: Sequence[QWidget], trailing: QWidget | None = None
) -> None:
    """Lay out a table editor: the table, the reasons for refused cells below it, then its buttons."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    if trailing is not None:
        row.addWidget(trailing)
    layout = QVBoxLayout(owner)
    layout.addWidget(table, 1)
    layout.addWidget(errors)
    layout.addLayout(row)


def on_delete_key(table: QTableView, text: str, slot: Callable[[], object]) -> QAction:
    """Run ``slot`` when Delete is pressed in ``table`` (listed under ``text`` for accessibility)."""
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(text, table)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    return action


def cell_problems(template: str, model: QAbstractItemModel, problems: Iterable[tuple[int, int, str]]) -> str:
    """One line per refused cell, from ``template`` with %1 row, %2 column title, %3 reason."""
    return "\n".join(
        template.replace("%1", str(row + 1))
        .replace("%2", str(model.headerData(column, QtCore.Qt.Orientation.Horizontal)))
        .replace("%3", message)
        for row, column, message in problems
    )
