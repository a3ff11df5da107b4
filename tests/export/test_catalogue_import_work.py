"""The catalogue import's bounded work: a few statements per thousand rows, rows inserted as they are read, and
a bad row after whole batches were written still refusing everything."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event

from action_planner.export.catalogue_files import CatalogueFileError, import_catalogue
from action_planner.model.catalogue import INSERT_BATCH
from action_planner.model.services import ImportRefused, Services
from tests.conftest import _open_on


def _rows(path: Path, count: int, *, prefix: str, suggested: str = "RCO01", bad: int | None = None) -> Path:
    """``count`` new interventions; row ``bad`` (a file row number) has an unknown theme."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "theme", "cost_min", "cost_max", "cost_currency", "suggested_indicators"])
        for n in range(count):
            theme = "nowhere" if bad == n + 2 else "export"
            writer.writerow(
                [f"{prefix}{n:06d}", f"Bulk entry {n} – Région", theme, "1000", "2500.50", "EUR", suggested]
            )
    return path


def _statements(services: Services, path: Path) -> list[str]:
    sent: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)

    event.listen(services.workspace.engine, "before_cursor_execute", count)
    try:
        import_catalogue(services, path)
    finally:
        event.remove(services.workspace.engine, "before_cursor_execute", count)
    return sent


@pytest.fixture
def second(backend: str, request: pytest.FixtureRequest, empty_template: Path, tmp_path: Path) -> Iterator[Services]:
    """Another new workspace on the same backend as ``services``."""
    target = tmp_path / "second.actionplan"
    shutil.copyfile(empty_template, target)
    opened = _open_on(backend, "empty", request, target)
    yield Services(opened)
    opened.close()


@pytest.mark.parametrize("suggested", ["RCO01", ""], ids=["with suggested indicators", "without"])
def test_each_thousand_rows_costs_a_few_statements_not_one_per_row(
    services: Services, second: Services, tmp_path: Path, suggested: str
) -> None:
    small = _statements(services, _rows(tmp_path / "small.csv", 1_000, prefix="S", suggested=suggested))
    large = _statements(second, _rows(tmp_path / "large.csv", 11_000, prefix="L", suggested=suggested))
    per_thousand = (len(large) - len(small)) / 10
    assert per_thousand <= 3, f"{per_thousand} statements per 1,000 more rows"

    def selects(sent: list[str]) -> int:
        return sum(statement.lstrip().upper().startswith("SELECT") for statement in sent)

    assert selects(large) == selects(small), "no look-up per row"
    shown = {v.code: v for v in second.catalogue.interventions()}
    assert {"L000000", "L010999"} <= set(shown)
    assert shown["L010999"].suggested == (("RCO01",) if suggested else ())
    assert shown["L010999"].name == "Bulk entry 10999 – Région"
    assert shown["L010999"].cost_max == Decimal("2500.50")


def test_new_rows_are_inserted_while_the_rest_is_still_unread(services: Services) -> None:
    total = 3 * INSERT_BATCH + 10
    read = 0
    read_at_each_insert: list[int] = []

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        nonlocal read
        for n in range(total):
            read += 1
            yield n + 2, {"code": f"G{n:06d}", "name": f"Generated {n}", "theme": "export"}

    def on_insert(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO INTERVENTIONS"):
            read_at_each_insert.append(read)

    event.listen(services.workspace.engine, "before_cursor_execute", on_insert)
    try:
        report = services.catalogue.import_numbered(rows())
    finally:
        event.remove(services.workspace.engine, "before_cursor_execute", on_insert)
    assert report.interventions_added == total
    # the first batch is written once it is full, not after the last row: at most one batch is held
    assert read_at_each_insert[0] <= INSERT_BATCH
    assert len(read_at_each_insert) >= 4
    assert len(services.catalogue.interventions(theme="export")) >= total


def test_a_bad_row_after_whole_batches_were_written_imports_nothing(services: Services, tmp_path: Path) -> None:
    before = services.catalogue.interventions()
    bad_row = 2 * INSERT_BATCH + 500
    path = _rows(tmp_path / "late.csv", 3 * INSERT_BATCH, prefix="B", bad=bad_row)
    with pytest.raises(ImportRefused) as refused:
        import_catalogue(services, path)
    assert f"Row {bad_row}: theme: “nowhere” is not a theme" in str(refused.value)
    assert services.catalogue.interventions() == before


def test_a_row_of_the_wrong_shape_after_whole_batches_imports_nothing(services: Services, tmp_path: Path) -> None:
    before = services.catalogue.interventions()
    path = _rows(tmp_path / "shape.csv", 2 * INSERT_BATCH + 100, prefix="W")
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write("W999999,Short row\n")
    with pytest.raises(CatalogueFileError, match=f"Row {2 * INSERT_BATCH + 102} has 2 cells; the header has 7"):
        import_catalogue(services, path)
    assert services.catalogue.interventions() == before


def test_the_interventions_file_is_refused_before_its_indicators_file(services: Services, tmp_path: Path) -> None:
    """Problems come in the order of the files even though the indicators are imported first."""
    path = tmp_path / "pair.csv"
    path.write_text("code,name,theme\nP1,Fine,export\nP2,Short\n", encoding="utf-8")
    (tmp_path / "pair-indicators.csv").write_text("code,name,kind\nQ1,Fine,output,extra\n", encoding="utf-8")
    with pytest.raises(CatalogueFileError, match="Row 3 has 2 cells") as first:
        import_catalogue(services, path)
    assert "pair-indicators.csv" not in str(first.value)
    path.write_text("code,name,theme\nP1,Fine,export\n", encoding="utf-8")
    with pytest.raises(CatalogueFileError, match=re.escape("“pair-indicators.csv” row 2 has 4 cells")):
        import_catalogue(services, path)
    assert "P1" not in {v.code for v in services.catalogue.interventions()}
