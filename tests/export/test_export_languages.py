"""The Word and PDF plan document in the plan's language: every caption translated, the demo's plans reopened."""

from __future__ import annotations

import string
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from action_planner.export import captions
from action_planner.export.language import LANGUAGES, SOURCE_TEXTS, catalogue, labels_for
from action_planner.model.services import Services
from action_planner.model.views import PlanView

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_caption_enum_label_and_theme_is_translated(language: str) -> None:
    texts = catalogue(language)
    assert sorted(set(SOURCE_TEXTS) - set(texts)) == []  # missing
    assert sorted(set(texts) - set(SOURCE_TEXTS)) == []  # stale: the English source changed or went away
    for english, translated in texts.items():
        assert translated.strip(), english
        assert _fields(translated) == _fields(english), english


def test_the_catalogues_cover_the_part_headings_and_the_enum_labels() -> None:
    assert {captions.PART_III, "In progress", "ERDF / Interreg", "Partnership working"} <= set(SOURCE_TEXTS)


def test_a_language_without_a_catalogue_gets_the_english_captions() -> None:
    assert labels_for("de_DE")(captions.PART_III) == captions.PART_III
    assert labels_for("en_GB")(captions.PART_III) == captions.PART_III
    assert labels_for("it_IT")(captions.PART_III) == "Parte III – Dettagli delle azioni previste"


def _plan(demo: Services, language: str) -> PlanView:
    return next(p for p in demo.plans.list() if p.language == language)


def _texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in document.element.body.iter(W + "p")]


def _headings(path: Path, level: int) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == f"Heading {level}"]


def test_the_italian_plan_reads_in_italian(export_to: Callable[..., Path], demo: Services) -> None:
    plan = _plan(demo, "it")
    path = export_to("docx", (plan.id,))
    assert _headings(path, 1)[:4] == [
        "Parte I – Informazioni generali",
        "Parte II – Contesto politico",
        "Parte III – Dettagli delle azioni previste",
        "Sintesi delle azioni",
    ]
    first = demo.actions.list(plan.id)[0]
    assert _headings(path, 2)[0] == f"Azione 1: {first.title}"
    texts = _texts(path)
    assert {"Piano d'azione", "1. Il contesto", "6. Fonti di finanziamento", "Timbro dell'organizzazione"} <= set(texts)
    assert "In revisione" in texts  # the plan's status on the title page
    assert "FESR / Interreg" in texts  # a funding source in the costs table
    assert any(t.startswith("Tema: Sostegno all'export · Stato: ") for t in texts)
    assert "Part III – Details of the actions envisaged" not in texts


def test_the_polish_plans_read_in_polish(export_to: Callable[..., Path], demo: Services) -> None:
    plans = [p for p in demo.plans.list() if p.language == "pl"]
    assert len(plans) == 2  # Wielkopolskie and Śląskie
    path = export_to("docx", tuple(p.id for p in plans))
    assert _headings(path, 1) == [p.title for p in plans]  # two plans: each one's name above its parts
    headings = _headings(path, 2)
    assert headings.count("Część III – Szczegóły planowanych działań") == 2
    assert headings.count("Część I – Informacje ogólne") == 2
    assert "Zatwierdzenie" in headings
    assert "Kontekst lokalny i wyzwania" in _texts(path)


@pytest.mark.parametrize(
    ("language", "part_three"),
    [("es", "Parte III – Detalles de las acciones previstas"), ("sv", "Del III – Beskrivning av planerade åtgärder")],
)
def test_the_spanish_and_swedish_plans_name_part_three_in_their_language(
    export_to: Callable[..., Path], demo: Services, language: str, part_three: str
) -> None:
    path = export_to("docx", (_plan(demo, language).id,))
    assert part_three in _headings(path, 1)


def test_the_english_plan_is_unchanged(export_to: Callable[..., Path], demo: Services) -> None:
    plan = _plan(demo, "en")
    path = export_to("docx", (plan.id,))
    assert _headings(path, 1)[:3] == [captions.PART_I, captions.PART_II, captions.PART_III]
    texts = _texts(path)
    assert {captions.DOCUMENT_TITLE, captions.BACKGROUND, captions.FUNDING, "ERDF / Interreg"} <= set(texts)
    assert captions.ENGLISH_SUMMARY not in texts


def test_the_pdf_of_the_polish_plan_reads_in_polish(export_to: Callable[..., Path], demo: Services) -> None:
    path = export_to("pdf", (_plan(demo, "pl").id,))
    text: Any = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Część III – Szczegóły planowanych działań" in text
    assert "Part III" not in text


def _section(texts: list[str], heading: str, end: str) -> list[str]:
    start = texts.index(heading)
    return texts[start : texts.index(end, start)]


def test_the_italian_plan_has_a_generated_english_summary(export_to: Callable[..., Path], demo: Services) -> None:
    plan = _plan(demo, "it")
    actions = demo.actions.list(plan.id)
    path = export_to("docx", (plan.id,))
    assert captions.ENGLISH_SUMMARY in _headings(path, 1)
    summary = _section(_texts(path), captions.ENGLISH_SUMMARY, "Approvazione")
    assert summary[1].startswith("The plan is written in Italian.")
    for label in ("Nature of the actions", "Link with the project", "Policy relevance", "In the partner's words"):
        assert label in summary
    assert plan.english_summary in summary
    assert (
        f"The plan sets out {len(actions)} actions (timeframe: " in summary[summary.index("Nature of the actions") + 1]
    )
    for action in actions:
        assert any(t.startswith(f"Action {action.number} – {action.title}: ") for t in summary)
    joined = "\n".join(summary)
    assert "Compete-In project, in which ERVET / ART-ER is a partner" in joined
    assert (
        f"“{plan.instrument_name}” (Investment for Growth and Jobs programme) in Emilia-Romagna (ITH5), Italy" in joined
    )
    assert "ERDF / Interreg (" in joined  # funding sources in English, with their shares
    assert "FESR / Interreg" not in joined
    assert "Sostegno" not in joined


def test_the_summary_is_built_from_the_fields_without_a_written_summary(
    export_to: Callable[..., Path], demo: Services
) -> None:
    plan = _plan(demo, "pl")
    demo.plans.update(plan.id, english_summary="", project="Compete-In 2")
    summary = _section(_texts(export_to("docx", (plan.id,))), captions.ENGLISH_SUMMARY, "Zatwierdzenie")
    assert "In the partner's words" not in summary
    assert summary[1].startswith("The plan is written in Polish.")
    assert any("the Compete-In 2 project" in t for t in summary)
    assert "Policy relevance" in summary


def test_the_polish_title_page_names_the_country_in_polish(export_to: Callable[..., Path], demo: Services) -> None:
    texts = _texts(export_to("docx", (_plan(demo, "pl").id,)))
    assert texts[texts.index("Kraj") + 1] == "Polska"


@pytest.mark.parametrize(
    ("language", "title", "background"),
    [
        ("it", "Emilia-Romagna: verso i mercati globali con i partenariati", "Durante le visite di studio"),
        ("es", "Comunitat Valenciana: rutas digitales hacia la exportación", "Durante las visitas de estudio"),
        ("sv", "Gävleborg: en attraktiv region som handlar med världen", "Under Compete-Ins studiebesök"),
        ("pl", "Wielkopolska: od pierwszego eksportu do globalnego dostawcy", "Podczas wizyt studyjnych"),
    ],
)
def test_the_demo_plans_own_texts_are_in_their_language(
    export_to: Callable[..., Path], demo: Services, language: str, title: str, background: str
) -> None:
    plan = next(p for p in demo.plans.list() if p.language == language)
    assert plan.title == title
    texts = _texts(export_to("docx", (plan.id,)))
    assert plan.context in texts
    assert sum(t.startswith(background) for t in texts) == len(demo.actions.list(plan.id))


def test_the_demo_english_plan_keeps_its_english_texts(demo: Services) -> None:
    plan = _plan(demo, "en")
    assert plan.title == "West Yorkshire: trade and investment together"
    action = demo.actions.list(plan.id)[0]
    assert action.background.startswith("During the Compete-In study visits")
    assert action.budget_lines[0].note.endswith(" share")
