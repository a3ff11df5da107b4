"""Catalogue files: the interventions and indicator library written to CSV or XLSX, and read back in."""

from __future__ import annotations

import contextlib
import csv
import io
import math
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from action_planner.export.gc_pause import gc_paused
from action_planner.export.workbook_limits import (
    MAX_COLUMNS,
    NO_DEFUSEDXML,
    UNREADABLE,
    WorkbookRefused,
    check_workbook,
    column_letters,
)
from action_planner.model.catalogue import INDICATOR_COLUMNS, INTERVENTION_COLUMNS
from action_planner.model.errors import ActionPlannerError
from action_planner.model.messages import Message, joined
from action_planner.model.services import ImportRefused, ImportReport, Services
from action_planner.model.services.catalogue import (
    INDICATOR_ROW,
    ROW,
    ROW_PROBLEM,
    listed_problems,
)
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate

Kind = Literal["interventions", "indicators"]
KINDS: tuple[Kind, ...] = ("interventions", "indicators")

#: Limits that keep a hostile or mistaken file from exhausting memory or time.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
EXCEL_LAST_ROW = 1_048_576

SHEETS: dict[Kind, str] = {"interventions": "Interventions", "indicators": "Indicators"}
COLUMNS: dict[Kind, tuple[str, ...]] = {"interventions": INTERVENTION_COLUMNS, "indicators": INDICATOR_COLUMNS}
REQUIRED: dict[Kind, tuple[str, ...]] = {
    "interventions": ("code", "name", "theme"),
    "indicators": ("code", "name", "kind"),
}
#: ``catalogue.csv`` has its indicator library beside it in ``catalogue-indicators.csv``.
INDICATORS_FILE_SUFFIX = "-indicators"
SEPARATORS = (",", ";", "\t")
#: Row number the service gives the first data row; its messages are renumbered to the file's rows.
_FIRST_ROW = 2
#: How a row of a named file or sheet is called in messages: %1 the file or sheet, %2 the row number.
NAMED_ROW = QT_TRANSLATE_NOOP("Model", "“%1” row %2")
SHEET_ROW = QT_TRANSLATE_NOOP("Model", "%1 row %2")
#: What a file's checks call the whole file, and the two kinds of table in it.
_THE_FILE = QT_TRANSLATE_NOOP("Model", "the file")
_AND = QT_TRANSLATE_NOOP("Model", "%1 and %2")
_LISTED = QT_TRANSLATE_NOOP("Model", "%1, %2")
_QUOTED = QT_TRANSLATE_NOOP("Model", "“%1”")
_HEADER = {
    "interventions": QT_TRANSLATE_NOOP("Model", "%1 %2. Its columns are %3; the interventions columns are %4."),
    "indicators": QT_TRANSLATE_NOOP("Model", "%1 %2. Its columns are %3; the indicators columns are %4."),
}
_MIN_WIDTH, _MAX_WIDTH = 8, 60
#: A row read from a file: its number there, and its text cells by column name.
FileRow = tuple[int, dict[str, str]]


class CatalogueFileError(ActionPlannerError):
    """A catalogue file could not be written or read; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str, *, writing: bool = False) -> None:
        self.path = path
        self.problem = problem
        text = (
            QT_TRANSLATE_NOOP("Model", "Cannot write “%1”: %2")
            if writing
            else QT_TRANSLATE_NOOP("Model", "Cannot import “%1”: %2")
        )
        super().__init__(Message(text, str(path), problem))


def indicators_path(path: Path) -> Path:
    """The CSV file holding the indicator library that goes with the interventions in ``path``."""
    return path.with_name(f"{path.stem}{INDICATORS_FILE_SUFFIX}{path.suffix}")


# -- export ------------------------------------------------------------------------------


def export_catalogue(services: Services, path: str | os.PathLike[str]) -> Path:
    """Write the catalogue to ``path``: ``.xlsx`` (two sheets) or ``.csv`` (plus ``<stem>-indicators.csv``)."""
    target = Path(path).absolute()
    interventions, indicators = services.catalogue.export_rows()
    tables: dict[Kind, list[dict[str, str]]] = {
        "interventions": [row.as_strings() for row in interventions],
        "indicators": [row.as_strings() for row in indicators],
    }
    suffix = target.suffix.lower()
    if suffix == ".csv":
        _replace_atomically(
            [
                (target, lambda temp: _write_csv(temp, COLUMNS["interventions"], tables["interventions"])),
                (indicators_path(target), lambda temp: _write_csv(temp, COLUMNS["indicators"], tables["indicators"])),
            ]
        )
    elif suffix == ".xlsx":
        _replace_atomically([(target, lambda temp: _write_xlsx(target, temp, tables))])
    else:
        raise CatalogueFileError(
            target, Message(QT_TRANSLATE_NOOP("Model", "choose a file name ending in .csv or .xlsx.")), writing=True
        )
    return target


def _write_csv(temp: Path, columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> None:
    # UTF-8 with a byte order mark, so that Excel shows accents right; comma-separated, CRLF line ends.
    with temp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows([row[name] for name in columns] for row in rows)


def _write_xlsx(target: Path, temp: Path, tables: Mapping[Kind, Sequence[Mapping[str, str]]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import IllegalCharacterError

    def put(sheet: Any, row: int, column: int, text: str) -> Any:
        cell = sheet.cell(row=row, column=column)
        cell.value = text
        cell.data_type = "s"  # always text: "=HYPERLINK(…)" in a description must never become a formula
        return cell

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    try:
        for kind in KINDS:
            sheet = workbook.create_sheet(SHEETS[kind])
            columns, rows = COLUMNS[kind], tables[kind]
            for number, name in enumerate(columns, start=1):
                put(sheet, 1, number, name).font = bold
                longest = max((len(line) for row in rows for line in row[name].split("\n")), default=0)
                for row_number, row in enumerate(rows, start=2):
                    if row[name]:
                        cell = put(sheet, row_number, number, row[name])
                        if longest > _MAX_WIDTH:
                            cell.alignment = wrap
                width = min(_MAX_WIDTH, max(_MIN_WIDTH, longest, len(name)) + 2)
                sheet.column_dimensions[get_column_letter(number)].width = width
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    except IllegalCharacterError as exc:
        problem = Message(QT_TRANSLATE_NOOP("Model", "an entry holds a character Excel cannot store (%1)."), str(exc))
        raise CatalogueFileError(target, problem, writing=True) from None
    workbook.save(temp)


def _replace_atomically(files: Sequence[tuple[Path, Callable[[Path], None]]]) -> None:
    """Write every file to a temporary file beside it, then move each into place; a failure leaves targets intact."""
    temps: list[Path] = []
    current = files[0][0]
    try:
        for current, write in files:
            if current.is_dir():
                raise CatalogueFileError(current, Message(_A_FOLDER), writing=True)
            handle, name = tempfile.mkstemp(prefix=f".{current.name}.", suffix=".part", dir=current.parent)
            os.close(handle)
            temps.append(Path(name))
            write(temps[-1])
            with temps[-1].open("r+b") as written:
                os.fsync(written.fileno())
            if current.exists():
                shutil.copymode(current, temps[-1])
            else:
                temps[-1].chmod(0o644)  # mkstemp makes the file private; an export is an ordinary document
        for (current, _), temp in zip(files, temps, strict=True):
            os.replace(temp, current)  # each file is replaced whole; the pair only once both are written
    except OSError as exc:
        raise CatalogueFileError(current, _os_problem(current, exc), writing=True) from None
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()


_A_FOLDER = QT_TRANSLATE_NOOP("Model", "that is a folder.")


def _os_problem(path: Path, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return Message(QT_TRANSLATE_NOOP("Model", "the folder “%1” does not exist."), str(path.parent))
    if isinstance(exc, PermissionError):
        return Message(
            QT_TRANSLATE_NOOP(
                "Model", "permission denied (is the file open in another program, or the folder read-only?)."
            )
        )
    if isinstance(exc, IsADirectoryError):
        return Message(_A_FOLDER)
    return f"{exc.strerror or exc}."


# -- import ------------------------------------------------------------------------------


@dataclass
class _Table:
    """One CSV file or sheet whose header was checked, and its rows as they are read."""

    kind: Kind
    label: tuple[str, ...]  # how messages name a row: a source with the row number last (ROW, NAMED_ROW …) and its
    # arguments before the number
    columns: tuple[str, ...]  # the known columns the file has
    rows: Iterator[FileRow]  # the rows of the right shape with their row numbers; raises the file's problems
    # (wrong shapes, repeated codes, too many rows) once every row was read


def import_catalogue(services: Services, path: str | os.PathLike[str]) -> ImportReport:
    """Import a catalogue file: all rows or none.

    ``.xlsx``: the "Interventions" and/or "Indicators" sheets. ``.csv``: interventions, or indicators when the
    header has "kind"/"unit" and no "theme"; an interventions file brings ``<stem>-indicators.csv`` along when
    that file is beside it. A column left out of the file keeps the existing entries' values. The file is
    only read, its interventions row by row as they are imported. Problems come out as
    :class:`CatalogueFileError` or :class:`ImportRefused`; those of the file's shape come first, in the order
    of the file's tables.
    """
    source = Path(path).absolute()
    suffix = source.suffix.lower()
    with gc_paused(), contextlib.ExitStack() as opened:  # an .xlsx workbook stays open while its rows are imported
        if suffix == ".csv":
            tables = [_read_csv(source, (ROW,))]
            sibling = indicators_path(source)
            if tables[0].kind == "interventions" and sibling.is_file():
                tables += _after(tables[0], lambda: _read_csv(sibling, (NAMED_ROW, sibling.name), kind="indicators"))
        elif suffix == ".xlsx":
            tables = _read_xlsx(source, opened)
        else:
            raise CatalogueFileError(
                source, Message(QT_TRANSLATE_NOOP("Model", "only .csv and .xlsx files can be imported."))
            )
        by_kind = {table.kind: table for table in tables}
        _keep_missing_columns(services, by_kind.values())
        nothing: Iterator[FileRow] = iter(())
        try:
            return services.catalogue.import_numbered(
                by_kind["interventions"].rows if "interventions" in by_kind else nothing,
                by_kind["indicators"].rows if "indicators" in by_kind else nothing,
            )
        except ImportRefused as exc:
            raise _relabelled(exc, by_kind) from None


def _after(first: _Table, read: Callable[[], _Table | None]) -> list[_Table]:
    """The table ``read`` returns (none if it has no header), read whole now, as the import wants the indicators
    before the interventions; its problems are raised only after ``first``'s rows, as the file orders them."""
    try:
        table = read()
        if table is None:
            return []
        table.rows = iter(list(table.rows))
    except CatalogueFileError as exc:
        first.rows = _then_raise(first.rows, exc)
        return []
    return [table]


def _then_raise(rows: Iterator[FileRow], exc: CatalogueFileError) -> Iterator[FileRow]:
    yield from rows
    raise exc


def _keep_missing_columns(services: Services, tables: Iterable[_Table]) -> None:
    """Fill columns the file leaves out from the entry with the same code, so that they are not blanked."""
    gaps = [(table, [c for c in COLUMNS[table.kind] if c not in table.columns]) for table in tables]
    if not any(missing for _, missing in gaps):
        return
    interventions, indicators = services.catalogue.export_rows()
    existing: dict[Kind, dict[str, dict[str, str]]] = {
        "interventions": {row.code: row.as_strings() for row in interventions},
        "indicators": {row.code: row.as_strings() for row in indicators},
    }
    for table, missing in gaps:
        if missing:  # row by row, as the import reads them
            blank = dict.fromkeys(missing, "")
            known = {code: {name: old.get(name, "") for name in missing} for code, old in existing[table.kind].items()}
            table.rows = _filled(table.rows, known, blank)


def _filled(
    rows: Iterator[FileRow], known: Mapping[str, Mapping[str, str]], blank: Mapping[str, str]
) -> Iterator[FileRow]:
    for number, row in rows:
        row.update(known.get(row["code"].strip().upper(), blank))
        yield number, row


def _relabelled(exc: ImportRefused, tables: Mapping[Kind, _Table]) -> ImportRefused:
    """The service's refusal with its rows named as the file names them ("“x-indicators.csv” row 4")."""

    def relabel(problem: str) -> str:
        if not isinstance(problem, Message) or problem.source != ROW_PROBLEM:
            return problem
        row = problem.args[0]
        if not isinstance(row, Message) or row.source not in (ROW, INDICATOR_ROW):
            return problem
        table = tables.get("interventions" if row.source == ROW else "indicators")
        if table is None:
            return problem
        return Message(ROW_PROBLEM, _row(table.label, int(str(row.args[0]))), *problem.args[1:])

    return ImportRefused([relabel(problem) for problem in exc.problems], len(exc.problems))


def _read_bytes(source: Path) -> bytes:
    try:
        # Opened without blocking, then checked: a FIFO or device named "x.csv" is refused, not waited on.
        descriptor = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise CatalogueFileError(
                    source,
                    Message(QT_TRANSLATE_NOOP("Model", "it is not a regular file (a pipe, a device or a folder).")),
                )
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CatalogueFileError(source, Message(QT_TRANSLATE_NOOP("Model", "there is no such file."))) from None
    except OSError as exc:
        raise CatalogueFileError(source, _os_problem(source, exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise CatalogueFileError(
            source,
            Message(QT_TRANSLATE_NOOP("Model", "the file is larger than %1 MB, the limit."), MAX_FILE_BYTES // 2**20),
        )
    return data


def _read_csv(source: Path, label: tuple[str, ...], kind: Kind | None = None) -> _Table:
    data = _read_bytes(source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # what Excel's plain "CSV" writes on Western European Windows
        except UnicodeDecodeError:
            problem = Message(
                QT_TRANSLATE_NOOP("Model", "it is neither UTF-8 nor Windows-1252 text; save it as “CSV UTF-8”.")
            )
            raise CatalogueFileError(source, problem) from None
    if "\x00" in text:
        raise CatalogueFileError(
            source, Message(QT_TRANSLATE_NOOP("Model", "it is not a CSV text file; save it from Excel as “CSV UTF-8”."))
        )
    first = next((line for line in text.splitlines() if line.strip()), "")
    separator = max(SEPARATORS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)

    def records() -> Iterator[tuple[int, list[str]]]:
        try:
            yield from enumerate(reader, start=1)
        except csv.Error as exc:
            raise CatalogueFileError(
                source,
                Message(QT_TRANSLATE_NOOP("Model", "line %1 is not valid CSV (%2)."), str(reader.line_num), str(exc)),
            ) from None

    table = _read_table(source, records(), kind=kind, label=label, exact_width=True)
    if table is None:
        raise CatalogueFileError(
            source, Message(QT_TRANSLATE_NOOP("Model", "the file is empty; it needs a header row naming the columns."))
        )
    return table


def _read_xlsx(source: Path, opened: contextlib.ExitStack) -> list[_Table]:
    """The workbook's sheets whose header was checked; the workbook stays open in ``opened`` for their rows."""
    data = _read_bytes(source)
    _check_archive(source, data)
    from openpyxl import load_workbook
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # openpyxl then parses with the standard library, open to entity expansion
        raise CatalogueFileError(source, Message(NO_DEFUSEDXML))
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds of error for a damaged workbook
        raise CatalogueFileError(source, Message(UNREADABLE, f"{type(exc).__name__}: {exc}")) from None
    opened.callback(workbook.close)
    names = {name.strip().lower(): name for name in workbook.sheetnames}

    def read(kind: Kind) -> _Table | None:
        if SHEETS[kind].lower() not in names:
            return None
        return _read_table(
            source,
            _sheet_cells(source, workbook[names[SHEETS[kind].lower()]]),
            kind=kind,
            label=(SHEET_ROW, SHEETS[kind]),
            where=Message(QT_TRANSLATE_NOOP("Model", "the sheet “%1”"), SHEETS[kind]),
        )

    first = read("interventions")  # an empty sheet counts as absent
    if first is not None:
        tables = [first, *_after(first, lambda: read("indicators"))]
    else:
        tables = [table for table in (read("indicators"),) if table is not None]
    if not tables:
        found = _quoted(names.values())
        problem = Message(
            QT_TRANSLATE_NOOP("Model", "it has no sheet named “%1” or “%2” with a header row (it has %3)."),
            SHEETS["interventions"],
            SHEETS["indicators"],
            found,
        )
        raise CatalogueFileError(source, problem)
    return tables


def _sheet_cells(source: Path, sheet: Any) -> Iterator[tuple[int, list[str]]]:
    """The numbered rows of a read-only sheet as text cells."""
    try:
        sheet.reset_dimensions()  # some programs write a wrong size; read what is there
        for number, cells in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            yield number, [_cell_text(value) for value in cells]
    except ActionPlannerError:
        raise
    except Exception as exc:  # a damaged sheet part: name it rather than show a traceback
        raise CatalogueFileError(source, Message(UNREADABLE, f"{type(exc).__name__}: {exc}")) from None


def _check_archive(source: Path, data: bytes) -> None:
    """Refuse anything but a plain zip whose parts fit the limits, before openpyxl unpacks it (zip bombs,
    millions of shared strings, cells far to the right)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_workbook(archive)
    except WorkbookRefused as exc:
        raise CatalogueFileError(source, exc.problem) from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        raise CatalogueFileError(
            source,
            Message(QT_TRANSLATE_NOOP("Model", "it is not an Excel workbook (.xlsx); save it from Excel as .xlsx.")),
        ) from None


def _cell_text(value: object) -> str:
    """A cell's value as the text a planner sees: 12 → "12", 2500.5 → "2500.5", a date → "2026-03-31"."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and math.isfinite(value):
        # Excel keeps 15 significant digits; this drops binary noise such as 0.30000000000000004
        # and never writes an exponent.
        text = format(Decimal(format(value, ".15g")).normalize(), "f")
    elif isinstance(value, datetime) and value.time() == time():
        text = value.date().isoformat()
    elif isinstance(value, date | time):
        text = value.isoformat()
    else:
        text = str(value)
    return text


def _read_table(
    source: Path,
    records: Iterable[tuple[int, list[str]]],
    *,
    kind: Kind | None,
    label: tuple[str, ...],
    where: str = "",
    exact_width: bool = False,
) -> _Table | None:
    """Check a header now (None when there is not even one); its rows are checked as they are read.

    A header that does not fit is refused at once; rows of the wrong shape and repeated codes are listed
    together once the last row was read (empty rows are skipped).
    """
    where = where or Message(_THE_FILE)
    rows = iter(records)
    header: list[str] | None = None
    for _, cells in rows:
        if any(cell.strip() for cell in cells):
            header = [cell.strip().lower() for cell in cells]
            break
    if header is None:
        return None
    if kind is None:
        kind = "indicators" if "theme" not in header and {"kind", "unit"} & set(header) else "interventions"
    _check_header(source, where, kind, header)
    body = _rows(source, rows, header, label=label, where=where, exact_width=exact_width)
    return _Table(kind, label, tuple(name for name in header if name), body)


def _rows(
    source: Path,
    rows: Iterator[tuple[int, list[str]]],
    header: Sequence[str],
    *,
    label: tuple[str, ...],
    where: str,
    exact_width: bool,
) -> Iterator[FileRow]:
    """The rows under ``header`` that have its shape, as cells by column name with their row numbers; the other
    rows' problems, repeated codes and a count beyond :data:`MAX_ROWS` are raised after the last row."""
    named = [(index, name) for index, name in enumerate(header) if name]
    width, every_column_named = len(header), all(header)
    problems: list[str] = []
    codes: dict[str, int] = {}
    count = 0
    for number, cells in rows:
        if number > EXCEL_LAST_ROW:
            raise CatalogueFileError(
                source,
                Message(QT_TRANSLATE_NOOP("Model", "%1 goes beyond row %2, Excel's last row."), where, EXCEL_LAST_ROW),
            )
        if not "".join(cells).strip():  # every cell empty or blank
            continue
        count += 1
        if count > MAX_ROWS:
            continue
        usual = len(cells) == width if exact_width else len(cells) <= width and every_column_named
        shape = None if usual else _shape_problem(_row(label, number), cells, header, exact_width)
        if shape:
            problems.append(shape)
            continue
        if every_column_named and len(cells) == width:
            row = dict(zip(header, cells, strict=True))  # the usual row, built in one call
        else:
            row = {name: cells[index] if index < len(cells) else "" for index, name in named}
        code = row["code"].strip().upper()
        if code and code in codes:
            again = Message(QT_TRANSLATE_NOOP("Model", "%1 is also on row %2."), code, str(codes[code]))
            problems.append(Message(ROW_PROBLEM, _row(label, number), "code", again))
        codes.setdefault(code, number)
        yield number, row
    if count > MAX_ROWS:
        raise CatalogueFileError(
            source, Message(QT_TRANSLATE_NOOP("Model", "%1 has %2 rows; the limit is %3."), where, count, MAX_ROWS)
        )
    if problems:
        listed = listed_problems(problems, len(problems))
        heading = QT_TRANSLATE_NOOP("Model", "nothing was imported; fix these rows and try again:\n%1")
        raise CatalogueFileError(source, Message(heading, listed))


def _quoted(names: Iterable[str]) -> str:
    """Column or sheet names in quotation marks, listed with commas, as the planner's language writes both."""
    return joined([Message(_QUOTED, name) for name in names], _LISTED)


def _row(label: tuple[str, ...], number: int) -> Message:
    """What messages call row ``number`` of a table named by ``label``."""
    return Message(label[0], *label[1:], str(number))


def _shape_problem(row: Message, cells: Sequence[str], header: Sequence[str], exact_width: bool) -> Message | None:
    if exact_width and len(cells) != len(header):
        return Message(QT_TRANSLATE_NOOP("Model", "%1 has %2 cells; the header has %3."), row, len(cells), len(header))
    if len(cells) <= len(header) and all(header):  # every cell is under a named column (the usual row)
        return None
    stray = [i for i, cell in enumerate(cells) if cell.strip() and (i >= len(header) or not header[i])]
    if stray:
        return Message(
            QT_TRANSLATE_NOOP("Model", "%1 has a value in column %2, which has no name in the header."),
            row,
            column_letters(stray[0] + 1),
        )
    return None


def _check_header(source: Path, where: str, kind: Kind, header: Sequence[str]) -> None:
    names = [name for name in header if name]
    missing = [name for name in REQUIRED[kind] if name not in names]
    unknown = [name for name in dict.fromkeys(names) if name not in COLUMNS[kind]]
    repeated = [name for name in dict.fromkeys(names) if names.count(name) > 1]
    if not (missing or unknown or repeated):
        return

    def quoted(items: Iterable[str]) -> str:
        return _quoted(item[:40] for item in items)

    problems: list[str] = []
    if missing:
        problems.append(Message(translate("Model", "lacks the column(s) %1", None, 1), quoted(missing), n=len(missing)))
    if unknown:
        problems.append(
            Message(translate("Model", "has the unknown column(s) %1", None, 1), quoted(unknown), n=len(unknown))
        )
    if repeated:
        problems.append(Message(QT_TRANSLATE_NOOP("Model", "has %1 more than once"), quoted(repeated)))
    columns = quoted(names[:30]) or Message(QT_TRANSLATE_NOOP("Model", "none"))
    raise CatalogueFileError(
        source, Message(_HEADER[kind], where, joined(problems, _AND), columns, ", ".join(COLUMNS[kind]))
    )
