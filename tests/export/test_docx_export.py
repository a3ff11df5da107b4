"""Word export of the demo: the Interreg layout, every action and budget line, totals to the cent, real styles."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
import pytest
from docx.shared import Mm

from action_planner.export import captions
from action_planner.export.data import plan_locale
from action_planner.export.formats import Formatter
from action_planner.model.enums import InstrumentType
from action_planner.model.services import Services

if TYPE_CHECKING:
    from tests.export.conftest import DemoExports

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _texts(document: Any) -> list[str]:
    """Every paragraph's text, in the body and in table cells, in document order."""
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in document.element.body.iter(W + "p")]


@pytest.fixture(scope="module")
def word(demo_exports: DemoExports) -> Any:
    return docx.Document(str(demo_exports.files["docx"]))


@pytest.fixture(scope="module")
def texts(word: Any) -> list[str]:
    return _texts(word)


def _fmt(demo_exports: DemoExports, plan_id: int) -> Formatter:
    plan = next(p for p in demo_exports.plans if p.id == plan_id)
    region = demo_exports.services.regions.get(plan.region_id)
    return Formatter(plan_locale(plan.language, region.country_code))


def test_every_action_title_and_budget_line_is_in_the_document(demo_exports: DemoExports, texts: list[str]) -> None:
    joined = "\n".join(texts)
    for plan in demo_exports.plans:
        fmt = _fmt(demo_exports, plan.id)
        for action in demo_exports.actions[plan.id]:
            assert fmt.tr(captions.ACTION_HEADING).format(number=action.number, title=action.title) in texts
            for line in action.budget_lines:
                assert fmt.money(line.amount, line.currency) in joined


def test_totals_equal_the_services_to_the_cent(demo_exports: DemoExports, texts: list[str]) -> None:
    for plan in demo_exports.plans:
        fmt, totals = _fmt(demo_exports, plan.id), demo_exports.totals[plan.id]
        assert totals.plan is not None
        assert totals.reporting is not None
        assert fmt.money(totals.plan.total, plan.currency) in texts
        for action_id, amount in totals.plan.by_action.items():
            assert fmt.money(amount, plan.currency) in texts, action_id
        for amount in [*totals.plan.by_theme.values(), *totals.plan.by_source.values(), *totals.plan.by_year.values()]:
            if amount:
                assert fmt.money(amount, plan.currency) in texts
        if plan.currency != totals.reporting.currency:
            assert fmt.money(totals.reporting.total, totals.reporting.currency) in texts


def test_amounts_and_dates_follow_the_plans_language(texts: list[str]) -> None:
    assert "3.255.013,03\xa0€" in texts  # Emilia-Romagna, in Italian
    assert "17\xa0762\xa0344,88\xa0kr" in texts  # Gävleborg, in Swedish kronor
    assert "10\xa0346\xa0940,69\xa0zł" in texts  # Wielkopolska, in złoty
    assert "£2,212,525.88" in texts  # West Yorkshire, in British English
    assert "30 czerwca 2026" in texts  # the Polish endorsement date


def test_parts_one_and_two_hold_every_field(demo_exports: DemoExports, texts: list[str]) -> None:
    for label in (
        "Project",
        "Partner organisation",
        "Other partner organisations involved (if relevant)",
        "Country",
        "NUTS2 region",
        "Contact person",
        "Email",
        "Phone",
        "Name of the policy instrument addressed",
        "Local context and challenges",
    ):
        assert label in texts
    for plan in demo_exports.plans:
        for value in (
            plan.partner_organisation,
            plan.other_partners,
            plan.contact_name,
            plan.contact_email,
            plan.contact_phone,
            plan.instrument_name,
            plan.context,
            f"{plan.region_name} ({plan.region_code})",
        ):
            assert value in texts


def test_instrument_types_are_check_boxes_with_one_ticked(demo_exports: DemoExports, texts: list[str]) -> None:
    boxes = [t for t in texts if t.startswith(("☒ ", "☐ "))]
    assert len(boxes) == 3 * len(demo_exports.plans)
    for index, plan in enumerate(demo_exports.plans):
        group = boxes[3 * index : 3 * index + 3]
        tr = _fmt(demo_exports, plan.id).tr
        assert group == [f"{'☒' if kind is plan.instrument_type else '☐'} {tr(kind.label)}" for kind in InstrumentType]


def test_part_three_fields_owner_and_indicators(demo_exports: DemoExports, texts: list[str]) -> None:
    for label in (
        "1. The background",
        "2. Action",
        "3. Players involved",
        "4. Timeframe",
        "5. Costs",
        "6. Funding sources",
        "Owner of the action",
        "Indicators",
    ):
        expected = Counter(
            _fmt(demo_exports, plan_id).tr(label) for plan_id, actions in demo_exports.actions.items() for _ in actions
        )
        assert {text: texts.count(text) for text in expected} == expected
    for actions in demo_exports.actions.values():
        for action in actions:
            assert any(t.startswith(action.owner) for t in texts)
            for player in action.players:
                assert player.organisation in texts
                assert player.role in texts
            for kpi in action.kpis:
                assert kpi.name in texts


def test_summary_english_summary_and_endorsement(demo_exports: DemoExports, texts: list[str]) -> None:
    for label in (captions.SUMMARY, captions.ENDORSEMENT, captions.STAMP):
        expected = Counter(_fmt(demo_exports, plan.id).tr(label) for plan in demo_exports.plans)
        assert {text: texts.count(text) for text in expected} == expected
    foreign = [p for p in demo_exports.plans if p.language != "en"]
    assert texts.count("Summary in English") == len(foreign) == 5
    for plan in foreign:
        assert plan.english_summary in texts


def test_real_styles_headings_and_a_named_table_style(demo_exports: DemoExports, word: Any) -> None:
    used = {p.style.name for p in word.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Field Label"} <= used
    # the whole workspace: each plan's name is a level-1 heading, its parts level 2, its actions level 3,
    # so Word's navigation pane shows the plans by name rather than six alike "Part I … Endorsement" runs
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == [p.title for p in demo_exports.plans]
    first = demo_exports.plans[0]
    tr = _fmt(demo_exports, first.id).tr
    level2 = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert level2[:3] == [tr(captions.PART_I), tr(captions.PART_II), tr(captions.PART_III)]
    level3 = [p.text for p in word.paragraphs if p.style.name == "Heading 3"]
    actions = demo_exports.actions[first.id]
    assert level3[: len(actions)] == [
        tr(captions.ACTION_HEADING).format(number=a.number, title=a.title) for a in actions
    ]
    assert all(t.style.name == "Action Plan Table" for t in word.tables)
    for level in (1, 2, 3):
        outline = word.styles[f"Heading {level}"].element.find(f"{W}pPr/{W}outlineLvl")
        assert outline is not None
        assert outline.get(f"{W}val") == str(level - 1)


def test_a4_header_with_the_title_and_page_x_of_y(demo_exports: DemoExports, word: Any) -> None:
    assert len(word.sections) == len(demo_exports.plans)  # each plan starts a new section (and page)
    for section, plan in zip(word.sections, demo_exports.plans, strict=True):
        assert abs(section.page_width - Mm(210)) < Mm(0.5)
        assert abs(section.page_height - Mm(297)) < Mm(0.5)
        assert section.header.paragraphs[0].text == plan.title
        assert section.different_first_page_header_footer
    footer = word.sections[0].footer._element.xml
    assert "PAGE" in footer
    assert "NUMPAGES" in footer
    assert "Page " in footer
    assert " of " in footer


def test_one_plan_alone(export_to: Any, demo: Services) -> None:
    plan = demo.plans.list()[3]
    document = docx.Document(str(export_to("docx", (plan.id,))))
    texts = _texts(document)
    assert plan.title in texts
    assert len(document.sections) == 1
    others = [p.title for p in demo.plans.list() if p.id != plan.id]
    assert not set(others) & set(texts)


def test_text_that_looks_like_markup_is_written_as_text(export_to: Any, demo: Services, tmp_path: Path) -> None:
    plan = next(p for p in demo.plans.list() if p.language == "en")
    action = demo.actions.list(plan.id)[0]
    demo.actions.update(action.id, title="<b>Bold & brave</b>", description="Line one\nLine two")
    texts = _texts(docx.Document(str(export_to("docx"))))
    assert "Action 1: <b>Bold & brave</b>" in texts
    assert "Line one" in texts
    assert "Line two" in texts


def test_amounts_are_exact_decimals(demo_exports: DemoExports) -> None:
    # a guard on the fixture itself: the demo's money never went through a float
    for actions in demo_exports.actions.values():
        for action in actions:
            assert all(isinstance(x.amount, Decimal) for x in action.budget_lines)
