"""Totals across currencies add up to the cent, however they are broken down."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from action_planner.cli import main
from action_planner.model.enums import FundingSource
from action_planner.model.money import Rate, RateTable
from action_planner.model.services import Services
from action_planner.model.totals import LineFact, compute_totals


def test_demo_totals_agree_every_way_in_plan_and_reporting_currency(demo: Services) -> None:
    for plan in demo.plans.list():
        totals = demo.budget.plan_totals(plan.id)
        assert totals.plan is not None, totals.problem
        assert totals.reporting is not None, totals.problem
        actions = demo.actions.list(plan.id)
        for figures in (totals.plan, totals.reporting):
            assert figures.total == sum(figures.by_theme.values())
            assert figures.total == sum(figures.by_source.values())
            assert figures.total == sum(figures.by_year.values())
            assert figures.total == sum(figures.by_action.values())
            assert figures.total.as_tuple().exponent == -2
        assert totals.plan.total == sum(a.total for a in actions if a.total is not None)
        rates = RateTable.from_rates([Rate(r.base, r.quote, r.rate, r.valid_on) for r in demo.rates.list()])
        by_line = sum(
            rates.convert(line.amount, line.currency, plan.currency) for a in actions for line in a.budget_lines
        )
        assert totals.plan.total == by_line


def test_mixed_currency_plan_converts_each_line_once(services: Services) -> None:
    region = services.regions.add("PL41")
    plan = services.plans.add(region.id, "Wielkopolska")
    services.rates.set("EUR", "PLN", "4.2385", "2026-11-01")
    services.rates.set("EUR", "SEK", "11.0180", "2026-11-01")
    action = services.actions.add(plan.id, "Fair", "export")
    services.budget.add(action.id, "1000.00", currency="PLN", funding_source="regional", year=2027)
    services.budget.add(action.id, "0.01", currency="EUR", funding_source="erdf_interreg", year=2027)
    services.budget.add(action.id, "333.33", currency="SEK", funding_source="private", year=2028)
    totals = services.budget.plan_totals(plan.id)
    assert totals.plan is not None
    assert totals.reporting is not None
    # 0.01 EUR = 0.042385 PLN -> 0.04; 333.33 SEK -> 128.23 PLN (via EUR); each rounded before adding.
    assert totals.plan.by_source[FundingSource.ERDF_INTERREG] == Decimal("0.04")
    assert totals.plan.by_source[FundingSource.PRIVATE] == Decimal("128.23")
    assert totals.plan.total == Decimal("1128.27")
    # 1000 PLN = 235.93 EUR, 333.33 SEK = 30.25 EUR: the reporting total adds rounded lines too.
    assert totals.reporting.total == Decimal("235.93") + Decimal("0.01") + Decimal("30.25")
    assert totals.plan.by_year == {2027: Decimal("1000.04"), 2028: Decimal("128.23")}


def test_a_missing_rate_is_reported_not_guessed(services: Services) -> None:
    region = services.regions.add("UKE4")
    plan = services.plans.add(region.id, "WY")
    action = services.actions.add(plan.id, "Fair", "export")
    services.budget.add(action.id, "10", currency="GBP", year=2027)
    totals = services.budget.plan_totals(plan.id)
    assert totals.plan is not None
    assert totals.plan.total == Decimal("10.00")
    assert totals.reporting is None
    assert "No exchange rate from GBP to EUR" in totals.problem


amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            amounts,
            st.sampled_from(["EUR", "SEK", "PLN", "GBP"]),
            st.sampled_from(list(FundingSource)),
            st.sampled_from(["export", "partnership", "digitisation", "liveability"]),
            st.integers(2026, 2030),
        ),
        max_size=40,
    )
)
def test_breakdowns_always_sum_to_the_total(lines: list[tuple[Decimal, str, FundingSource, str, int]]) -> None:
    rates = RateTable.from_rates(
        [
            Rate("EUR", q, Decimal(r), date(2026, 11, 1))
            for q, r in (("SEK", "11.018"), ("PLN", "4.2385"), ("GBP", "0.8712"))
        ]
    )
    facts = [
        LineFact(n % 7, theme, source, year, amount, currency)
        for n, (amount, currency, source, theme, year) in enumerate(lines)
    ]
    for currency in ("EUR", "SEK", "GBP"):
        totals = compute_totals(facts, currency, rates, themes=["export", "partnership", "digitisation", "liveability"])
        assert totals.total == sum(totals.by_theme.values()) == sum(totals.by_source.values())
        assert (
            totals.total
            == sum(totals.by_year.values(), Decimal("0.00"))
            == sum(totals.by_action.values(), Decimal("0.00"))
        )


def test_demo_then_info_json_gives_consistent_totals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.actionplan"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["reporting_currency"] == "EUR"
    assert report["catalogue"]["interventions"] == 40
    assert set(report["catalogue"]["by_theme"]) == {
        "Core export support",
        "Partnership working",
        "Digitisation and technology",
        "Liveability and place",
    }
    assert [r["code"] for r in report["regions"]] == ["ITH5", "ES52", "SE31", "PL41", "PL22", "UKE4"]
    currencies = {r["code"]: r["plans"][0]["currency"] for r in report["regions"]}
    assert currencies == {"ITH5": "EUR", "ES52": "EUR", "SE31": "SEK", "PL41": "PLN", "PL22": "PLN", "UKE4": "GBP"}
    reporting_sum = Decimal(0)
    for region in report["regions"]:
        (plan,) = region["plans"]
        assert 5 <= len(plan["actions"]) <= 8
        total = Decimal(plan["total"])
        assert total == sum(Decimal(a["total"]) for a in plan["actions"])
        assert total == sum(Decimal(v) for v in plan["by_theme"].values())
        assert total == sum(Decimal(v) for v in plan["by_funding_source"].values())
        assert sum(1 for v in plan["by_funding_source"].values() if Decimal(v) > 0) >= 3
        assert all(a["kpis"] >= 1 and a["budget_lines"] >= 2 for a in plan["actions"])
        reporting_sum += Decimal(plan["total_reporting"])
    assert reporting_sum > 0


def test_info_on_a_bad_file_exits_non_zero_with_the_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.actionplan"
    bad.write_text("not a workspace")
    assert main(["info", str(bad), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"Cannot open “{bad}”" in captured.err
    assert "not a SQLite database" in captured.err
