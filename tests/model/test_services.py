"""Every service operation, every refusal, and that a refusal changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from action_planner.model.changes import Change
from action_planner.model.enums import ActionStatus, FundingSource, IndicatorKind, InstrumentType, PlanStatus
from action_planner.model.errors import NotFoundError, ValidationError
from action_planner.model.services import Services


def state(services: Services) -> Any:
    """Everything a planner could see, to prove that a refused change left it all alone."""
    plans = services.plans.list()
    return (
        services.regions.list(),
        plans,
        [services.actions.list(p.id) for p in plans],
        services.organisations.list(),
        services.rates.list(),
        services.catalogue.export_rows(),
    )


@pytest.fixture
def plan(services: Services) -> Any:
    region = services.regions.add("UKE4")
    return services.plans.add(region.id, "West Yorkshire plan")


def refused(services: Services, call: Callable[[], object], field: str, words: str) -> ValidationError:
    before = state(services)
    with pytest.raises(ValidationError) as caught:
        call()
    assert field in caught.value.errors, caught.value.errors
    assert words in caught.value.errors[field]
    assert state(services) == before
    return caught.value


# -- regions and plans ---------------------------------------------------------------------


def test_regions_come_from_offline_data_and_are_unique(services: Services) -> None:
    region = services.regions.add("ith5")
    assert (region.code, region.name, region.level, region.country_code) == ("ITH5", "Emilia-Romagna", 2, "IT")
    refused(services, lambda: services.regions.add("ITH5"), "code", "already in this workspace")
    refused(services, lambda: services.regions.add("ZZ99"), "code", "is not a NUTS or ISO")
    assert services.regions.rename(region.id, "Emilia-Romagna (IT)").name == "Emilia-Romagna (IT)"
    refused(services, lambda: services.regions.rename(region.id, "  "), "name", "cannot be empty")


def test_plan_defaults_to_the_region_currency_and_takes_every_field(services: Services) -> None:
    gavle = services.regions.add("SE31")
    plan = services.plans.add(gavle.id, "Gävleborg plan")
    assert (plan.currency, plan.project, plan.status) == ("SEK", "Compete-In", PlanStatus.DRAFT)
    updated = services.plans.update(
        plan.id,
        partner_organisation="Gävle kommun",
        other_partners="Region Gävleborg",
        instrument_type="Other regional development policy instrument",
        instrument_name="Regional strategy 2030",
        contact_name="Anna",
        contact_email="anna@example.se",
        contact_phone="+46 26 000",
        context="Forest and steel.\nTalent is scarce.",
        language="sv",
        english_summary="Summary",
        status="endorsed",
        endorsement_date="2026-06-30",
        signatory="Director",
    )
    assert updated.instrument_type is InstrumentType.OTHER
    assert updated.endorsement_date == date(2026, 6, 30)
    assert updated.context == "Forest and steel.\nTalent is scarce."
    assert services.plans.get(plan.id) == updated


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"title": ""}, "title", "cannot be empty"),
        ({"title": "x" * 301}, "title", "too long"),
        ({"currency": "EURO"}, "currency", "not an ISO 4217"),
        ({"contact_email": "anna at example"}, "contact_email", "e-mail"),
        ({"status": "approved"}, "status", "is not one of"),
        ({"language": "xx-YY-ZZ"}, "language", "not a language"),
        ({"endorsement_date": "31/06/2026"}, "endorsement_date", "not a date"),
        ({"nonsense": 1}, "nonsense", "cannot be edited"),
    ],
)
def test_plan_refusals(services: Services, plan: Any, values: dict[str, object], field: str, words: str) -> None:
    refused(services, lambda: services.plans.update(plan.id, **values), field, words)


def test_deleting_a_region_takes_its_plans_and_restore_brings_all_back(demo: Services) -> None:
    before = state(demo)
    region = demo.regions.list()[0]
    snapshot = demo.regions.delete(region.id)
    assert region.code not in [r.code for r in demo.regions.list()]
    assert all(p.region_id != region.id for p in demo.plans.list())
    demo.regions.restore(snapshot)
    assert state(demo) == before


def test_deleting_a_plan_is_undoable(demo: Services) -> None:
    before = state(demo)
    plan = demo.plans.list()[2]
    snapshot = demo.plans.delete(plan.id)
    assert plan.id not in [p.id for p in demo.plans.list()]
    demo.plans.restore(snapshot)
    assert state(demo) == before


# -- actions ------------------------------------------------------------------------------


def test_adding_from_an_intervention_prefills_theme_kpis_and_a_budget_hint(services: Services, plan: Any) -> None:
    item = next(i for i in services.catalogue.interventions() if i.code == "D20")
    services.rates.set("EUR", "GBP", "0.8712", "2026-11-01")
    action = services.actions.add_from_intervention(plan.id, item.id, year=2026)
    assert (action.title, action.theme, action.intervention_code) == (item.name, "digitisation", "D20")
    assert [k.code for k in action.kpis] == list(item.suggested)
    assert action.description == item.description
    assert action.start_date == date(2027, 1, 1)
    assert action.end_date is not None
    assert action.end_date > action.start_date
    (hint,) = action.budget_lines
    assert hint.currency == "GBP"  # converted into the plan's currency
    assert "Catalogue estimate" in hint.note


def test_budget_hint_is_skipped_without_a_rate_and_converted_with_one(services: Services, plan: Any) -> None:
    item = next(i for i in services.catalogue.interventions() if i.code == "C02")
    assert item.cost_currency == "EUR"
    without = services.actions.add_from_intervention(plan.id, item.id)
    assert without.budget_lines == ()
    services.rates.set("EUR", "GBP", "0.8712", "2026-11-01")
    assert item.cost_min is not None
    assert item.cost_max is not None
    midpoint = (item.cost_min + item.cost_max) / 2
    hinted = services.actions.add_from_intervention(plan.id, item.id)
    assert hinted.budget_lines[0].amount == (midpoint * Decimal("0.8712")).quantize(Decimal("0.01"))


def test_custom_action_with_every_field(services: Services, plan: Any) -> None:
    action = services.actions.add(
        plan.id,
        "Export week",
        "export",
        background="Seen in Gävle",
        description="A week of events",
        owner_organisation="Wakefield Council",
        owner_person="Sarah Thompson",
        owner_email="sarah@example.gov.uk",
        start_date="2027-03-01",
        end_date=date(2027, 3, 31),
        status="in progress",
        priority="high",
        impact=4,
        effort="2",
        pilot=True,
        notes="Ask the chamber",
    )
    assert action.owner == "Wakefield Council (Sarah Thompson)"
    assert action.owner_email == "sarah@example.gov.uk"
    assert (action.status, action.impact, action.effort, action.pilot) == (ActionStatus.IN_PROGRESS, 4, 2, True)
    with_players = services.actions.set_players(
        action.id, [("Leeds Beckett University", "evaluates"), ("Wakefield Council", "leads"), ("", "ignored")]
    )
    assert [(p.organisation, p.role) for p in with_players.players] == [
        ("Leeds Beckett University", "evaluates"),
        ("Wakefield Council", "leads"),
    ]
    assert {o.name for o in services.organisations.list()} == {"Wakefield Council", "Leeds Beckett University"}


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"title": "   "}, "title", "cannot be empty"),
        ({"theme": "tourism"}, "theme", "is not a theme"),
        ({"start_date": "2027-05-01", "end_date": "2027-04-30"}, "end_date", "before the start"),
        ({"end_date": "2020-01-01"}, "end_date", "before the start"),
        ({"impact": 6}, "impact", "1 to 5"),
        ({"effort": "lots"}, "effort", "1 to 5"),
        ({"status": "finished"}, "status", "is not one of"),
        ({"owner_email": "not-an-address", "owner_person": "X"}, "owner_email", "e-mail"),
    ],
)
def test_action_refusals(services: Services, plan: Any, values: dict[str, object], field: str, words: str) -> None:
    action = services.actions.add(plan.id, "Mission", "export", start_date="2027-01-01", end_date="2027-12-31")
    refused(services, lambda: services.actions.update(action.id, **values), field, words)


def test_reorder_duplicate_delete_and_restore_keep_numbers_contiguous(services: Services, plan: Any) -> None:
    ids = [services.actions.add(plan.id, f"A{n}", "export").id for n in range(4)]
    services.actions.move(ids[3], 0)
    assert [a.title for a in services.actions.list(plan.id)] == ["A3", "A0", "A1", "A2"]
    refused(services, lambda: services.actions.move(ids[0], 9), "position", "from 1 to 4")
    services.budget.add(ids[1], "100", year=2027)
    services.kpis.add(ids[1], indicator="RCO01", target="10")
    copy = services.actions.duplicate(ids[1])
    listed = services.actions.list(plan.id)
    assert [a.title for a in listed] == ["A3", "A0", "A1", "A1 (copy)", "A2"]
    assert [a.number for a in listed] == [1, 2, 3, 4, 5]
    assert copy.budget_lines[0].amount == Decimal("100.00")
    assert copy.kpis[0].code == "RCO01"
    before = state(services)
    snapshot = services.actions.delete(ids[0])
    assert [a.number for a in services.actions.list(plan.id)] == [1, 2, 3, 4]
    services.actions.restore(snapshot)
    assert state(services) == before


def test_missing_things_are_reported_plainly(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no longer exists"):
        services.actions.update(404, title="x")
    with pytest.raises(NotFoundError):
        services.plans.get(404)


# -- budget lines and rates -------------------------------------------------------------------


def test_budget_lines_add_edit_delete_restore(services: Services, plan: Any) -> None:
    action = services.actions.add(plan.id, "Mission", "export", start_date="2028-02-01")
    line = services.budget.add(action.id, "2,500.50", funding_source="ERDF / Interreg")
    assert (line.amount, line.currency, line.year, line.funding_source) == (
        Decimal("2500.50"),
        "GBP",
        2028,
        FundingSource.ERDF_INTERREG,
    )
    line = services.budget.update(line.id, amount="3000", currency="EUR", year=2029, note="match")
    assert (line.amount, line.currency, line.year) == (Decimal("3000.00"), "EUR", 2029)
    removed = services.budget.delete(line.id)
    assert services.budget.lines(action.id) == []
    assert services.budget.restore(removed) == removed


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"amount": "-10"}, "amount", "negative"),
        ({"amount": "ten"}, "amount", "not a number"),
        ({"amount": "1.234"}, "amount", "decimal places"),
        ({"currency": "ECU"}, "currency", "not an ISO 4217"),
        ({"funding_source": "lottery"}, "funding_source", "is not one of"),
        ({"year": "next"}, "year", "Enter a year"),
        ({"year": 1066}, "year", "between"),
    ],
)
def test_budget_refusals(services: Services, plan: Any, values: dict[str, object], field: str, words: str) -> None:
    action = services.actions.add(plan.id, "Mission", "export")
    line = services.budget.add(action.id, "100", year=2027)
    refused(services, lambda: services.budget.update(line.id, **values), field, words)
    add_values: dict[str, Any] = {"amount": "100", "year": 2027, **values}
    refused(services, lambda: services.budget.add(action.id, **add_values), field, words)


def test_rates_are_dated_replaced_per_day_and_checked(services: Services, plan: Any) -> None:
    first = services.rates.set("EUR", "GBP", "0.86", "2026-10-01", source="InforEuro")
    services.rates.set("EUR", "GBP", "0.87", "2026-11-01")
    again = services.rates.set("eur", "gbp", "0.8712", date(2026, 11, 1))
    assert [r.rate for r in services.rates.list()] == [Decimal("0.86"), Decimal("0.8712")]
    assert again.id != first.id
    assert services.rates.convert(Decimal(100), "EUR", "GBP") == Decimal("87.12")
    services.rates.set("EUR", "GBP", "0.90", "2026-01-01", plan_id=plan.id)
    assert services.rates.convert(Decimal(100), "EUR", "GBP", plan.id) == Decimal("90.00")
    refused(services, lambda: services.rates.set("EUR", "EUR", "1", "2026-01-01"), "quote", "two different")
    refused(services, lambda: services.rates.set("EUR", "GBP", "-1", "2026-01-01"), "rate", "positive")
    refused(services, lambda: services.rates.set("EUR", "GBP", "1", ""), "valid_on", "date")
    refused(services, lambda: services.rates.set_reporting_currency("XXXX"), "reporting_currency", "ISO 4217")
    assert services.rates.set_reporting_currency("gbp") == "GBP"
    removed = services.rates.delete(first.id)
    assert removed.id not in [r.id for r in services.rates.list()]


# -- KPIs ---------------------------------------------------------------------------------------


def test_kpis_from_the_library_or_custom_with_actuals(services: Services, plan: Any) -> None:
    action = services.actions.add(plan.id, "Mission", "export")
    kpi = services.kpis.add(action.id, indicator="rco01", baseline="0", target="1,200", target_date="2028-12-31")
    assert (kpi.code, kpi.unit, kpi.kind, kpi.target) == ("RCO01", "enterprises", IndicatorKind.OUTPUT, Decimal(1200))
    custom = services.kpis.add(action.id, name="Buyers met", kind="result", unit="buyers", target="40")
    assert (custom.code, custom.name) == ("", "Buyers met")
    kpi = services.kpis.record_actual(kpi.id, "2027-06-30", "150")
    kpi = services.kpis.record_actual(kpi.id, "2027-06-30", "160", "corrected")
    assert [(a.measured_on, a.value, a.note) for a in kpi.actuals] == [(date(2027, 6, 30), Decimal(160), "corrected")]
    assert services.kpis.remove_actual(kpi.id, "2027-06-30").actuals == ()
    snapshot = services.kpis.delete(custom.id)
    assert [k.id for k in services.kpis.list(action.id)] == [kpi.id]
    assert services.kpis.restore(snapshot) == custom


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"target": "lots"}, "target", "not a number"),
        ({"baseline": "-3"}, "baseline", "negative"),
        ({"indicator": "RCO999"}, "indicator", "not in the indicator library"),
        ({"indicator": "", "name": ""}, "name", "Name a custom KPI"),
        ({"kind": "impact"}, "kind", "is not one of"),
        ({"target_date": "soon"}, "target_date", "not a date"),
    ],
)
def test_kpi_refusals(services: Services, plan: Any, values: dict[str, object], field: str, words: str) -> None:
    action = services.actions.add(plan.id, "Mission", "export")
    kpi = services.kpis.add(action.id, indicator="RCO01", target="10")
    refused(services, lambda: services.kpis.update(kpi.id, **values), field, words)
    refused(services, lambda: services.kpis.record_actual(kpi.id, "2027-01-01", "n/a"), "value", "not a number")


# -- organisations and catalogue -------------------------------------------------------------------


def test_organisations_and_people(services: Services, plan: Any) -> None:
    org = services.organisations.add("IVACE", kind="Regional agency", country_code="es")
    assert org.country_code == "ES"
    refused(services, lambda: services.organisations.add("IVACE"), "name", "already")
    person = services.organisations.add_person("Lucía", organisation_id=org.id, email="lucia@example.es")
    assert services.organisations.people(org.id) == [person]
    refused(services, lambda: services.organisations.add_person("Pablo", email="pablo"), "email", "e-mail")
    action = services.actions.add(plan.id, "Mission", "export", owner_organisation="IVACE")
    assert action.owner_organisation == "IVACE"
    refused(services, lambda: services.organisations.delete(org.id), "name", "owns or takes part")
    services.actions.delete(action.id)
    services.organisations.delete(org.id)
    assert services.organisations.list() == []


def test_catalogue_search_edit_and_refusals(services: Services) -> None:
    assert len(services.catalogue.interventions()) == 40
    assert {t.code for t in services.catalogue.themes()} == {"export", "partnership", "digitisation", "liveability"}
    assert [i.code for i in services.catalogue.interventions("voucher export manager")] == ["C02"]
    assert all(i.theme == "liveability" for i in services.catalogue.interventions(theme="liveability"))
    assert services.catalogue.indicators("RCO01")[0].name == "Enterprises supported"
    custom = services.catalogue.save_intervention(
        {
            "code": "x01",
            "name": "Export club",
            "theme": "partnership",
            "cost_min": "1000",
            "cost_max": "2000",
            "cost_currency": "EUR",
            "suggested_indicators": "RCO04; EXP-NEWEXP",
        }
    )
    assert (custom.code, custom.suggested, custom.builtin) == ("X01", ("RCO04", "EXP-NEWEXP"), False)
    refused(
        services,
        lambda: services.catalogue.save_intervention({"code": "X02", "name": "A", "theme": "tourism"}),
        "theme",
        "is not a theme",
    )
    refused(
        services,
        lambda: services.catalogue.save_intervention(
            {"code": "X02", "name": "A", "theme": "export", "cost_min": "9", "cost_max": "1", "cost_currency": "EUR"}
        ),
        "cost_max",
        "below the lowest",
    )
    refused(
        services,
        lambda: services.catalogue.save_intervention(
            {"code": "X02", "name": "A", "theme": "export", "suggested_indicators": "NOPE"}
        ),
        "suggested_indicators",
        "Not in the indicator library",
    )
    indicator = services.catalogue.save_indicator(
        {"code": "EXP-FAIRS", "name": "Fairs", "unit": "fairs", "kind": "output"}
    )
    refused(
        services,
        lambda: services.catalogue.save_indicator({"code": "Q", "name": "Q", "kind": "maybe"}),
        "kind",
        "is not one of",
    )
    services.catalogue.delete_indicator(indicator.id)
    services.catalogue.delete_intervention(custom.id)
    assert len(services.catalogue.interventions()) == 40


def test_indicator_in_use_cannot_be_deleted(services: Services, plan: Any) -> None:
    action = services.actions.add(plan.id, "Mission", "export")
    services.kpis.add(action.id, indicator="RCO04")
    rco04 = services.catalogue.indicators("RCO04")[0]
    refused(services, lambda: services.catalogue.delete_indicator(rco04.id), "code", "used by KPIs")


# -- notifications ------------------------------------------------------------------------------------


def test_listeners_hear_each_committed_change_and_nothing_for_refusals(services: Services, plan: Any) -> None:
    heard: list[Change] = []
    unsubscribe = services.workspace.subscribe(heard.extend)
    action = services.actions.add(plan.id, "Mission", "export")
    services.actions.update(action.id, title="Trade mission")
    services.actions.update(action.id, title="Trade mission")  # nothing changed: nothing heard
    with pytest.raises(ValidationError):
        services.actions.update(action.id, title="")
    unsubscribe()
    services.actions.update(action.id, title="After unsubscribing")
    assert [(c.entity, c.op, c.fields) for c in heard] == [("action", "added", ()), ("action", "changed", ("title",))]
    assert all(c.plan_id == plan.id for c in heard)


def test_an_organisation_listed_twice_among_players_is_refused(services: Services, plan: Any) -> None:
    action = services.actions.add(plan.id, "Mission", "export")
    refused(
        services,
        lambda: services.actions.set_players(action.id, [("IVACE", "leads"), ("ivace", "funds")]),
        "players.1.organisation",
        "listed twice",
    )


def test_a_library_kpi_keeps_its_unit_when_none_is_typed(services: Services, plan: Any) -> None:
    action = services.actions.add(plan.id, "Mission", "export")
    kpi = services.kpis.add(action.id, indicator="RCO01", unit="", target="5")
    assert kpi.unit == "enterprises"
    assert services.kpis.update(kpi.id, unit="firms").unit == "firms"


def test_budget_and_kpi_changes_name_their_action(services: Services, plan: Any) -> None:
    action = services.actions.add(plan.id, "Mission", "export")
    heard: list[Change] = []
    services.workspace.subscribe(heard.extend)
    services.budget.add(action.id, "10", year=2027)
    services.kpis.add(action.id, indicator="RCO01")
    assert [(c.entity, c.action_id) for c in heard] == [("budget_line", action.id), ("kpi", action.id)]


def test_a_listed_action_equals_the_same_action_read_alone(demo: Services) -> None:
    """Lists are read as rows, a single action as an entity: both must give the very same view."""
    plan = demo.plans.list()[1]
    actions = demo.actions.list(plan.id)
    first, second = actions[0], actions[1]
    demo.actions.set_players(first.id, [("Business Finland", "co-funder"), ("Invest Valencia", "")])
    kpi = demo.kpis.add(first.id, name="Firms exporting", target="30", unit="firms")
    demo.kpis.record_actual(kpi.id, "2027-06-30", "12", "mid-term count")
    demo.kpis.record_actual(kpi.id, "2027-03-31", "5")
    demo.kpis.add(second.id, indicator=demo.catalogue.indicators()[0].code)
    demo.workshops.decide(first.id, "agreed", "agreed in the room")
    demo.workshops.decide(first.id, "revisit", "budget to be checked")
    demo.workshops.set_votes(second.id, 4, 1)
    listed = demo.actions.list(plan.id)
    assert listed == [demo.actions.get(action.id) for action in listed]
    assert [p.organisation for p in listed[0].players] == ["Business Finland", "Invest Valencia"]
    assert [a.measured_on.month for a in listed[0].kpis[-1].actuals] == [3, 6]
    assert (listed[0].decision, listed[0].decision_note) == ("revisit", "budget to be checked")
    assert listed[1].kpis[-1].name == demo.catalogue.indicators()[0].name


def test_a_money_indicator_counts_in_the_plans_currency(demo: Services) -> None:
    plan = next(p for p in demo.plans.list() if p.region_code == "UKE4")  # West Yorkshire plans in GBP
    action = demo.actions.list(plan.id)[0]
    money = next(i for i in demo.catalogue.indicators() if i.unit == "euro")
    kpi = demo.kpis.add(action.id, indicator=money.code)
    assert kpi.unit == "GBP"
    counted = next(i for i in demo.catalogue.indicators() if i.unit == "enterprises")
    assert demo.kpis.update(kpi.id, indicator=counted.code).unit == "enterprises"
    assert demo.kpis.update(kpi.id, indicator=money.code).unit == "GBP"


def test_the_control_character_classes_are_exactly_unicodes_cc_and_cs() -> None:
    import unicodedata

    from action_planner.model.validation import CONTROL_CHARS, CONTROL_CHARS_MULTILINE

    for point in range(0x110000):
        char = chr(point)
        control = unicodedata.category(char) in {"Cc", "Cs"}
        assert bool(CONTROL_CHARS.match(char)) == control, hex(point)
        assert bool(CONTROL_CHARS_MULTILINE.match(char)) == (control and char not in "\t\n"), hex(point)
