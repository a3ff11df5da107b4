"""The catalogue translation files are complete, and the loader keeps a user's edits as typed."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from action_planner.model import catalogue_language as cl
from action_planner.model.services import Services
from action_planner.resources import load_json, resource_path

LANGUAGES = ("it", "es", "sv", "pl")
#: A number as written in any of the languages: 500,000 / 500.000 / 500 000 / 7,5 / 45.
NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")


def _numbers(text: str) -> list[str]:
    return sorted(re.sub(r"\D", "", n) for n in NUMBER.findall(text))


def _file(language: str) -> dict[str, Any]:
    path = resource_path("catalogue", "translations", f"{language}.json")
    if not path.is_file():
        pytest.fail(f"catalogue translation file missing: resources/catalogue/translations/{language}.json")
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_entry_has_every_field_in_the_language(language: str) -> None:
    data = _file(language)
    assert data.get("language") == language
    problems: list[str] = []
    for section, fields in cl.SECTIONS.items():
        codes = [e["code"] for e in load_json("catalogue", f"{section}.json")]
        got = data.get(section, {})
        problems += [f"{language}.json {section}: extra code {c}" for c in got if c not in codes]
        if list(got) != [c for c in codes if c in got]:
            problems.append(f"{language}.json {section}: codes not in the English order")
        for code in codes:
            entry = got.get(code)
            if entry is None:
                problems.append(f"{language}.json {section}: entry {code} missing")
                continue
            english = cl.shipped_english(section)[code]
            for field in fields:
                text = entry.get(field)
                if not isinstance(text, str) or not text.strip():
                    problems.append(f"{language}.json {section} {code}: field {field!r} missing or empty")
                elif _numbers(text) != _numbers(english[field]):
                    problems.append(f"{language}.json {section} {code} {field}: numbers differ from English")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_theme_names_match_the_exports_wording(language: str) -> None:
    data = _file(language)
    exports = load_json("translations", "exports", f"{language}.json")
    for code, english in cl.shipped_english("themes").items():
        if english["name"] in exports:
            assert data["themes"][code]["name"] == exports[english["name"]], (language, code)


def test_shipped_text_is_translated_in_italian() -> None:
    english = cl.shipped_english("interventions")["C02"]["name"]
    assert cl.localized("interventions", "C02", "name", english, "it_IT") == "Voucher per il Temporary Export Manager"
    assert cl.localized("indicators", "RCO01", "name", "Enterprises supported", "it") == (
        "Imprese beneficiarie di un sostegno"
    )
    assert cl.theme_name("export", "Core export support", "it") == "Sostegno all'export"


def test_user_edited_and_own_entries_stay_as_typed() -> None:
    edited = "Internationalisation project grant (our 2027 call)"
    assert cl.localized("interventions", "C01", "name", edited, "it") == edited
    assert cl.localized("interventions", "X99", "name", "Our own scheme", "it") == "Our own scheme"
    assert cl.localized("interventions", None, "name", "No code", "it") == "No code"
    assert cl.localized("indicators", "RCO01", "unit", "firms", "it") == "firms"


def test_english_and_unshipped_languages_keep_the_english_text() -> None:
    english = cl.shipped_english("indicators")["RCO02"]["name"]
    assert cl.localized("indicators", "RCO02", "name", english, "en_GB") == english
    assert cl.localized("indicators", "RCO02", "name", english, "fi") == english
    assert cl.language_of("it_IT") == "it"
    assert cl.language_of("") == "en"


def test_adding_from_the_catalogue_to_an_italian_plan_gives_italian_title_and_kpis(services: Services) -> None:
    region = services.regions.add("ITH5")
    plan = services.plans.add(region.id, "Piano Emilia-Romagna", language="it")
    item = next(i for i in services.catalogue.interventions() if i.code == "C02")
    action = services.actions.add_from_intervention(plan.id, item.id, year=2026)
    assert action.title == "Voucher per il Temporary Export Manager"
    assert action.description.startswith("Un voucher che consente a una piccola impresa")
    first = action.kpis[0]
    assert first.code == "RCO02"
    assert first.name == "Imprese sostenute mediante sovvenzioni"
    assert first.unit == "imprese"


def test_adding_from_the_catalogue_to_an_english_plan_keeps_english(services: Services) -> None:
    region = services.regions.add("UKE4")
    plan = services.plans.add(region.id, "West Yorkshire plan")
    item = next(i for i in services.catalogue.interventions() if i.code == "C02")
    action = services.actions.add_from_intervention(plan.id, item.id, year=2026)
    assert action.title == item.name == "Temporary Export Manager voucher"
    assert action.kpis[0].name == "Enterprises supported by grants"
