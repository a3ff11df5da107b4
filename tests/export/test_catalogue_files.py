"""Catalogue files: CSV and XLSX round trips, refused files that change nothing, and hostile workbooks."""

from __future__ import annotations

import csv
import hashlib
import shutil
import zipfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import openpyxl
import openpyxl.xml
import pytest
from sqlalchemy import event

from action_planner.cli import main
from action_planner.export import catalogue_files
from action_planner.export.catalogue_files import CatalogueFileError, export_catalogue, import_catalogue
from action_planner.model.catalogue import INDICATOR_COLUMNS, INTERVENTION_COLUMNS
from action_planner.model.errors import ActionPlannerError
from action_planner.model.services import ImportRefused, Services
from action_planner.model.workspace import Workspace

Snapshot = tuple[list[dict[str, str]], list[dict[str, str]]]
Edit = Callable[[list[list[str]]], None]

FORMULA = '=HYPERLINK("https://example.org/fair","Stand booking")'


@pytest.fixture
def other(empty_template: Path, tmp_path: Path) -> Iterator[Services]:
    """A second fresh workspace to import into."""
    target = tmp_path / "other.actionplan"
    shutil.copyfile(empty_template, target)
    opened = Workspace.open(target)
    yield Services(opened)
    opened.close()


def snapshot(services: Services) -> Snapshot:
    interventions, indicators = services.catalogue.export_rows()
    return [row.as_strings() for row in interventions], [row.as_strings() for row in indicators]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def enrich(services: Services) -> None:
    """Entries that a lossy writer or reader would damage: accents, dashes, newlines, cents, formula-like text."""
    catalogue = services.catalogue
    catalogue.save_indicator(
        {
            "code": "GÄVLE-1",
            "name": "Företag på mässor – Gävleborg",
            "unit": "företag",
            "kind": "result",
            "source": "Region Gävleborg",
            "description": "Rad ett\nRad två – «citat» ; med, skiljetecken",
        }
    )
    original = next(row for row in catalogue.export_rows()[0] if row.code == "C02").as_strings()
    catalogue.save_intervention(
        {
            **original,
            "name": "Misiones comerciales – Región de Murcia (día «B2B»)",
            "description": "Première ligne; avec « guillemets », virgule\nDeuxième ligne\n\tTroisième – fin",
            "cost_min": "1234.56",
            "cost_max": "98765.43",
            "cost_facts": "- 10 % en 2024\n+ 5 % en 2025",
        }
    )
    catalogue.save_intervention(
        {
            "code": "X01",
            "name": "@Trade desk",
            "theme": "export",
            "description": FORMULA,
            "duration_months_min": "3",
            "duration_months_max": "18",
            "cost_min": "0.05",
            "cost_max": "2500.50",
            "cost_currency": "SEK",
            "cost_facts": '"Quoted" and ""doubled"" quotes',
            "source": "+46 source",
            "suggested_indicators": "GÄVLE-1;RCO01",
        }
    )


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8-sig") -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)


# -- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_a_fresh_workspace_loses_nothing(
    services: Services, other: Services, tmp_path: Path, suffix: str
) -> None:
    enrich(services)
    before = snapshot(services)
    assert len(before[0]) == 41
    folder = tmp_path / "files"
    folder.mkdir()
    written = export_catalogue(services, folder / f"catalogue{suffix}")
    assert written == folder / f"catalogue{suffix}"
    assert sorted(p.name for p in folder.iterdir()) == (
        ["catalogue-indicators.csv", "catalogue.csv"] if suffix == ".csv" else ["catalogue.xlsx"]
    )

    report = import_catalogue(other, written)

    assert (report.interventions_added, report.interventions_updated) == (1, 40)
    assert (report.indicators_added, report.indicators_updated) == (1, len(before[1]) - 1)
    assert snapshot(other) == before
    assert other.catalogue.export_rows() == services.catalogue.export_rows()
    murcia = next(row for row in other.catalogue.export_rows()[0] if row.code == "C02")
    assert murcia.cost_min == Decimal("1234.56")
    assert "\n\tTroisième – fin" in murcia.description


def test_csv_export_is_utf8_with_bom_and_the_catalogue_columns(services: Services, tmp_path: Path) -> None:
    path = export_catalogue(services, tmp_path / "catalogue.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert tuple(rows[0]) == INTERVENTION_COLUMNS
    assert len(rows) == 41
    c01 = rows[1]
    assert c01[0] == "C01"
    assert c01[-1] == "RCO01;RCO02;RCR19;EXP-SALES"
    assert tuple(read_csv(tmp_path / "catalogue-indicators.csv")[0]) == INDICATOR_COLUMNS


def test_editing_one_cost_in_the_csv_updates_exactly_that_entry(services: Services, tmp_path: Path) -> None:
    path = export_catalogue(services, tmp_path / "catalogue.csv")
    before = snapshot(services)
    rows = read_csv(path)
    cost_max = INTERVENTION_COLUMNS.index("cost_max")
    row = next(r for r in rows if r[0] == "P26")
    row[cost_max] = "123456.78"
    write_csv(path, rows)

    report = import_catalogue(services, path)

    assert report.interventions_updated == 40
    after = snapshot(services)
    changed = [(old, new) for old, new in zip(before[0], after[0], strict=True) if old != new]
    assert len(changed) == 1
    old, new = changed[0]
    assert new["code"] == "P26"
    assert new["cost_max"] == "123456.78"
    assert {k: v for k, v in new.items() if k != "cost_max"} == {k: v for k, v in old.items() if k != "cost_max"}
    assert after[1] == before[1]


def test_semicolon_separated_file_with_bom_and_loose_header_imports(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "from-excel.csv"
    rows = [
        [" Code ", "NAME", "Theme", "Cost_Min", "cost_max", "cost_currency", "Suggested_Indicators"],
        ["", "", "", "", "", "", ""],
        [
            "N01",
            "Exportrådgivning för små företag – pilot",
            "Export",
            "1 500.00",
            "9000",
            "eur",
            "RCO01; RCO02",
        ],
        [],
    ]
    write_csv(path, rows, delimiter=";")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    report = import_catalogue(services, path)

    assert report.interventions_added == 1
    entry = next(row for row in services.catalogue.export_rows()[0] if row.code == "N01")
    assert entry.name == "Exportrådgivning för små företag – pilot"
    assert (entry.theme, entry.cost_min, entry.cost_currency) == ("export", Decimal("1500.00"), "EUR")
    assert entry.suggested_indicators == ("RCO01", "RCO02")


def test_windows_1252_csv_with_tabs_imports(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    write_csv(
        path,
        [["code", "name", "theme"], ["N02", "Exportförderung – Messe in Köln", "export"]],
        delimiter="\t",
        encoding="cp1252",
    )
    import_catalogue(services, path)
    assert services.catalogue.interventions("Köln")[0].name == "Exportförderung – Messe in Köln"


def test_columns_left_out_keep_their_values(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    write_csv(path, [["code", "name", "theme"], ["C01", "Renamed grant", "export"]])
    before = next(row for row in services.catalogue.export_rows()[0] if row.code == "C01")

    import_catalogue(services, path)

    after = next(row for row in services.catalogue.export_rows()[0] if row.code == "C01")
    assert after.name == "Renamed grant"
    assert after.description == before.description
    assert (after.cost_min, after.suggested_indicators) == (before.cost_min, before.suggested_indicators)


def test_an_indicator_file_is_recognised_by_its_header(services: Services, tmp_path: Path) -> None:
    export_catalogue(services, tmp_path / "catalogue.csv")
    path = tmp_path / "catalogue-indicators.csv"
    rows = read_csv(path)
    rows[1][INDICATOR_COLUMNS.index("description")] = "Zählt jede Firma – einmal."
    write_csv(path, rows)

    report = import_catalogue(services, path)

    assert (report.interventions_updated, report.indicators_updated) == (0, len(rows) - 1)
    assert services.catalogue.export_rows()[1][0].description == "Zählt jede Firma – einmal."


# -- refused files change nothing --------------------------------------------------------


def _drop_theme(rows: list[list[str]]) -> None:
    for row in rows:
        del row[2]


def _add_column(rows: list[list[str]]) -> None:
    rows[0].append("Budget")
    for row in rows[1:]:
        row.append("")


def _extra_cell(rows: list[list[str]]) -> None:
    rows[4].append("stray")


def _set(row: int, column: str, value: str) -> Edit:
    def change(rows: list[list[str]]) -> None:
        rows[row - 1][INTERVENTION_COLUMNS.index(column)] = value

    return change


def _blank_line_then_bad_theme(rows: list[list[str]]) -> None:
    rows.insert(2, [""] * len(INTERVENTION_COLUMNS))
    rows[4][INTERVENTION_COLUMNS.index("theme")] = "tourism"


@pytest.mark.parametrize(
    ("change", "error", "expected"),
    [
        pytest.param(
            _drop_theme, CatalogueFileError, ["lacks the column “theme”", "Its columns are “code”"], id="missing-column"
        ),
        pytest.param(_add_column, CatalogueFileError, ["unknown column “budget”"], id="unknown-column"),
        pytest.param(_extra_cell, CatalogueFileError, ["Row 5 has 13 cells; the header has 12."], id="cell-count"),
        pytest.param(_set(3, "theme", "tourism"), ImportRefused, ["Row 3: theme:", "tourism"], id="bad-theme"),
        pytest.param(_set(4, "cost_min", "12,50"), ImportRefused, ["Row 4: cost_min:"], id="bad-cost"),
        pytest.param(
            _set(6, "suggested_indicators", "RCO01;NOPE"),
            ImportRefused,
            ["Row 6: suggested_indicators:", "NOPE"],
            id="unknown-indicator",
        ),
        pytest.param(
            _set(7, "code", "C01"), CatalogueFileError, ["Row 7: code: C01 is also on row 2."], id="repeated-code"
        ),
        pytest.param(_blank_line_then_bad_theme, ImportRefused, ["Row 5: theme:"], id="numbers-skip-empty-rows"),
    ],
)
def test_a_bad_csv_is_refused_naming_the_row_or_column_and_changes_nothing(
    services: Services, tmp_path: Path, change: Edit, error: type[ActionPlannerError], expected: list[str]
) -> None:
    path = export_catalogue(services, tmp_path / "catalogue.csv")
    rows = read_csv(path)
    change(rows)
    write_csv(path, rows)
    before, fingerprint = snapshot(services), digest(path)

    with pytest.raises(error) as refused:
        import_catalogue(services, path)

    for text in expected:
        assert text in str(refused.value)
    assert snapshot(services) == before
    assert digest(path) == fingerprint


def test_an_unreadable_csv_is_refused_clearly(services: Services, tmp_path: Path) -> None:
    binary = tmp_path / "renamed.csv"
    binary.write_bytes("code,name,theme\n".encode("utf-16"))
    with pytest.raises(CatalogueFileError, match="not a CSV text file"):
        import_catalogue(services, binary)
    bad_quotes = tmp_path / "quotes.csv"
    bad_quotes.write_text('code,name,theme\nC01,"Grant" extra,export\n', encoding="utf-8")
    with pytest.raises(CatalogueFileError, match="line 2 is not valid CSV"):
        import_catalogue(services, bad_quotes)
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(CatalogueFileError, match="the file is empty"):
        import_catalogue(services, tmp_path / "empty.csv")
    with pytest.raises(CatalogueFileError, match="no such file"):
        import_catalogue(services, tmp_path / "missing.csv")
    with pytest.raises(CatalogueFileError, match=r"only \.csv and \.xlsx"):
        import_catalogue(services, tmp_path / "catalogue.ods")


# -- XLSX ----------------------------------------------------------------------------------


def test_xlsx_cells_are_text_never_formulas(services: Services, other: Services, tmp_path: Path) -> None:
    enrich(services)
    path = export_catalogue(services, tmp_path / "catalogue.xlsx")

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Interventions", "Indicators"]
    sheet = workbook["Interventions"]
    assert [c.value for c in sheet[1]] == list(INTERVENTION_COLUMNS)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L42"
    assert 8 <= sheet.column_dimensions["D"].width <= 62
    cells = [cell for name in workbook.sheetnames for row in workbook[name].iter_rows() for cell in row]
    assert {cell.data_type for cell in cells if cell.value is not None} == {"s"}
    x01 = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "X01")
    description = x01[INTERVENTION_COLUMNS.index("description")]
    assert description.data_type == "s"
    assert description.value == FORMULA
    assert x01[INTERVENTION_COLUMNS.index("cost_max")].value == "2500.50"
    assert description.alignment.wrap_text
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    workbook.close()

    import_catalogue(other, path)
    assert other.catalogue.interventions("trade desk")[0].description == FORMULA


def test_xlsx_numbers_and_dates_typed_by_hand_become_exact_text(services: Services, tmp_path: Path) -> None:
    from datetime import datetime

    path = tmp_path / "typed.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "interventions "
    sheet.append(["Code", "Name", "Theme", "duration_months_min", "cost_min", "cost_max", "cost_currency", "source"])
    sheet.append(["N03", "Typed by hand", "export", 12, 2500.5, 100000, "EUR", datetime(2026, 3, 31)])
    sheet.append([])
    sheet.append(["N04", "Float noise", "export", 6.0, 0.1 + 0.2, 1.1 * 3, "EUR", None])
    workbook.save(path)

    report = import_catalogue(services, path)

    assert report.interventions_added == 2
    rows = {row.code: row for row in services.catalogue.export_rows()[0]}
    assert (rows["N03"].duration_months_min, rows["N03"].cost_min, rows["N03"].cost_max) == (
        12,
        Decimal("2500.50"),
        Decimal("100000.00"),
    )
    assert rows["N03"].source == "2026-03-31"
    assert (rows["N04"].duration_months_min, rows["N04"].cost_min, rows["N04"].cost_max) == (
        6,
        Decimal("0.30"),
        Decimal("3.30"),
    )


def test_xlsx_bad_row_is_refused_with_the_sheet_row(services: Services, tmp_path: Path) -> None:
    path = export_catalogue(services, tmp_path / "catalogue.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Interventions"].insert_rows(3)
    workbook["Interventions"]["C10"] = "nowhere"
    workbook["Indicators"]["D4"] = "impact"
    workbook.save(path)
    before, fingerprint = snapshot(services), digest(path)

    with pytest.raises(ImportRefused) as refused:
        import_catalogue(services, path)

    assert "Interventions row 10: theme:" in str(refused.value)
    assert "Indicators row 4: kind:" in str(refused.value)
    assert snapshot(services) == before
    assert digest(path) == fingerprint


def test_xlsx_without_catalogue_sheets_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Budget"
    workbook.save(path)
    workbook.create_sheet("Interventions")
    workbook.save(path)
    with pytest.raises(CatalogueFileError, match="no sheet named “Interventions” or “Indicators” with a header row"):
        import_catalogue(services, path)


def test_openpyxl_parses_through_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


def _bomb(path: Path, megabytes: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(b"\0" * 2**20)


@pytest.mark.parametrize(("megabytes", "expected"), [(210, "would unpack to 210 MB"), (20, "compressed")])
def test_a_zip_bomb_is_refused_before_a_byte_is_unpacked(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, megabytes: int, expected: str
) -> None:
    path = tmp_path / "bomb.xlsx"
    _bomb(path, megabytes)
    assert path.stat().st_size < 1_000_000
    fingerprint = digest(path)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def counting_open(archive: zipfile.ZipFile, name: str | zipfile.ZipInfo, *args: Any, **kwargs: Any) -> IO[bytes]:
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    with pytest.raises(CatalogueFileError, match=expected):
        import_catalogue(services, path)
    assert opened == []  # only the central directory was read: no member was inflated
    assert digest(path) == fingerprint


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04 this is not really a zip", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0 an old .xls", "not an Excel workbook"),
        (b"", "not an Excel workbook"),
    ],
)
def test_a_non_workbook_xlsx_is_refused_naming_the_file(
    services: Services, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(content)
    with pytest.raises(CatalogueFileError, match=expected) as refused:
        import_catalogue(services, path)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == content


def test_a_zip_that_is_not_a_workbook_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(CatalogueFileError, match="zip file but not an Excel workbook"):
        import_catalogue(services, path)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not-closed")
    with pytest.raises(CatalogueFileError, match="the workbook cannot be read"):
        import_catalogue(services, path)


def test_an_oversized_file_is_refused_before_reading(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue_files, "MAX_FILE_BYTES", 1000)
    path = export_catalogue(services, tmp_path / "catalogue.xlsx")
    with pytest.raises(CatalogueFileError, match="larger than 0 MB"):
        import_catalogue(services, path)


# -- writing -------------------------------------------------------------------------------


def test_export_errors_name_the_file_and_leave_the_target_intact(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(CatalogueFileError, match=r"the folder .*nowhere.* does not exist") as refused:
        export_catalogue(services, tmp_path / "nowhere" / "catalogue.xlsx")
    assert "Cannot write" in str(refused.value)
    with pytest.raises(CatalogueFileError, match=r"ending in \.csv or \.xlsx"):
        export_catalogue(services, tmp_path / "catalogue.txt")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(CatalogueFileError, match="that is a folder"):
        export_catalogue(services, tmp_path / "folder.csv")

    target = tmp_path / "catalogue.csv"
    target.write_text("previous export\n", encoding="utf-8")
    (tmp_path / "catalogue-indicators.csv").write_text("previous indicators\n", encoding="utf-8")

    def disk_full(temp: Path, columns: object, rows: object) -> None:
        temp.write_text("half a fi", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(catalogue_files, "_write_csv", disk_full)
    with pytest.raises(CatalogueFileError, match="No space left on device"):
        export_catalogue(services, target)
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert (tmp_path / "catalogue-indicators.csv").read_text(encoding="utf-8") == "previous indicators\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


# -- large files ---------------------------------------------------------------------------


def _many_rows(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "theme", "cost_min", "cost_max", "cost_currency", "suggested_indicators"])
        writer.writerows(
            [f"Z{n:06d}", f"Bulk entry {n} – Région", "export", "1000.00", "2500.50", "EUR", "RCO01"]
            for n in range(count)
        )


def test_more_than_100000_rows_are_refused_clearly(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    _many_rows(path, 100_001)
    before = snapshot(services)
    with pytest.raises(CatalogueFileError, match="has 100,001 rows; the limit is 100,000"):
        import_catalogue(services, path)
    assert snapshot(services) == before


@pytest.mark.slow
def test_100000_valid_rows_are_imported_with_bounded_work(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "bulk.csv"
    _many_rows(path, 100_000)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(services.workspace.engine, "before_cursor_execute", count)
    try:
        report = import_catalogue(services, path)
    finally:
        event.remove(services.workspace.engine, "before_cursor_execute", count)
    assert report.interventions_added == 100_000
    # Speed lives in benchmarks/; the bounded work: one statement per row, no per-row look-up
    assert len(statements) <= 100_000 + 50
    assert sum(statement.lstrip().upper().startswith("SELECT") for statement in statements) <= 50
    assert len(services.catalogue.export_rows()[0]) == 100_040


# -- command line --------------------------------------------------------------------------


def test_cli_exports_and_imports_and_reports_a_bad_file(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "catalogue.csv"
    assert main(["catalogue", "export", str(demo_path), str(csv_path)]) == 0
    assert "Catalogue written to" in capsys.readouterr().out
    assert main(["catalogue", "import", str(demo_path), str(csv_path)]) == 0
    assert "Imported 0 new and 40 updated interventions" in capsys.readouterr().out

    bad = tmp_path / "bad.csv"
    bad.write_text("code;name\nC01;Grant\n", encoding="utf-8")
    assert main(["catalogue", "import", str(demo_path), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("action-planner: Cannot import")
    assert "“theme”" in captured.err


def test_cli_export_to_a_missing_folder_fails_cleanly(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogue", "export", str(demo_path), str(tmp_path / "no" / "c.xlsx")]) == 2
    assert "does not exist" in capsys.readouterr().err
