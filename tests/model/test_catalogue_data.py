"""Consistency checks for the shipped intervention catalogue and indicator library."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest

from action_planner.resources import load_json

THEME_CODES = ["export", "partnership", "digitisation", "liveability"]
THEME_LETTERS = {
    "export": "C",
    "partnership": "P",
    "digitisation": "D",
    "liveability": "L",
}

# Every EU common indicator named in the project's domain notes.
ERDF_2021_2027 = [
    # outputs
    "RCO01",
    "RCO02",
    "RCO03",
    "RCO04",
    "RCO05",
    "RCO10",
    "RCO13",
    "RCO15",
    "RCO16",
    "RCO101",
    "RCO103",
    "RCO77",
    # Interreg outputs
    "RCO81",
    "RCO83",
    "RCO84",
    "RCO87",
    "RCO115",
    "RCO116",
    # results
    "RCR01",
    "RCR02",
    "RCR03",
    "RCR04",
    "RCR12",
    "RCR13",
    "RCR17",
    "RCR18",
    "RCR19",
    "RCR25",
    "RCR97",
    "RCR98",
    "RCR77",
    # Interreg results
    "RCR79",
    "RCR84",
    "RCR104",
]
ERDF_2014_2020 = ["CO01", "CO02", "CO04", "CO05"]

INTERVENTION_FIELDS: dict[str, tuple[type, ...]] = {
    "code": (str,),
    "name": (str,),
    "theme": (str,),
    "description": (str,),
    "duration_months_min": (int, type(None)),
    "duration_months_max": (int, type(None)),
    "cost_min": (str, type(None)),
    "cost_max": (str, type(None)),
    "cost_currency": (str, type(None)),
    "cost_facts": (str,),
    "source": (str,),
    "suggested_indicators": (list,),
}
INDICATOR_FIELDS = ("code", "name", "unit", "kind", "source", "description")


@pytest.fixture(scope="module")
def themes() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = load_json("catalogue", "themes.json")
    return data


@pytest.fixture(scope="module")
def indicators() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = load_json("catalogue", "indicators.json")
    return data


@pytest.fixture(scope="module")
def interventions() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = load_json("catalogue", "interventions.json")
    return data


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - reported by the assertion below
        pytest.fail(f"not a decimal string: {text!r}")
    assert value.is_finite()
    return value


# ---------------------------------------------------------------- themes


def test_four_themes_in_order(themes: list[dict[str, Any]]) -> None:
    assert [t["code"] for t in themes] == THEME_CODES
    for theme in themes:
        assert set(theme) == {"code", "name", "description"}
        assert isinstance(theme["name"], str)
        assert theme["name"].strip()
        assert isinstance(theme["description"], str)
        assert theme["description"].strip()
    assert len({t["description"] for t in themes}) == len(themes)


# ---------------------------------------------------------------- indicators


def test_indicator_fields_and_kinds(indicators: list[dict[str, Any]]) -> None:
    assert indicators, "indicator library is empty"
    for indicator in indicators:
        assert set(indicator) == set(INDICATOR_FIELDS), indicator.get("code")
        for field in INDICATOR_FIELDS:
            assert isinstance(indicator[field], str), (indicator["code"], field)
            assert indicator[field].strip(), (indicator["code"], field)
        assert indicator["kind"] in {"output", "result"}, indicator["code"]


def test_indicator_codes_unique(indicators: list[dict[str, Any]]) -> None:
    counts = Counter(i["code"] for i in indicators)
    assert [code for code, n in counts.items() if n > 1] == []


def test_every_erdf_indicator_present(indicators: list[dict[str, Any]]) -> None:
    by_code = {i["code"]: i for i in indicators}
    missing = [c for c in ERDF_2021_2027 + ERDF_2014_2020 if c not in by_code]
    assert missing == []
    for code in ERDF_2021_2027:
        assert "2021/1058" in by_code[code]["source"], code
        expected = "output" if code.startswith("RCO") else "result"
        assert by_code[code]["kind"] == expected, code
    for code in ERDF_2014_2020:
        assert "1301/2013" in by_code[code]["source"], code


def test_programme_specific_codes(indicators: list[dict[str, Any]]) -> None:
    eu_codes = set(ERDF_2021_2027) | set(ERDF_2014_2020)
    for indicator in indicators:
        code = indicator["code"]
        if code in eu_codes:
            continue
        assert re.fullmatch(r"EXP-[A-Z0-9]+", code), code
        assert len(code) <= 16, code
        assert "not an EU common indicator" in indicator["source"], code


def test_money_indicators_use_euro(indicators: list[dict[str, Any]]) -> None:
    for code in ("RCO13", "RCR02"):
        assert next(i for i in indicators if i["code"] == code)["unit"] == "euro"


# ---------------------------------------------------------------- interventions


def test_forty_interventions_with_unique_codes(
    interventions: list[dict[str, Any]],
) -> None:
    assert len(interventions) == 40
    codes = [i["code"] for i in interventions]
    assert len(set(codes)) == 40
    # Code = theme letter + the two-digit row number, rows in order.
    for row, item in enumerate(interventions, start=1):
        assert item["code"] == f"{THEME_LETTERS[item['theme']]}{row:02d}"


def test_every_theme_used(interventions: list[dict[str, Any]]) -> None:
    assert {i["theme"] for i in interventions} == set(THEME_CODES)


def test_intervention_fields_and_types(interventions: list[dict[str, Any]]) -> None:
    for item in interventions:
        assert set(item) == set(INTERVENTION_FIELDS), item.get("code")
        for field, types in INTERVENTION_FIELDS.items():
            value = item[field]
            # bool is an int subclass: never accept it for a duration
            assert not isinstance(value, bool), (item["code"], field)
            assert isinstance(value, types), (item["code"], field, value)
        for field in ("code", "name", "description", "cost_facts", "source"):
            assert item[field].strip(), (item["code"], field)
        assert item["theme"] in THEME_CODES


def test_durations(interventions: list[dict[str, Any]]) -> None:
    for item in interventions:
        low, high = item["duration_months_min"], item["duration_months_max"]
        for value in (low, high):
            assert value is None or value > 0, item["code"]
        if low is not None and high is not None:
            assert low <= high, item["code"]


def test_costs_parse_and_are_ordered(interventions: list[dict[str, Any]]) -> None:
    for item in interventions:
        low, high = item["cost_min"], item["cost_max"]
        values = [_decimal(v) for v in (low, high) if v is not None]
        assert all(v >= 0 for v in values), item["code"]
        if low is not None and high is not None:
            assert _decimal(low) <= _decimal(high), item["code"]
        currency = item["cost_currency"]
        if values:
            assert isinstance(currency, str), item["code"]
            assert re.fullmatch(r"[A-Z]{3}", currency), item["code"]
        else:
            assert currency is None, item["code"]


def test_suggested_indicators_exist(interventions: list[dict[str, Any]], indicators: list[dict[str, Any]]) -> None:
    known = {i["code"] for i in indicators}
    for item in interventions:
        suggested = item["suggested_indicators"]
        assert suggested, item["code"]
        assert all(isinstance(code, str) for code in suggested), item["code"]
        assert len(set(suggested)) == len(suggested), item["code"]
        assert [c for c in suggested if c not in known] == [], item["code"]


def test_descriptions_not_repeated(
    themes: list[dict[str, Any]],
    indicators: list[dict[str, Any]],
    interventions: list[dict[str, Any]],
) -> None:
    descriptions = [x["description"].strip() for x in (*themes, *indicators, *interventions)]
    assert all(descriptions)
    repeated = [d for d, n in Counter(descriptions).items() if n > 1]
    assert repeated == []
