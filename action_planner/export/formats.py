"""Amounts, numbers and dates written for a plan's currency and language (Babel), exact from Decimal."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal

from action_planner.export import captions
from action_planner.export.language import labels_for

#: A currency code or symbol written straight against the figure ("SEK17,762,344.88" in British English).
_TOUCHING = re.compile(r"(?<=[^\W\d])(?=\d)|(?<=\d)(?=[^\W\d])")


def _spaced(text: str) -> str:
    """``SEK 17,762,344.88`` for ``SEK17,762,344.88``: a no-break space between a code and the figure, so that the
    two read apart and never break over two lines (a symbol such as £ or € stays against the figure)."""
    return _TOUCHING.sub("\N{NO-BREAK SPACE}", text)


class Formatter:
    """Formats values for one locale, e.g. ``Formatter("it_IT").money(Decimal("1234.5"), "EUR")`` → 1.234,50 €.

    The locale is parsed once and each formatted value remembered: an export formats the same totals, years
    and months thousands of times, and Babel parses the locale again on every call given its name.
    """

    def __init__(self, locale: str) -> None:
        from babel import Locale

        self.locale = locale
        self._locale = Locale.parse(locale)
        self._percent_pattern = self._locale.percent_formats[None].pattern.replace("0", "0.0", 1)
        self._seen: dict[tuple[object, ...], str] = {}
        #: The plan document's captions in this locale's language, e.g. ``fmt.tr(captions.PART_III)``.
        self.tr = labels_for(locale)

    def money(self, amount: Decimal | None, currency: str) -> str:
        from babel.numbers import format_currency

        if amount is None:
            return captions.MISSING
        key = ("money", amount, currency)  # equal amounts round alike to the currency's digits
        text = self._seen.get(key)
        if text is None:
            text = self._seen[key] = _spaced(str(format_currency(amount, currency, locale=self._locale)))
        return text

    def number(self, value: Decimal | int | None) -> str:
        from babel.numbers import format_decimal

        if value is None:
            return captions.MISSING
        key = ("number", str(value))  # not the value: 10 and 10.0 are equal but shown as written
        text = self._seen.get(key)
        if text is None:
            text = self._seen[key] = str(format_decimal(value, locale=self._locale, decimal_quantization=False))
        return text

    def percent(self, share: Decimal) -> str:
        """``share`` is already a percentage (e.g. ``Decimal("12.5")``)."""
        from babel.numbers import format_percent

        key = ("percent", share)
        text = self._seen.get(key)
        if text is None:
            text = self._seen[key] = str(format_percent(share / 100, self._percent_pattern, locale=self._locale))
        return text

    def day(self, value: date | None, style: str = "medium") -> str:
        from babel.dates import format_date

        if value is None:
            return captions.MISSING
        key = ("day", value, style)
        text = self._seen.get(key)
        if text is None:
            text = self._seen[key] = str(format_date(value, style, locale=self._locale))
        return text

    def moment(self, value: datetime) -> str:
        """A stored UTC time shown in this computer's local time, e.g. "27 Nov 2026, 10:05"."""
        from babel.dates import format_date, format_time

        local = value.replace(tzinfo=UTC).astimezone()
        return f"{format_date(local, 'medium', locale=self.locale)}, {format_time(local, 'short', locale=self.locale)}"

    def month(self, value: date) -> str:
        """A month as the language writes it (CLDR's ``yMMMM``): "enero de 2027", "styczeń 2027", "January 2027"."""
        from babel.dates import format_skeleton

        key = ("month", value.year, value.month)
        text = self._seen.get(key)
        if text is None:
            text = self._seen[key] = str(format_skeleton("yMMMM", value, locale=self._locale))
        return text

    def period(self, start: date | None, end: date | None) -> str:
        """A timeframe such as "January 2027 – February 2028" (months are what plans reason in)."""
        if start is None and end is None:
            return self.tr(captions.NONE_GIVEN)
        first = self.month(start) if start else captions.MISSING
        last = self.month(end) if end else self.tr(captions.OPEN_ENDED)
        return f"{first} – {last}"

    def country(self, code: str, english: str) -> str:
        """The country's name in this locale's language (``Polska`` for ``PL`` in Polish); ``english`` in English."""
        from babel import Locale

        if self.tr.language == "en":
            return english
        territory = {"EL": "GR", "UK": "GB"}.get(code.upper(), code.upper())  # NUTS's own two codes
        return str(Locale.parse(self.locale).territories.get(territory, english))

    def language(self, code: str, in_language: str = "en") -> str:
        """The language's name in ``in_language``, English unless told: "Polish" for ``pl`` ("polacco" in Italian)."""
        from babel import Locale, UnknownLocaleError

        try:
            return str(Locale.parse(code).get_display_name(in_language) or code)
        except (ValueError, UnknownLocaleError):
            return code
