"""The command line export: every plan, one region's plans, clear errors; and the exporter registry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest

from action_planner.cli import main
from action_planner.export.base import Exporter
from action_planner.export.registry import EXPORTERS, export_format
from action_planner.export.request import ExportError, ExportRequest
from action_planner.export.run import export_workspace
from action_planner.model.errors import ActionPlannerError
from action_planner.model.services import Services


def test_the_registry_has_the_three_formats() -> None:
    assert {fmt: (cls().suffix, cls().label) for fmt, cls in EXPORTERS.items()} == {
        "docx": (".docx", "Word document"),
        "xlsx": (".xlsx", "Excel workbook"),
        "pdf": (".pdf", "PDF document"),
    }
    assert all(issubclass(cls, Exporter) and cls.format.name == fmt for fmt, cls in EXPORTERS.items())


def test_the_formats_are_listed_before_any_exporter_library_is_loaded() -> None:
    script = (
        "import sys\n"
        "from action_planner.export.registry import FORMATS\n"
        "print([f.label for f in FORMATS])\n"
        "print(sorted(m for m in ('openpyxl', 'docx', 'reportlab') if m in sys.modules))\n"
    )
    listed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert listed.splitlines() == ["['Word document', 'Excel workbook', 'PDF document']", "[]"]


def test_an_unknown_format_is_refused_in_words() -> None:
    with pytest.raises(ActionPlannerError, match="“odt” is not an export format"):
        export_format("odt")


def test_the_request_is_a_frozen_value(tmp_path: Path) -> None:
    request = ExportRequest((1, 2), tmp_path / "x.docx")
    with pytest.raises(AttributeError):
        request.plan_ids = ()  # type: ignore[misc]  # the assignment a frozen dataclass refuses, on purpose


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_cli_exports_one_region(demo_path: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / f"pl41.{fmt}"
    assert main(["export", str(demo_path), "--format", fmt, "--output", str(output), "--region", "pl41"]) == 0
    assert "Exported to" in capsys.readouterr().out
    assert output.stat().st_size > 1000
    if fmt == "docx":
        titles = [s.header.paragraphs[0].text for s in docx.Document(str(output)).sections]
        assert titles == ["Wielkopolska: od pierwszego eksportu do globalnego dostawcy"]
    elif fmt == "xlsx":
        summary = openpyxl.load_workbook(output)["Podsumowanie"]  # a Polish plan: its workbook is in Polish
        assert summary["C6"].value == "PL41"
        assert summary["C7"].value is None


def test_cli_exports_every_plan_in_region_order(demo_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "all.docx"
    assert main(["export", str(demo_path), "--format", "docx", "--output", str(output)]) == 0
    codes = [s.header.paragraphs[0].text.split(":")[0] for s in docx.Document(str(output)).sections]
    assert codes == ["Emilia-Romagna", "Comunitat Valenciana", "Gävleborg", "Wielkopolska", "Śląskie", "West Yorkshire"]


def test_an_unknown_region_lists_the_codes(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "x.pdf"
    assert main(["export", str(demo_path), "--format", "pdf", "--output", str(output), "--region", "XX99"]) == 2
    error = capsys.readouterr().err
    assert "XX99" in error
    assert "ITH5, ES52, SE31, PL41, PL22, UKE4" in error
    assert not output.exists()


def test_cli_reports_a_missing_folder(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "no" / "x.xlsx"
    assert main(["export", str(demo_path), "--format", "xlsx", "--output", str(output)]) == 2
    assert f"Cannot export to “{output}”" in capsys.readouterr().err


def test_an_unknown_format_is_refused(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ActionPlannerError, match="not an export format"):
        export_workspace(demo_path, "odt", tmp_path / "x.odt")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_a_workspace_without_plans(services: Services, tmp_path: Path, fmt: str) -> None:
    with pytest.raises(ExportError, match="no plans to export"):
        EXPORTERS[fmt]().export(services, ExportRequest((), tmp_path / f"x.{fmt}"))
    assert list(tmp_path.iterdir()) == [tmp_path / "work.actionplan"] or not list(tmp_path.glob("x.*"))


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_a_plan_without_actions_or_money(services: Services, tmp_path: Path, fmt: str) -> None:
    region = services.regions.add("SE31")
    plan = services.plans.add(region.id, "Ett tomt utkast", language="sv")
    written = EXPORTERS[fmt]().export(services, ExportRequest((plan.id,), tmp_path / f"x.{fmt}"))
    assert written.stat().st_size > 1000


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_a_missing_rate_still_exports_and_says_why(services: Services, tmp_path: Path, fmt: str) -> None:
    region = services.regions.add("PL41")
    plan = services.plans.add(region.id, "Plan z brakującym kursem", language="pl")
    action = services.actions.add(plan.id, "Targi", "export")
    services.budget.add(action.id, "1000.00", currency="PLN", year=2027)
    services.budget.add(action.id, "500.00", currency="JPY", year=2027)
    assert services.budget.plan_totals(plan.id).plan is None
    written = EXPORTERS[fmt]().export(services, ExportRequest((plan.id,), tmp_path / f"x.{fmt}"))
    assert written.exists()
    if fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
        assert "Suma niedostępna: No exchange rate from JPY to PLN" in text  # in the plan's language, Polish
        assert "Total not available: No exchange rate from JPY to PLN" in text  # in its English summary
