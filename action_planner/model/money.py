"""Exact money: parsing, currency checks, conversion and the one rounding rule."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from functools import cache
from typing import NamedTuple

from action_planner.model.currency_digits import DEFAULT, DIGITS
from action_planner.model.errors import ValidationError
from action_planner.model.exact import significant_places
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate

#: The rounding rule, stated once: every amount is rounded to its currency's minor unit,
#: half away from zero ("commercial rounding"), as soon as it is entered or converted.
#: Totals add rounded amounts, so every total equals the sum of its parts to the cent.
ROUNDING = ROUND_HALF_UP

#: Largest amount accepted for one budget line (a sanity bound, not a policy).
MAX_AMOUNT = Decimal("1000000000000")

#: Decimal places of an exchange rate (InforEuro publishes 4; central banks up to 6).
RATE_PLACES = 10

#: Rates and intermediate products are computed at this precision before rounding.
_CONVERSION = Context(prec=34, rounding=ROUNDING)

ZERO = Decimal(0)


@cache
def _babel_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def is_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code (e.g. ``"EUR"``)."""
    return isinstance(code, str) and len(code) == 3 and code.upper() == code and code in _babel_currencies()


def check_currency(code: str, field: str = "currency") -> str:
    """Return the normalised currency code, or refuse it with a planner's message."""
    normalised = (code or "").strip().upper()
    if not normalised:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Choose a currency."))})
    if not is_currency(normalised):
        raise ValidationError(
            {
                field: Message(
                    QT_TRANSLATE_NOOP("Model", "“%1” is not an ISO 4217 currency code (for example %2)."),
                    code,
                    "EUR, GBP, SEK, PLN",
                )
            }
        )
    return normalised


def minor_digits(currency: str) -> int:
    """Number of decimal places of ``currency`` (2 for EUR, 0 for JPY, 3 for KWD), as Babel gives them."""
    return DIGITS.get(currency, DEFAULT)


def quantum(currency: str) -> Decimal:
    """Smallest unit of ``currency`` as a Decimal exponent (``Decimal("0.01")`` for EUR)."""
    return Decimal(1).scaleb(-minor_digits(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Apply :data:`ROUNDING` to ``amount`` for ``currency``."""
    return amount.quantize(quantum(currency), rounding=ROUNDING)


def parse_amount(value: object, currency: str, field: str = "amount", *, allow_negative: bool = False) -> Decimal:
    """Turn user input into an exact amount in ``currency``, or refuse it clearly.

    Accepts Decimal, int and text such as ``"12500"``, ``"12 500.50"`` or ``"12,500.50"``.
    Floats are refused: they cannot hold cents exactly.
    """
    if isinstance(value, (bool, float)):
        raise ValidationError(
            {
                field: Message(
                    QT_TRANSLATE_NOOP("Model", "Amounts must be exact; enter the figure as text, not as a float.")
                )
            }
        )
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        amount = _parse_text(value, field)
    else:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Enter an amount as a number, for example 12500.00."))}
        )
    if not amount.is_finite():
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Enter an amount as a number, for example 12500.00."))}
        )
    if amount.is_signed() and any(amount.as_tuple().digits) and not allow_negative:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "An amount cannot be negative."))})
    if amount.adjusted() > MAX_AMOUNT.adjusted() or amount.copy_abs() > MAX_AMOUNT:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "That amount is too large (the limit is one trillion)."))}
        )
    digits = minor_digits(currency)
    if significant_places(amount) > digits:
        if digits == 0:
            refusal = Message(QT_TRANSLATE_NOOP("Model", "%1 amounts are in whole units."), currency)
        else:
            refusal = Message(
                translate("Model", "%1 amounts have at most %n decimal place(s).", None, 1), currency, n=digits
            )
        raise ValidationError({field: refusal})
    if not any(amount.as_tuple().digits):
        amount = Decimal(0)  # also turns "-0" and "0E+99" into a plain zero
    return round_money(amount, currency)


def _parse_text(text: str, field: str) -> Decimal:
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "")
    if not cleaned:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Enter an amount."))})
    if "," in cleaned:
        whole, _, rest = cleaned.partition(".")
        groups = whole.lstrip("-").split(",")
        well_grouped = all(len(g) == 3 and g.isdigit() for g in groups[1:]) and 1 <= len(groups[0]) <= 3
        if not well_grouped:
            raise ValidationError(
                {field: Message(QT_TRANSLATE_NOOP("Model", "Use a point for decimals, for example 12500.50."))}
            )
        cleaned = whole.replace(",", "") + ("." + rest if rest or "." in cleaned else "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "“%1” is not a number."), text.strip()[:40])}
        ) from None


def parse_rate(value: object, field: str = "rate") -> Decimal:
    """A positive exchange rate, exact."""
    if isinstance(value, bool | float):
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Enter the rate as text, for example 11.2345."))}
        )
    try:
        rate = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "The rate must be a number, for example 11.2345."))}
        ) from None
    if not rate.is_finite() or not any(rate.as_tuple().digits) or rate.is_signed():
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "The rate must be a positive number."))})
    if not -9 <= rate.adjusted() < 9:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "That rate is out of any plausible range."))})
    if significant_places(rate) > RATE_PLACES:
        raise ValidationError(
            {
                field: Message(
                    translate("Model", "Give the rate with at most %n decimal place(s).", None, 1), n=RATE_PLACES
                )
            }
        )
    return rate


class Rate(NamedTuple):
    """One quoted rate: 1 ``base`` = ``rate`` ``quote``, valid from ``valid_on``. (A named tuple: the window's
    glance reads the rates before its first paint, and a frozen dataclass takes ten times as long to make.)"""

    base: str
    quote: str
    rate: Decimal
    valid_on: date
    id: int | None = None  # the stored rate it came from, when it came from the workspace


class MissingRate(LookupError):
    """No rate (direct, inverse, or through EUR) links two currencies."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Model", "No exchange rate from %1 to %2: add one under Plan ▸ Exchange Rates."),
                source,
                target,
            )
        )
        self.source = source
        self.target = target


class RateTable:
    """The latest known rate for each currency pair, with inverse and cross-via-EUR lookups."""

    PIVOT = "EUR"

    def __init__(self, rates: Mapping[tuple[str, str], Rate] | None = None) -> None:
        self._rates: dict[tuple[str, str], Rate] = dict(rates or {})

    @classmethod
    def from_rates(cls, rates: list[Rate]) -> RateTable:
        """Keep the most recent rate for each pair; of two on the same day, the later entered (higher id) wins,
        or the later in ``rates`` when they carry no id."""
        latest: dict[tuple[str, str], Rate] = {}
        for rate in sorted(rates, key=lambda r: (r.valid_on, r.id or 0)):
            key = (rate.base, rate.quote)
            if key not in latest or rate.valid_on >= latest[key].valid_on:
                latest[key] = rate
        return cls(latest)

    @classmethod
    def for_plan(cls, rates: Iterable[tuple[int | None, Rate]], plan_id: int | None) -> RateTable:
        """The workspace's rates (plan None) with ``plan_id``'s own laid over them; ``rates`` come as
        (plan id, rate) in the order they were entered (by date, then id)."""
        entered = list(rates)
        workspace = [rate for owner, rate in entered if owner is None]
        own = [rate for owner, rate in entered if plan_id is not None and owner == plan_id]
        return cls.layered(workspace, own)

    @classmethod
    def layered(cls, base: list[Rate], overrides: list[Rate]) -> RateTable:
        """The latest ``base`` rates, with any pair in ``overrides`` (either direction) replaced by it."""
        merged = dict(cls.from_rates(base)._rates)
        for (source, target), rate in cls.from_rates(overrides)._rates.items():
            merged.pop((target, source), None)
            merged[(source, target)] = rate
        return cls(merged)

    def factor(self, source: str, target: str) -> Decimal:
        """Multiplier turning an amount in ``source`` into ``target`` (unrounded)."""
        if source == target:
            return Decimal(1)
        direct = self._direct(source, target)
        if direct is not None:
            return direct
        if self.PIVOT not in (source, target):
            to_pivot = self._direct(source, self.PIVOT)
            from_pivot = self._direct(self.PIVOT, target)
            if to_pivot is not None and from_pivot is not None:
                return _CONVERSION.multiply(to_pivot, from_pivot)
        raise MissingRate(source, target)

    def _direct(self, source: str, target: str) -> Decimal | None:
        if (rate := self._rates.get((source, target))) is not None:
            return rate.rate
        if (rate := self._rates.get((target, source))) is not None:
            return _CONVERSION.divide(Decimal(1), rate.rate)
        return None

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal:
        """``amount`` in ``source`` as ``target``, rounded by :data:`ROUNDING`."""
        if source == target:
            return round_money(amount, target)
        return round_money(_CONVERSION.multiply(amount, self.factor(source, target)), target)

    def rates(self) -> list[Rate]:
        """The rates in force, sorted by pair."""
        return sorted(self._rates.values(), key=lambda r: (r.base, r.quote))

    def in_force_ids(self) -> frozenset[int]:
        """The ids of the stored rates this table converts with (one per pair)."""
        return frozenset(r.id for r in self._rates.values() if r.id is not None)


def money_str(amount: Decimal, currency: str) -> str:
    """Plain decimal string with the currency's digits, e.g. ``"12500.00"`` (for JSON and CSV)."""
    return format(round_money(amount, currency), "f")
