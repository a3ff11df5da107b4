"""Shares of a whole, rounded once by largest remainder so that the shares shown add up to exactly 100 %."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_FLOOR, Decimal
from typing import TypeVar

K = TypeVar("K")


def percent_shares(amounts: Mapping[K, Decimal], places: int = 0) -> dict[K, Decimal]:
    """Each positive amount's share of their sum in percent, to ``places`` decimals, adding up to 100.

    Every share is first rounded down; the units still missing go, one each, to the largest remainders
    (ties to the larger amount, then to the first listed). Amounts of zero or less get no share.
    """
    parts = {key: amount for key, amount in amounts.items() if amount > 0}
    whole = sum(parts.values(), Decimal(0))
    if whole <= 0:
        return {}
    units = 100 * 10**places  # e.g. tenths of a percent
    exact = {key: amount * units / whole for key, amount in parts.items()}
    floors = {key: int(value.to_integral_value(rounding=ROUND_FLOOR)) for key, value in exact.items()}
    missing = units - sum(floors.values())
    order = sorted(parts, key=lambda key: (exact[key] - floors[key], parts[key]), reverse=True)
    for key in order[:missing]:
        floors[key] += 1
    step = Decimal(1).scaleb(-places)
    return {key: (Decimal(floors[key]) * step).quantize(step) for key in parts}
