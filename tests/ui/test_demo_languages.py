"""The demo, opened: each region's plan has its actions in the plan's own language."""

from __future__ import annotations

from action_planner.model.catalogue_language import shipped_text
from action_planner.ui.document import Document

#: Each demo region and the language its plan is written in.
LANGUAGES = {"ITH5": "it", "ES52": "es", "SE31": "sv", "PL41": "pl", "PL22": "pl", "UKE4": "en"}


def test_each_demo_plan_has_its_actions_in_its_language(document: Document) -> None:
    services = document.services
    plans = {p.region_code: p for p in services.plans.list()}
    assert set(plans) == set(LANGUAGES)
    for region, language in LANGUAGES.items():
        plan = plans[region]
        assert plan.language == language, region
        actions = services.actions.list(plan.id)
        assert actions, region
        for action in actions:
            wanted = shipped_text("interventions", action.intervention_code, "name", language)
            assert wanted, (region, action.intervention_code)
            assert action.title == wanted, (region, action.intervention_code)
            assert action.description == shipped_text(
                "interventions", action.intervention_code, "description", language
            ), (region, action.intervention_code)
            for kpi in action.kpis:
                assert kpi.unit == shipped_text("indicators", kpi.code, "unit", language), (region, kpi.code)
    english = {a.title for a in services.actions.list(plans["UKE4"].id)}
    italian = {a.title for a in services.actions.list(plans["ITH5"].id)}
    assert "Voucher per il Temporary Export Manager" in italian
    assert "Temporary Export Manager voucher" not in italian
    assert english.isdisjoint(italian)  # West Yorkshire reads English, Emilia-Romagna Italian
    polish = services.actions.list(plans["PL22"].id)[0]
    assert polish.kpis[0].name == shipped_text("indicators", polish.kpis[0].code, "name", "pl")
