"""The partner workbook in the plans' language: sheet names, headers, titles, enum values and formulas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from action_planner.export import captions
from action_planner.export.language import LANGUAGES, SOURCE_TEXTS, Labels, labels_for
from action_planner.export.xlsx_language import LETTER, SHEETS, header_room, header_width, reference, sheet_names
from action_planner.model.enums import ActionStatus
from action_planner.model.services import Services
from action_planner.model.views import PlanView

ENGLISH_SHEETS = ["Summary", "Actions", "Budget", "KPIs", "Timeline", "Decisions", "Rates", "Lists"]


def _plan(demo: Services, language: str) -> PlanView:
    return next(p for p in demo.plans.list() if p.language == language)


def _header(sheet: Any, row: int = 1) -> list[object]:
    return [c.value for c in sheet[row]]


def _strings(book: Any) -> set[str]:
    return {c.value for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}


def _untranslated(book: Any, tr: Labels) -> set[str]:
    """Cells that still read as an English caption, enum label or theme that this language translates."""
    english = {text for text in SOURCE_TEXTS if tr(text) != text} - {tr(text) for text in SOURCE_TEXTS}
    return _strings(book) & english  # (Italian's "Note" is the plural of "Nota", not the English caption)


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_languages_sheet_names_are_ones_excel_accepts(language: str) -> None:
    names = list(sheet_names(labels_for(language)).values())
    assert len(names) == len(SHEETS)
    for name in names:
        assert 0 < len(name) <= 31, name
        assert not set(name) & set("[]:*?/\\"), name
        assert name.strip("'") == name, name  # nor may it start or end with an apostrophe
    assert len({n.casefold() for n in names}) == len(names)  # Excel compares sheet names without case
    if language != "en":
        assert names != ENGLISH_SHEETS


def test_a_formula_names_a_sheet_bare_only_when_it_is_plain_letters() -> None:
    assert reference("Budget") == "Budget"
    assert reference("Tassi di cambio") == "'Tassi di cambio'"
    assert reference("Budżet") == "'Budżet'"


def test_the_italian_plans_workbook_is_in_italian(export_to: Callable[..., Path], demo: Services) -> None:
    plan = _plan(demo, "it")
    tr = labels_for("it")
    book = openpyxl.load_workbook(export_to("xlsx", (plan.id,)))
    assert book.sheetnames == [
        "Riepilogo",
        "Azioni",
        "Budget",
        "Indicatori",
        "Cronoprogramma",
        "Decisioni",
        "Tassi di cambio",
        "Elenchi",
    ]
    summary, actions = book["Riepilogo"], book["Azioni"]
    assert summary["A1"].value == "Piani d'azione – riepilogo"
    assert str(summary["A2"].value).startswith("Valuta di rendicontazione: EUR.")
    assert _header(summary, 5)[:9] == [
        "N. piano",
        "Regione",
        "Codice NUTS",
        "Piano",
        "Stato",
        "Valuta",
        "Azioni",
        "Totale (valuta del piano)",
        "Totale (EUR)",
    ]
    assert {"Per tema (valuta del piano)", "Sostegno all'export", "FESR / Interreg", "Lingua", "Italiano"} <= _strings(
        book
    )
    assert _header(actions)[:12] == [
        "N. piano",
        "Codice NUTS",
        "Piano",
        "N. azione",
        "Azione",
        "Tema",
        "Codice catalogo",
        "Stato",
        "Priorità",
        "Impatto (1-5)",
        "Sforzo (1-5)",
        "Pilota",
    ]
    rows = list(actions.iter_rows(min_row=2, values_only=True))
    assert {r[7] for r in rows} <= {tr(s.label) for s in ActionStatus}
    assert {r[11] for r in rows} <= {"Sì", "No"}
    assert _header(book["Indicatori"])[5:8] == ["Codice", "Indicatore", "Tipo"]
    assert _header(book["Tassi di cambio"], 3)[:6] == [
        "Si applica a",
        "1 unità di",
        "equivale a …",
        "Tasso",
        "Valido dal",
        "Fonte",
    ]
    assert _untranslated(book, tr) == set()
    assert book.properties.title == "Piani d'azione – riepilogo"


def test_the_italian_workbooks_formulas_and_lists_name_the_italian_sheets(
    export_to: Callable[..., Path], demo: Services
) -> None:
    plan = _plan(demo, "it")
    action = demo.actions.list(plan.id)[0]
    demo.budget.add(action.id, "1000", currency="USD", year=2027)  # converted through the Rates sheet
    demo.rates.set("EUR", "USD", "1.0850", "2026-12-01")
    book = openpyxl.load_workbook(export_to("xlsx", (plan.id,)))
    budget = book["Budget"]
    factors = [r[10].value for r in budget.iter_rows(min_row=2) if r[9].value == "USD"]
    assert factors
    assert all(str(f).startswith("='Tassi di cambio'!$M$") for f in factors)
    assert book["Riepilogo"]["H6"].value == "=ROUND(SUMIFS(Budget!$L:$L,Budget!$A:$A,$A6),2)"
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in budget.data_validations.dataValidation}
    assert lists["F2"].startswith("Elenchi!$")
    themes = [c.value for c in book["Elenchi"]["B"][1:] if c.value]
    assert "Sostegno all'export" in themes
    assert {r[5].value for r in budget.iter_rows(min_row=2)} <= set(themes)  # each line's theme is on its list


def test_the_polish_plans_workbook_quotes_its_sheet_names(export_to: Callable[..., Path], demo: Services) -> None:
    plan = _plan(demo, "pl")
    tr = labels_for("pl")
    book = openpyxl.load_workbook(export_to("xlsx", (plan.id,)))
    assert book.sheetnames == [
        "Podsumowanie",
        "Działania",
        "Budżet",
        "Wskaźniki",
        "Harmonogram",
        "Decyzje",
        "Kursy walut",
        "Listy",
    ]
    assert book["Podsumowanie"]["A1"].value == "Plany działania – podsumowanie"
    assert book["Podsumowanie"]["H6"].value == "=ROUND(SUMIFS('Budżet'!$L:$L,'Budżet'!$A:$A,$A6),2)"
    actions = book["Działania"]
    assert _header(actions)[:5] == ["Nr planu", "Kod NUTS", "Plan", "Nr działania", "Działanie"]
    total = _header(actions).index("Razem (waluta planu)") + 1
    assert str(actions.cell(row=2, column=total).value).startswith("=ROUND(SUMIFS('Budżet'!$L:$L,'Budżet'!$A:$A,A2")
    assert _header(book["Budżet"])[5:9] == ["Temat", "Źródło finansowania", "Rok", "Kwota"]
    assert _untranslated(book, tr) == set()


def test_an_english_plan_and_a_mixed_workbook_stay_english(export_to: Callable[..., Path], demo: Services) -> None:
    english, italian = _plan(demo, "en"), _plan(demo, "it")
    for plans, name in (((english.id,), "en.xlsx"), ((english.id, italian.id), "mixed.xlsx")):
        book = openpyxl.load_workbook(export_to("xlsx", plans, name=name))
        assert book.sheetnames == ENGLISH_SHEETS
        assert book["Summary"]["A1"].value == captions.WORKBOOK_TITLE
        assert _header(book["Actions"])[:4] == ["Plan no.", "NUTS code", "Plan", "Action no."]
        assert book["Summary"]["H6"].value == "=ROUND(SUMIFS(Budget!$L:$L,Budget!$A:$A,$A6),2)"
        pilots = {r[11] for r in book["Actions"].iter_rows(min_row=2, values_only=True)}
        assert pilots <= {"Yes", "No"}
        assert "Core export support" in _strings(book)


def test_a_translated_header_gets_the_room_its_words_need() -> None:
    widths = {1: 6.0, 2: 9.0, 3: 30.0}
    english = [captions.COL_ACTION_NO, captions.COL_RATE, captions.COL_PLAN]
    assert header_room(widths, english, labels_for("en")) == widths  # English keeps the widths it was set to
    polish = header_room(widths, english, labels_for("pl"))
    assert polish[1] > 6  # "Nr działania": "działania" is not cut
    assert polish[3] == 30  # "Plan" already fits
    italian = header_room(widths, english, labels_for("it"))
    assert italian[2] >= header_width("Tasso verso la valuta del piano") > 9  # three lines, not five


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translated_header_cuts_a_word(export_to: Callable[..., Path], demo: Services, language: str) -> None:
    """Every translated header's longest word fits its column (English keeps its tuned widths: not checked)."""
    book = openpyxl.load_workbook(export_to("xlsx", (_plan(demo, language).id,)))
    tr = labels_for(language)
    rows = {tr(captions.SHEET_SUMMARY): 5, tr(captions.SHEET_RATES): 3}
    english = set(SOURCE_TEXTS) & {tr(text) for text in SOURCE_TEXTS if tr(text) == text}  # "Budget", "Status"
    for sheet in book.worksheets[:-1]:  # not the hidden Lists
        for cell in sheet[rows.get(sheet.title, 1)]:
            width = sheet.column_dimensions[cell.column_letter].width
            if not isinstance(cell.value, str) or not width or cell.value in english:
                continue
            longest = max(len(word) for word in cell.value.split())
            assert longest * LETTER + 1 <= width, (sheet.title, cell.value, width)
