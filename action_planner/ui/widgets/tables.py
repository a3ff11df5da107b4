"""Shared set-up of the table views: rows as tall as a line of text, headers that fit their column."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
