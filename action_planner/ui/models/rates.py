"""Exchange rates of the workspace or of one plan, by pair then date, with the rate in force marked."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QFont

from action_planner.model.money import RateTable
from action_planner.model.views import RateView
from action_planner.ui import labels
from action_planner.ui.models.rows import RowsModel

PAIR, VALID_FROM, SOURCE, STATUS = range(4)


def rate_text(rate: Decimal) -> str:
    """The rate with the digits it was given ("11.0180"; "11,0180" where the locale has a decimal comma)."""
    return labels.editable_number(rate)


def currency_name(code: str) -> str:
    """A currency's name ("Swedish Krona" for SEK), in the user's language where Babel has it, else English."""
    return _currency_name(code, QLocale().name())


@cache
def _currency_name(code: str, locale_name: str) -> str:
    """Remembered per locale too, so that a window in another language (a test's) never gets another's names."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_currency_name

    try:
        locale = Locale.parse(locale_name)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return str(get_currency_name(code, locale=locale)) or code


class RatesModel(RowsModel[RateView]):
    """One row per stored rate; the latest rate of each pair is the one totals use ("in force")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Rate"), self.tr("Valid from"), self.tr("Source"), self.tr("Status"))
        self._in_force: frozenset[int] = frozenset()

    def set_rates(self, rates: Iterable[RateView]) -> None:
        ordered = sorted(rates, key=lambda r: (r.base, r.quote, r.valid_on, r.id))
        self._in_force = RateTable.from_rates([r.as_rate() for r in ordered]).in_force_ids()
        self.replace(ordered)

    def cell(self, item: RateView, column: int, role: int) -> Any:
        current = item.id in self._in_force
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column, current)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column, current)
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: RateView, column: int, current: bool) -> str:
        if column == PAIR:
            return self._pair(item, item.base, item.quote)
        if column == VALID_FROM:
            return labels.day(item.valid_on)
        if column == SOURCE:
            return item.source
        return self.tr("In force") if current else self.tr("Earlier")

    def _pair(self, item: RateView, base: str, quote: str) -> str:
        text = self.tr("1 %1 = %2 %3")
        return text.replace("%1", base).replace("%2", rate_text(item.rate)).replace("%3", quote)

    def _tooltip(self, item: RateView, column: int, current: bool) -> str | None:
        if column == PAIR:
            return self._pair(item, currency_name(item.base), currency_name(item.quote))
        if column == SOURCE:
            return item.source or None
        if column == STATUS and current:
            text = self.tr("The latest rate for %1 → %2: totals use it.")
            return text.replace("%1", item.base).replace("%2", item.quote)
        if column == STATUS:
            return self.tr("Kept as history: a later rate for the pair is in force.")
        return None
