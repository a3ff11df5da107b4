"""LibreOffice, headless: it converts the Word export to PDF and recalculates the workbook to the services' totals."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest

from action_planner.export import captions
from action_planner.export.language import labels_for
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
from action_planner.model.enums import FundingSource
from action_planner.model.services import Services

if TYPE_CHECKING:
    from tests.export.conftest import DemoExports

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
]

ERRORS = ("#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "Err:")


def convert(source: Path, target_format: str, folder: Path) -> Path:
    """Convert ``source`` with a private LibreOffice profile; return the converted file."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    converted = folder / f"{source.stem}.{target_format.split(':', maxsplit=1)[0]}"
    assert result.returncode == 0
    assert converted.exists(), result.stdout + result.stderr
    return converted


def recalculated(path: Path, folder: Path) -> Any:
    return openpyxl.load_workbook(convert(path, "xlsx", folder / "recalc"), data_only=True)


def _errors(book: Any) -> list[str]:
    return [
        f"{sheet.title}!{cell.coordinate}={cell.value}"
        for sheet in book
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith(ERRORS)
    ]


def _cents(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_word_export_converts_to_pdf(demo_exports: DemoExports, tmp_path: Path) -> None:
    pdf = convert(demo_exports.files["docx"], "pdf", tmp_path)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for plan in demo_exports.plans:
        assert plan.title.split(":")[0] in text
        heading = labels_for(plan.language)(captions.ACTION_HEADING)  # "Azione {number}: {title}" in Italian
        for action in demo_exports.actions[plan.id]:
            assert heading.format(number=action.number, title="").rstrip() in text


def test_workbook_recalculates_to_the_services_totals(demo_exports: DemoExports, tmp_path: Path) -> None:
    book = recalculated(demo_exports.files["xlsx"], tmp_path)
    assert _errors(book) == []
    summary = book["Summary"]
    header = [c.value for c in summary[5]]
    themes = {t.code: t.name for t in demo_exports.services.catalogue.themes()}
    for row, plan in enumerate(demo_exports.plans, start=6):
        totals = demo_exports.totals[plan.id]
        assert totals.plan is not None
        assert totals.reporting is not None

        def cell(title: object, at: int = row) -> Decimal:
            return _cents(summary.cell(row=at, column=header.index(title) + 1).value)

        assert cell("Total (plan currency)") == totals.plan.total
        assert cell("Total (EUR)") == totals.reporting.total
        for code, amount in totals.plan.by_theme.items():
            assert cell(themes[code]) == amount
        for source, amount in totals.plan.by_source.items():
            assert cell(FundingSource(source).label) == amount
        for year, amount in totals.plan.by_year.items():
            assert cell(year) == amount
    last = 6 + len(demo_exports.plans) + 1
    everything = sum(t.reporting.total for t in demo_exports.totals.values() if t.reporting)
    assert _cents(summary.cell(row=last, column=header.index("Total (EUR)") + 1).value) == everything


def test_action_totals_recalculate_to_the_services(demo_exports: DemoExports, tmp_path: Path) -> None:
    book = recalculated(demo_exports.files["xlsx"], tmp_path)
    actions = book["Actions"]
    header = [c.value for c in actions[1]]
    expected = [a.total for p in demo_exports.plans for a in demo_exports.actions[p.id]]
    got = [_cents(r[header.index("Total (plan currency)")]) for r in actions.iter_rows(min_row=2, values_only=True)]
    assert got == expected


def test_half_cent_ties_and_cross_rates_round_like_the_services(demo: Services, tmp_path: Path) -> None:
    """A line whose conversion lands exactly on half a cent, and one converted through EUR, still agree."""
    plans = {p.region_code: p for p in demo.plans.list()}
    yorkshire, silesia = plans["UKE4"], plans["PL22"]
    cents = next(n for n in range(1, 100_000) if n * 8712 % 10_000 == 5_000)  # EUR → GBP at 0.8712
    tie = Decimal(cents) / 100
    action = demo.actions.list(yorkshire.id)[0]
    demo.budget.add(action.id, tie, currency="EUR", year=2027)
    assert demo.rates.convert(tie, "EUR", "GBP") == (tie * Decimal("0.8712")).quantize(Decimal("0.01"), "ROUND_HALF_UP")
    demo.budget.add(demo.actions.list(silesia.id)[0].id, "123456.78", currency="SEK", year=2028)
    output = EXPORTERS["xlsx"]().export(demo, ExportRequest((yorkshire.id, silesia.id), tmp_path / "ties.xlsx"))
    book = recalculated(output, tmp_path)
    assert _errors(book) == []
    summary = book["Summary"]
    header = [c.value for c in summary[5]]
    for row, plan in ((6, yorkshire), (7, silesia)):
        totals = demo.budget.plan_totals(plan.id)
        assert totals.plan is not None
        assert totals.reporting is not None
        assert (
            _cents(summary.cell(row=row, column=header.index("Total (plan currency)") + 1).value) == totals.plan.total
        )
        assert _cents(summary.cell(row=row, column=header.index("Total (EUR)") + 1).value) == totals.reporting.total


@pytest.mark.parametrize(
    ("language", "summary_sheet", "actions_sheet"), [("it", "Riepilogo", "Azioni"), ("pl", "Podsumowanie", "Działania")]
)
def test_a_translated_workbook_recalculates_to_the_services_totals(
    demo: Services, tmp_path: Path, language: str, summary_sheet: str, actions_sheet: str
) -> None:
    """One plan's workbook in its language: the totals over the translated (quoted) sheet names still compute."""
    plan = next(p for p in demo.plans.list() if p.language == language)
    action = demo.actions.list(plan.id)[0]
    demo.budget.add(action.id, "2500", currency="USD", year=2027)  # converted through the translated Rates sheet
    demo.rates.set("EUR", "USD", "1.0850", "2026-12-01")
    output = EXPORTERS["xlsx"]().export(demo, ExportRequest((plan.id,), tmp_path / f"{language}.xlsx"))
    book = recalculated(output, tmp_path)
    assert _errors(book) == []
    tr = labels_for(language)
    summary = book[summary_sheet]
    header = [c.value for c in summary[5]]
    totals = demo.budget.plan_totals(plan.id)
    assert totals.plan is not None
    assert totals.reporting is not None

    def cell(title: object) -> Decimal:
        return _cents(summary.cell(row=6, column=header.index(title) + 1).value)

    assert cell(tr(captions.COL_TOTAL_PLAN)) == totals.plan.total
    assert cell(tr(captions.COL_TOTAL_REPORTING).format(currency="EUR")) == totals.reporting.total
    themes = {t.code: t.name for t in demo.catalogue.themes()}
    for code, amount in totals.plan.by_theme.items():
        assert cell(tr(themes[code])) == amount
    for source, amount in totals.plan.by_source.items():
        assert cell(tr(FundingSource(source).label)) == amount
    actions = book[actions_sheet]
    column = [c.value for c in actions[1]].index(tr(captions.COL_TOTAL_PLAN))
    got = [_cents(r[column]) for r in actions.iter_rows(min_row=2, values_only=True)]
    assert got == [a.total for a in demo.actions.list(plan.id)]
