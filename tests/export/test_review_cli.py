"""The review on the command line: export, a dry-run import, then --accept-all, and a second import shows nothing."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from action_planner.cli import main
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace


def titles(path: Path) -> list[str]:
    with Workspace.open(path) as workspace:
        services = Services(workspace)
        plan = services.regions.list()[0]
        return [a.title for p in services.plans.list(plan.id) for a in services.actions.list(p.id)]


def test_review_export_then_import_dry_run_then_accept_all(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "anna.xlsx"
    assert (
        main(["review", "export", str(demo_path), "--output", str(output), "--region", "ith5", "--reviewer", "Anna"])
        == 0
    )
    assert "Review round 1:" in capsys.readouterr().out
    book = openpyxl.load_workbook(output)
    assert book.sheetnames[:2] == ["Revisione", "Azioni"]  # Emilia-Romagna's plan is in Italian, so is its review
    book["Azioni"]["D2"] = "Voucher for first-time exporters"
    book["Azioni"]["K2"] = "Clearer title"
    book.save(output)
    data = output.read_bytes()
    before = titles(demo_path)

    assert main(["review", "import", str(demo_path), str(output), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (difference,) = document["differences"]
    assert (difference["field"], difference["returned"], difference["klass"]) == (
        "title",
        "Voucher for first-time exporters",
        "partner",
    )
    assert difference["sent"] == before[0]
    assert document["applied"] is None
    assert titles(demo_path) == before  # a dry run changes nothing

    assert main(["review", "import", str(demo_path), str(output), "--accept-all"]) == 0
    assert "Applied 1 changes and kept 1 comments." in capsys.readouterr().out
    assert titles(demo_path) == ["Voucher for first-time exporters", *before[1:]]
    assert output.read_bytes() == data

    assert main(["review", "import", str(demo_path), str(output), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["differences"] == []
    assert again["files"][0]["comments"] == []


def test_review_import_of_a_foreign_file_is_one_line_and_exit_2(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.actionplan"
    assert main(["demo", str(other)]) == 0
    output = tmp_path / "other.xlsx"
    assert main(["review", "export", str(other), "--output", str(output)]) == 0
    capsys.readouterr()
    assert main(["review", "import", str(demo_path), str(output)]) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith("it was sent from another workspace; open that workspace to import it.")
    )


def test_review_close_refuses_that_rounds_workbooks_from_then_on(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "anna.xlsx"
    assert main(["review", "export", str(demo_path), "--output", str(output)]) == 0
    assert main(["review", "close", str(demo_path), "1"]) == 0
    assert "Review round 1 is closed." in capsys.readouterr().out
    assert main(["review", "import", str(demo_path), str(output)]) == 2
    assert "review round 1 is closed" in capsys.readouterr().err
    assert main(["review", "close", str(demo_path), "7"]) == 2
    assert "never sent review round 7" in capsys.readouterr().err
