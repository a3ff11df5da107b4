"""The Totals dock at laptop size shows every name whole, on at most two lines, and every figure whole and
right-aligned: for a plan in another currency than the reporting one and for a plan in the same, in English
and in the two languages with the longest theme names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from action_planner.ui.main_window import MainWindow

#: A region's plan in each language's own currency (SEK, PLN: two currencies), and one in EUR (one currency).
PLANS = {"en": ["SE31", "ITH5"], "sv": ["SE31", "ITH5"], "pl": ["PL41", "ITH5"]}


def _drawn(table: QTableView, index: QModelIndex) -> tuple[QStyleOptionViewItem, list[tuple[str, float]], bool]:
    """How the cell's delegate lays its text out as Qt's styles draw it (``QCommonStyle::viewItemDrawText``):
    the option, each line with its width, and whether every line fits the text rectangle's width and height."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)  # the one that draws the text as the style does
    delegate.initStyleOption(option, index)
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table).adjusted(margin, 0, -margin, 0)
    wrap = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
    layout = QTextLayout(option.text, option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.ManualWrap)
    layout.setTextOption(text_option)
    lines, height = [], 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(area.width())
        lines.append((option.text[line.textStart() : line.textStart() + line.textLength()], line.naturalTextWidth()))
        height += line.height()
    layout.endLayout()
    fits = height <= area.height() and all(width <= area.width() for _text, width in lines)
    inside = option.rect.left() >= 0 and option.rect.right() < table.viewport().width()  # not scrolled out
    return option, lines, fits and inside


def _cut(table: QTableView) -> list[str]:
    """Each cell of ``table`` whose text is not shown whole, a name on more than two lines, a figure not at the
    right, each with what it shows and the room it has."""
    table.doItemsLayout()  # the columns and rows as the next paint lays them out
    model = table.model()
    problems = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            option, lines, fits = _drawn(table, index)
            where = f"{option.text!r} in {option.rect.width()}×{option.rect.height()} px, as {lines}"
            if not fits:
                problems.append(f"cut: {where}")
            if column == 0 and len(lines) > 2:
                problems.append(f"more than two lines: {where}")
            if column > 0 and not option.displayAlignment & Qt.AlignmentFlag.AlignRight:
                problems.append(f"not right-aligned: {where}")
    return problems


def _plan_of_region(window: MainWindow, code: str) -> int:
    services = window.document.services
    region = next(r for r in services.regions.list() if r.code == code)
    return next(p.id for p in services.plans.list() if p.region_id == region.id)


@pytest.mark.parametrize("speaking", list(PLANS), indirect=True)
def test_every_name_and_figure_of_the_totals_is_shown_whole_at_laptop_size(
    qtbot: QtBot, speaking: str, window: MainWindow
) -> None:
    assert (window.width(), window.height()) == (1366, 768)
    services = window.document.services
    currencies = set()
    problems = []
    for region in PLANS[speaking]:
        plan_id = _plan_of_region(window, region)
        currencies.add(services.plans.get(plan_id).currency)
        window.navigator.select_plan(plan_id)
        for page, table in enumerate(window.totals.tables):  # by theme, funding source and year
            window.totals.tabs.setCurrentIndex(page)
            qtbot.waitUntil(table.isVisible)
            assert table.model().rowCount() > 0
            problems += [f"{region}, {window.totals.tabs.tabText(page)}: {p}" for p in _cut(table)]
    assert services.rates.reporting_currency() == "EUR"
    assert len(currencies) == 2  # a plan in another currency than the reporting one, and one in the same
    assert problems == []
