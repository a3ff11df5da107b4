"""The plain-number fast path accepts only what the full check accepts, and every number the workspace writes."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from action_planner.model.exact import STORED_PLACES, decimal_problem, plainly_stored

PARTS = ["", "0", "00", "1", "10", "999999999999999", "1000000000000000", "٣", "²", "+1", "-1", " 1", "1 ", "e3", "E-2"]
PLACES = ["", ".", ".0", ".5", ".50", "." + "1" * STORED_PLACES, "." + "1" * (STORED_PLACES + 1), ".٣", ".e1"]


@pytest.mark.parametrize("positive", [False, True])
def test_plain_is_never_more_lenient_than_the_full_check(positive: bool) -> None:
    checked = 0
    for whole, places in itertools.product(PARTS, PLACES):
        raw = whole + places
        if plainly_stored(raw, positive=positive):
            assert decimal_problem(raw, positive=positive) is None, raw
            checked += 1
    assert checked > 10


@pytest.mark.parametrize(
    "raw",
    [
        "-0",
        "-1.5",
        "NaN",
        "Infinity",
        "1e3",
        "1E-5",
        "١٢",
        "1000000000000000",
        "1." + "1" * (STORED_PLACES + 1),
        "",
        ".",
    ],
)
def test_what_the_full_check_must_see_is_not_plain(raw: str) -> None:
    assert not plainly_stored(raw)


@pytest.mark.parametrize("value", ["0", "0.00", "12.50", "999999999999999.9999999999", "1E-10", "100"])
def test_every_number_as_the_workspace_writes_it_is_plain(value: str) -> None:
    written = format(Decimal(value), "f")  # as stored.ExactDecimal.process_bind_param writes it
    assert plainly_stored(written)
    assert plainly_stored(written, positive=True) == (Decimal(value) != 0)


def test_non_text_is_left_to_the_full_check() -> None:
    assert not plainly_stored(5)
    assert not plainly_stored(b"5")
    assert not plainly_stored(True)
