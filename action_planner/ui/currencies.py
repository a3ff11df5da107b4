"""The currency codes offered in the app's lists: the common ones first, then every ISO 4217 code."""

from __future__ import annotations

#: Offered first in the currency lists: the euro and the currencies of the regions that use the app most.
FIRST_CURRENCIES = ("EUR", "GBP", "SEK", "PLN")


def currency_codes() -> list[str]:
    """EUR, GBP, SEK, PLN, then every other ISO 4217 code Babel knows, alphabetically."""
    from babel.numbers import list_currencies

    return [*FIRST_CURRENCIES, *sorted(set(list_currencies()) - set(FIRST_CURRENCIES))]
