"""Exact money: parsing what planners type, the rounding rule, and conversion through rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from action_planner.model.errors import ValidationError
from action_planner.model.money import (
    MissingRate,
    Rate,
    RateTable,
    check_currency,
    minor_digits,
    parse_amount,
    parse_rate,
    round_money,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12500", Decimal("12500.00")),
        ("12500.5", Decimal("12500.50")),
        ("12 500.50", Decimal("12500.50")),
        ("12,500.50", Decimal("12500.50")),
        ("1,234,567", Decimal("1234567.00")),
        ("0", Decimal("0.00")),
        (" 7.10 ", Decimal("7.10")),
    ],
)
def test_amounts_typed_by_planners_are_exact(text: str, expected: Decimal) -> None:
    amount = parse_amount(text, "EUR")
    assert amount == expected
    assert amount.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-5", "cannot be negative"),
        ("abc", "is not a number"),
        ("", "Enter an amount"),
        ("12,50", "Use a point for decimals"),
        ("1.005", "at most 2 decimal places"),
        ("NaN", "Enter an amount as a number"),
        ("Infinity", "Enter an amount as a number"),
        ("1e13", "too large"),
        (12.5, "not as a float"),
        (None, "Enter an amount as a number"),
    ],
)
def test_bad_amounts_are_refused_with_a_reason(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount(value, "EUR")
    assert message in refused.value.errors["amount"]


def test_currencies_have_their_own_minor_units() -> None:
    assert minor_digits("EUR") == 2
    assert minor_digits("JPY") == 0
    assert minor_digits("KWD") == 3
    assert parse_amount("1000", "JPY") == Decimal(1000)
    with pytest.raises(ValidationError):
        parse_amount("10.5", "JPY")


def test_currency_codes_are_checked_against_iso_4217() -> None:
    assert check_currency(" sek ") == "SEK"
    for bad in ("", "EURO", "XYZ", "€"):
        with pytest.raises(ValidationError):
            check_currency(bad)


def test_rounding_rule_is_half_up_to_the_cent() -> None:
    assert round_money(Decimal("0.125"), "EUR") == Decimal("0.13")
    assert round_money(Decimal("0.135"), "EUR") == Decimal("0.14")
    assert round_money(Decimal("-0.125"), "EUR") == Decimal("-0.13")


def test_conversion_uses_direct_inverse_and_cross_rates() -> None:
    table = RateTable.from_rates(
        [
            Rate("EUR", "SEK", Decimal("11.0180"), date(2026, 11, 1)),
            Rate("EUR", "SEK", Decimal("99"), date(2020, 1, 1)),  # older: ignored
            Rate("EUR", "PLN", Decimal("4.2385"), date(2026, 11, 1)),
        ]
    )
    assert table.convert(Decimal("100.00"), "EUR", "SEK") == Decimal("1101.80")
    assert table.convert(Decimal("1101.80"), "SEK", "EUR") == Decimal("100.00")
    assert table.convert(Decimal("1000.00"), "SEK", "PLN") == Decimal("384.69")
    with pytest.raises(MissingRate, match="No exchange rate from GBP to EUR"):
        table.convert(Decimal(1), "GBP", "EUR")


@pytest.mark.parametrize("bad", ["0", "-1", "x", 1.5, "1e12"])
def test_rates_must_be_positive_exact_numbers(bad: object) -> None:
    with pytest.raises(ValidationError):
        parse_rate(bad)


def test_the_currency_places_table_is_babels() -> None:
    """money.minor_digits reads a copy of Babel's CLDR places (so start-up needs no Babel data): same answers."""
    from babel.core import get_global
    from babel.numbers import get_currency_precision, list_currencies

    from action_planner.model import currency_digits

    fractions = get_global("currency_fractions")
    default = fractions["DEFAULT"][0]
    expected = {code: p[0] for code, p in sorted(fractions.items()) if code != "DEFAULT" and p[0] != default}
    table = "\n".join(f'    "{code}": {places},' for code, places in expected.items())
    assert (default, expected) == (currency_digits.DEFAULT, currency_digits.DIGITS), (
        f"Babel's data changed: set DEFAULT = {default} and DIGITS to\n{{\n{table}\n}}"
    )
    for code in sorted(list_currencies() | set(fractions) - {"DEFAULT"}):
        assert minor_digits(code) == get_currency_precision(code), code


def test_the_rates_in_force_are_the_latest_of_each_pair_the_later_entered_on_a_tie() -> None:
    entered = [
        Rate("EUR", "SEK", Decimal("11.2"), date(2026, 1, 1), id=1),
        Rate("EUR", "SEK", Decimal("11.4"), date(2026, 6, 1), id=3),
        Rate("EUR", "SEK", Decimal("11.3"), date(2026, 6, 1), id=2),
        Rate("PLN", "EUR", Decimal("0.23"), date(2026, 2, 1), id=4),
    ]
    table = RateTable.from_rates(entered)
    assert table.in_force_ids() == {3, 4}
    assert table.factor("EUR", "SEK") == Decimal("11.4")
