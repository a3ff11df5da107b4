"""Translated names of the domain's closed vocabularies, and how money, numbers and dates are shown."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from action_planner.model.catalogue_language import language_of
from action_planner.model.enums import (
    LABELS,
    ActionStatus,
    IndicatorKind,
    InstrumentType,
    PlanStatus,
    Priority,
)
from action_planner.model.money import minor_digits

if TYPE_CHECKING:  # not imported to paint the glance: the sources import the views (tests/ui/test_first_paint.py)
    from action_planner.model.sources import SourceNames


class Labelled(Protocol):
    """A value of one of the model's enums: its English label is marked for translation in the model."""

    @property
    def label(self) -> str: ...


def label(value: Labelled) -> str:
    """The model's label of ``value`` in the user's language (e.g. "In progress" for ``ActionStatus.IN_PROGRESS``)."""
    return QCoreApplication.translate(LABELS, value.label)


def action_status(value: ActionStatus) -> str:
    return label(value)


def plan_status(value: PlanStatus) -> str:
    return label(value)


def priority(value: Priority) -> str:
    return label(value)


def funding_source(code: str, names: SourceNames) -> str:
    """A funding source of the workspace's list as the planner reads it: a built-in one in their language."""
    return names.name(code, _label_text)


def _label_text(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


def country(code: str, stored: str) -> str:
    """A region's country in the window's language ("Włochy" for ``IT`` in Polish); a name the workspace holds
    that is not the catalogue's English one (typed by someone) stays as it is."""
    from action_planner.model.regions import country_name_in  # here: the glance paints without it (6 ms)

    return country_name_in(code, language_of(QLocale().name()), stored)


def indicator_kind(value: IndicatorKind) -> str:
    return label(value)


def instrument_type(value: InstrumentType) -> str:
    return label(value)


def _localise(plain: str) -> str:
    """Swap Python's ``,`` grouping and ``.`` decimal point for the user's locale's."""
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return plain.replace(",", "\0").replace(".", point).replace("\0", group)


def editable_number(value: Decimal | None) -> str:
    """A figure as the user types it in their locale: every digit it has, no grouping, the locale's decimal
    point ("12500,50" in Polish, "12500.50" in English)."""
    return "" if value is None else format(value, "f").replace(".", QLocale().decimalPoint())


class NumberFormatError(ValueError):
    """Text typed with the user's locale's separators mixed up (the message says how to write it)."""


def typed_number(text: str) -> str:
    """What a user typed in their locale's way, as the model reads numbers: ``1.234,5`` in Italian and
    ``1 234,5`` in Polish become ``1234.5``; in a locale with a decimal point the text goes as typed (the
    model reads ``12,500.50``). Text that is no number in the locale's way is refused, never guessed:
    ``1.5`` in Italian could be one and a half or fifteen hundred."""
    locale = QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if point != ",":
        return text
    cleaned = text.strip()
    for space in (" ", "\u00a0", "\u202f", group if group.isspace() else ""):
        if space:
            cleaned = cleaned.replace(space, "")
    whole, comma, fraction = cleaned.partition(",")
    mixed = "," in fraction or "." in fraction
    if group == "." and "." in whole:
        mixed = mixed or re.fullmatch(r"[-+]?\d{1,3}(\.\d{3})+", whole) is None
        whole = whole.replace(".", "")
    elif "." in whole and comma:
        mixed = True
    if mixed:
        example = editable_number(Decimal("12500.50"))
        raise NumberFormatError(
            QCoreApplication.translate("Numbers", "Use a comma for decimals, for example %1.").replace("%1", example)
        )
    return whole + ("." + fraction if comma else "")


def money(amount: Decimal | None, currency: str = "", *, with_code: bool = False) -> str:
    """``1,234,567.89`` with the currency's minor digits (exact: no float on the way)."""
    if amount is None:
        return "—"
    digits = minor_digits(currency) if currency else 2
    text = _localise(format(amount, f",.{digits}f"))
    return f"{text} {currency}" if with_code and currency else text


def number(value: Decimal | None) -> str:
    """A KPI figure without trailing zeros ("121", "2.5")."""
    if value is None:
        return ""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return _localise(format(int(normal), ",d"))
    return _localise(format(normal, ",f"))


def percent(value: Decimal) -> str:
    """A share with one decimal place always, so that a column lines up, written as the exports write it in the
    window's language ("39,4%" in Italian and Polish, "39,4 %" in Spanish and Swedish); "39.4 %" in English."""
    exact = value.quantize(Decimal("0.1"))
    if _is_english(QLocale()):
        return _localise(format(exact, ",f")) + " %"
    from babel.numbers import format_percent

    locale, pattern = _percent_format(QLocale().name())
    return str(format_percent(exact / 100, pattern, locale=locale))


@cache
def _percent_format(name: str) -> tuple[Any, str]:
    """Babel's locale and its percent pattern with one decimal place (as the exports' formatter makes it)."""
    from babel import Locale

    locale = Locale.parse(name)
    return locale, locale.percent_formats[None].pattern.replace("0", "0.0", 1)


def _is_english(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.English, QLocale.Language.C, QLocale.Language.AnyLanguage)


def day(value: date | None) -> str:
    """A date as the window's language writes it with all four digits of the year: ``31/12/2029`` in Italian
    and Spanish, ``31.12.2029`` in Polish, ``2029-12-31`` in Swedish, and ISO in English (as it always was)."""
    if value is None:
        return ""
    locale = QLocale()
    if _is_english(locale):
        return value.isoformat()
    numeric = re.sub(r"y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), numeric)


def month(value: date) -> str:
    """A month as the window's language writes it in figures, the locale's short date without its day:
    ``01/2027`` in Italian and Spanish, ``01.2027`` in Polish, ``2027-01`` in Swedish and (ISO) in English."""
    locale = QLocale()
    if _is_english(locale):
        return value.strftime("%Y-%m")
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    without_day = re.sub(r"^d+[^dMy]*|[^dMy]*d+$|[^dMy]*d+(?=[^dMy])", "", short)
    numeric = re.sub(r"M+", "MM", re.sub(r"y+", "yyyy", without_day))
    return locale.toString(QDate(value.year, value.month, 1), numeric)


def timeframe(start: date | None, end: date | None) -> str:
    """``01/2027 – 01/2028`` in Italian, ``2027-01 – 2028-01`` in English (months are what planners read in a
    timeframe)."""
    if start is None and end is None:
        return ""
    left = month(start) if start else "…"
    right = month(end) if end else "…"
    return f"{left} – {right}"


def counted(text: str, n: int) -> str:
    """A count's message as ``tr("%n month(s)", "", n)`` returned it: translated, it has its plural forms;
    left in English (no translation is loaded for English), its "(s)" is resolved here for ``n``."""
    return text.replace("(s)", "" if n == 1 else "s")
