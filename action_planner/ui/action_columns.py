"""The columns of a plan's actions table: their headers and cell texts, for the table and its start-up glance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView

from action_planner.model.enums import ActionStatus
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.ui import catalogue_texts, labels

NUMBER, TITLE, THEME, OWNER, TIMEFRAME, TOTAL, STATUS, KPIS = range(8)
#: Columns of figures, aligned right.
FIGURES = frozenset({NUMBER, TOTAL, KPIS})


class ActionRow(Protocol):
    """What a row needs: :class:`ActionView` and the glance's :class:`GlanceAction` both have it."""

    @property
    def number(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def theme(self) -> str: ...
    @property
    def theme_name(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def start_date(self) -> date | None: ...
    @property
    def end_date(self) -> date | None: ...
    @property
    def total(self) -> Decimal | None: ...
    @property
    def status(self) -> ActionStatus: ...
    @property
    def kpi_count(self) -> int: ...


#: The column headers in English, in column order (marked here for lupdate, translated by :func:`headers`).
HEADERS = (
    QT_TRANSLATE_NOOP("ActionsModel", "No."),
    QT_TRANSLATE_NOOP("ActionsModel", "Title"),
    QT_TRANSLATE_NOOP("ActionsModel", "Theme"),
    QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
    QT_TRANSLATE_NOOP("ActionsModel", "Timeframe"),
    QT_TRANSLATE_NOOP("ActionsModel", "Total"),
    QT_TRANSLATE_NOOP("ActionsModel", "Status"),
    QT_TRANSLATE_NOOP("ActionsModel", "KPIs"),
)


def headers() -> list[str]:
    return [QCoreApplication.translate("ActionsModel", name) for name in HEADERS]


def text(item: ActionRow, column: int, currency: str) -> str:
    """The cell text of ``column`` for ``item``; totals are in ``currency``, the plan's."""
    if column == TIMEFRAME:
        return labels.timeframe(item.start_date, item.end_date)
    if column == TOTAL:
        return labels.money(item.total, currency)
    if column == STATUS:
        return labels.action_status(item.status)
    if column == KPIS:
        return str(item.kpi_count)
    if column == THEME:
        return catalogue_texts.theme_name(item.theme, item.theme_name)
    return {NUMBER: str(item.number), TITLE: item.title, OWNER: item.owner}[column]


def size_columns(header: QHeaderView) -> None:
    """Figures fit their contents, the title takes the room left, theme and owner can be dragged wider."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    for column in (THEME, OWNER):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
