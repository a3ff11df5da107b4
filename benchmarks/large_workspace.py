"""Build the benchmarks' large workspace: N NUTS 2 regions, one plan each, M actions per plan, in seconds.

The rows are written with bulk inserts of the mapped tables inside one ``workspace.transaction()``:
going through the services would take minutes and measure nothing the benchmarks care about. The
content is realistic in shape: real region codes, owners and players from each region's organisations,
KPIs from the indicator library, budget lines in the plan's currency and in EUR, and EUR rates.

Run ``python benchmarks/large_workspace.py OUT.actionplan --regions 240 --actions 50`` to write one. Beyond the
real NUTS 2 regions of the countries drawn from (201 of them), further regions get synthetic codes of the same
shape (country code and two characters no NUTS 2 code uses, ``DEW1``), so any size can be built.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from action_planner.model.entities import (  # noqa: E402
    Action,
    ActionPlayer,
    BudgetLine,
    ExchangeRate,
    Indicator,
    Intervention,
    Kpi,
    Organisation,
    Person,
    Plan,
    Region,
    Theme,
)
from action_planner.model.enums import ActionStatus, FundingSource, PlanStatus, Priority  # noqa: E402
from action_planner.model.regions import RegionInfo, all_regions  # noqa: E402
from action_planner.model.workspace import Workspace  # noqa: E402

SEED = 2026
#: Plan currencies of the generated regions, and how many regions of each (the rest use EUR).
CURRENCY_OF = {"SE": "SEK", "PL": "PLN", "GB": "GBP"}
REGIONS_PER_CURRENCY = {"SEK": 8, "PLN": 10, "GBP": 10}
EURO_COUNTRIES = ("AT", "BE", "DE", "ES", "FI", "FR", "GR", "IE", "IT", "NL", "PT", "SI", "SK")
#: 1 EUR = rate, monthly accounting rates in the style of InforEuro.
RATES = {"SEK": "11.0180", "PLN": "4.2385", "GBP": "0.8712"}
STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DELAYED, ActionStatus.DONE)
ROLES = ("leads delivery", "co-finances", "recruits firms", "hosts events", "evaluates results")
WORDS = (
    "export",
    "coaching",
    "trade mission",
    "cluster",
    "digital",
    "marketplace",
    "talent",
    "investor",
    "brand",
    "voucher",
    "fair",
    "network",
)


def pick_regions(count: int, rng: random.Random) -> list[RegionInfo]:
    """``count`` NUTS 2 regions: some Swedish, Polish and British, the rest from euro countries; real ones
    first, then synthetic ones (see :func:`synthetic_regions`) once the real ones run out."""
    level2 = [r for r in all_regions() if r.level == 2]
    chosen: list[RegionInfo] = []
    for country, currency in CURRENCY_OF.items():
        pool = [r for r in level2 if r.country_code == country]
        wanted = min(len(pool), REGIONS_PER_CURRENCY[currency], count - len(chosen))
        chosen += rng.sample(pool, wanted)
    euro = [r for r in level2 if r.country_code in EURO_COUNTRIES]
    chosen += rng.sample(euro, min(len(euro), count - len(chosen)))
    if len(chosen) < count:
        real = [r for r in level2 if r.country_code in EURO_COUNTRIES or r.country_code in CURRENCY_OF]
        chosen += synthetic_regions(count - len(chosen), real, {r.code for r in all_regions()})
    return sorted(chosen, key=lambda r: r.code)


#: Third characters of synthetic codes: letters NUTS 2 codes hardly use (a code that is taken is skipped).
SYNTHETIC_LETTERS = "WXY"


def synthetic_regions(count: int, models: list[RegionInfo], taken: set[str]) -> list[RegionInfo]:
    """``count`` made-up NUTS 2 regions, each in the country of a real one taken in turn (``DEW1`` ...)."""
    countries = sorted({(r.code[:2], r.country_code, r.country_name, r.scheme) for r in models})
    made: list[RegionInfo] = []
    serial = 0
    while len(made) < count:
        prefix, country, country_name, scheme = countries[serial % len(countries)]
        round_ = serial // len(countries)
        letter, digit = SYNTHETIC_LETTERS[round_ // 36 % len(SYNTHETIC_LETTERS)], _base36(round_ % 36)
        code = f"{prefix}{letter}{digit}"
        serial += 1
        if code in taken:
            continue
        taken.add(code)
        made.append(RegionInfo(code, f"Synthetic region {code}", scheme, 2, country, country_name))
    return made


def _base36(value: int) -> str:
    return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[value]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _rows(
    regions: list[RegionInfo],
    *,
    actions: int,
    kpis: int,
    lines: int,
    themes: list[int],
    indicators: list[tuple[int, Any, str]],
    interventions: list[int],
    rng: random.Random,
) -> dict[type[Any], list[dict[str, Any]]]:
    """Every row to insert, by entity, with explicit ids so that children can point at their parents."""
    rows: dict[type[Any], list[dict[str, Any]]] = {
        kind: [] for kind in (Region, Plan, Organisation, Person, Action, ActionPlayer, Kpi, BudgetLine)
    }
    ids = dict.fromkeys(rows, 0)

    def add(entity: type[Any], /, **values: Any) -> int:
        ids[entity] += 1
        rows[entity].append({"id": ids[entity], **values})
        return ids[entity]

    for index, info in enumerate(regions):
        currency = CURRENCY_OF.get(info.country_code, "EUR")
        region = add(
            Region,
            code=info.code,
            name=info.name,
            scheme=info.scheme,
            level=info.level,
            country_code=info.country_code,
            country_name=info.country_name,
            position=index,
        )
        plan = add(
            Plan,
            region_id=region,
            title=f"{info.name}: international growth 2027-2030",
            project="Compete-In",
            partner_organisation=f"{info.name} Development Agency",
            other_partners="Chamber of Commerce\nUniversity",
            instrument_name=f"Regional programme {info.code} 2021-2027",
            contact_name="Planning team",
            contact_email=f"plans@{info.code.lower()}.example.eu",
            context=_sentence(rng, 40),
            currency=currency,
            status=PlanStatus.DRAFT,
        )
        organisations = [add(Organisation, name=f"{info.name} {kind} ({info.code})") for kind in ("Agency", "Chamber")]
        organisations += [add(Organisation, name=f"{info.code} partner {n}") for n in range(1, 4)]
        people = [
            add(Person, name=f"Officer {n} {info.code}", email="", organisation_id=organisations[0]) for n in (1, 2, 3)
        ]
        for position in range(actions):
            start = date(2027, 1, 1) + timedelta(days=rng.randrange(0, 700))
            action = add(
                Action,
                plan_id=plan,
                position=position,
                intervention_id=rng.choice(interventions) if rng.random() < 0.6 else None,
                title=_sentence(rng, 4)[:-1],
                theme_id=rng.choice(themes),
                background=_sentence(rng, 30),
                description=_sentence(rng, 60),
                owner_organisation_id=rng.choice(organisations),
                owner_person_id=rng.choice(people),
                start_date=start,
                end_date=start + timedelta(days=rng.randrange(90, 900)),
                status=rng.choice(STATUSES),
                priority=rng.choice(list(Priority)),
                impact=rng.randint(1, 5),
                effort=rng.randint(1, 5),
                pilot=position == 1,
                notes="",
            )
            for slot, organisation in enumerate(rng.sample(organisations, 2)):
                add(ActionPlayer, action_id=action, organisation_id=organisation, role=rng.choice(ROLES), position=slot)
            for slot, (indicator, kind, unit) in enumerate(rng.sample(indicators, kpis)):
                baseline = rng.randint(0, 50)
                add(
                    Kpi,
                    action_id=action,
                    position=slot,
                    indicator_id=indicator,
                    name="",
                    kind=kind,
                    unit=unit,
                    baseline=Decimal(baseline),
                    target=Decimal(baseline + rng.randint(5, 200)),
                    target_date=date(2030, 12, 31),
                    note="",
                )
            for slot in range(lines):
                in_euro = slot % 2 == 1
                scale = 1 if in_euro else int(Decimal(RATES.get(currency, "1")))
                add(
                    BudgetLine,
                    action_id=action,
                    position=slot,
                    amount=Decimal(rng.randrange(10_000, 400_000) * max(scale, 1)) + Decimal(rng.randrange(100)) / 100,
                    currency="EUR" if in_euro else currency,
                    funding_source=FundingSource.ERDF_INTERREG if in_euro else FundingSource.REGIONAL,
                    year=start.year + slot // 2,
                    note="",
                )
    return rows


def build_large(
    path: str | Path,
    *,
    regions: int = 50,
    actions: int = 40,
    kpis: int = 3,
    lines: int = 2,
    seed: int = SEED,
) -> Path:
    """Create the large workspace at ``path`` (which must not exist) and return its path."""
    rng = random.Random(seed)
    chosen = pick_regions(regions, rng)
    with Workspace.create(path) as workspace:
        with workspace.transaction() as session:
            themes = list(session.scalars(select(Theme.id).order_by(Theme.position)))
            indicators = [tuple(row) for row in session.execute(select(Indicator.id, Indicator.kind, Indicator.unit))]
            interventions = list(session.scalars(select(Intervention.id)))
            rows = _rows(
                chosen,
                actions=actions,
                kpis=kpis,
                lines=lines,
                themes=themes,
                indicators=indicators,  # type: ignore[arg-type]
                interventions=interventions,
                rng=rng,
            )
            for kind, values in rows.items():
                if values:
                    session.execute(insert(kind), values)
            session.execute(
                insert(ExchangeRate),
                [
                    {
                        "base": "EUR",
                        "quote": quote,
                        "rate": Decimal(rate),
                        "valid_on": date(2026, 11, 1),
                        "source": "demo",
                    }
                    for quote, rate in RATES.items()
                ],
            )
        return workspace.path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the benchmarks' large workspace.")
    parser.add_argument("path", type=Path, help="new .actionplan file")
    parser.add_argument("--regions", type=int, default=50, help="plans, one per NUTS 2 region")
    parser.add_argument("--actions", type=int, default=40, help="actions per plan")
    parser.add_argument("--kpis", type=int, default=3, help="KPIs per action")
    parser.add_argument("--lines", type=int, default=2, help="budget lines per action")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    path = build_large(
        args.path, regions=args.regions, actions=args.actions, kpis=args.kpis, lines=args.lines, seed=args.seed
    )
    size = path.stat().st_size / 1e6
    print(
        f"{path}: {args.regions} plans × {args.actions} actions, {size:.1f} MB in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
