"""Read a returned review workbook safely and compare it three ways: as sent, as returned, as the plan is now.

The file is only ever read: its bytes are taken once (size-limited), its zip parts checked before openpyxl
sees them (:mod:`workbook_limits`: zip bombs, millions of strings), its rows counted, and then it is read
in openpyxl's read-only mode. A problem with the whole file (another workspace's, a closed round, no
manifest) refuses it; a problem with one row (a typed-over id, an id twice, a formula, text in an amount)
refuses that row, named by sheet and number, and nothing from it is used.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import math
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from action_planner.export import captions
from action_planner.export.language import LANGUAGES, Labels, labels_for
from action_planner.export.review_word import WORD_UNREADABLE, WordReviewRefused, is_word_document, read_word_comments
from action_planner.export.review_workbook import (
    ACTIONS,
    BUDGET,
    COLUMNS,
    DATE_FIELDS,
    FORMAT,
    INTRO,
    KPIS,
    MANIFEST,
    NEW_ACTION,
    NEW_LINE,
    ORGANISATION_CELL,
    PROPOSALS,
    REVIEWER_CELL,
    SHEET_KIND,
    headers,
    sheet_name,
    status_labels,
)
from action_planner.export.workbook_limits import (
    COMPRESSED,
    NO_DEFUSEDXML,
    TOO_MANY_PARTS,
    UNREADABLE,
    WorkbookRefused,
    check_workbook,
)
from action_planner.model.errors import ActionPlannerError, ValidationError
from action_planner.model.messages import Message, joined
from action_planner.model.review import (
    BOTH,
    NEW,
    PARTNER,
    REMOVED,
    Comment,
    Difference,
    Record,
    canonical,
    check_record_id,
    manifest_mac,
    proposal_key,
)
from action_planner.model.services import Services
from action_planner.model.services.actions import ACTION_FIELDS
from action_planner.model.services.budget import LINE_FIELDS
from action_planner.model.services.kpis import KPI_FIELDS
from action_planner.model.services.reviews import RoundView
from action_planner.model.sources import SourceNames
from action_planner.model.translatable import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 20 * 1024 * 1024
#: Rows over all sheets: a review of the largest workspace has a few thousand.
MAX_ROWS = 20_000
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_ACTION_REF = re.compile(r"^\s*A([0-9]{1,12})\s*$")
_PLAN_LABEL = re.compile(r"^\s*P([0-9]{1,12})\b")
_NUMBER_FIELDS = {"amount", "baseline", "target", "year"}
CHECKS: Mapping[str, Callable[[object], Any]] = {**ACTION_FIELDS, **LINE_FIELDS, **KPI_FIELDS}
#: The size checks' refusals that name a workbook, as they read for a Word document.
_AS_DOCUMENT = {
    TOO_MANY_PARTS: QT_TRANSLATE_NOOP("Model", "it holds %1 parts; a document has far fewer."),
    COMPRESSED: QT_TRANSLATE_NOOP("Model", "its part “%1” is compressed %2 to 1, which no real document is."),
}
_NO_SUCH_ROUND = QT_TRANSLATE_NOOP("Model", "this workspace never sent review round %1.")


class ReviewFileError(ActionPlannerError):
    """A returned workbook refused as a whole; nothing from it is used and the file is unchanged."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(Message(QT_TRANSLATE_NOOP("Model", "Cannot import the review “%1”: %2"), path.name, problem))


@dataclass(frozen=True, slots=True)
class ReviewFile:
    """What one returned workbook (or Word file: comments only, no round) proposes, and the rows refused."""

    path: Path
    round_id: int | None  # None for a Word file
    reviewer: str
    organisation: str
    differences: tuple[Difference, ...]
    comments: tuple[Comment, ...]
    refused: tuple[str, ...]  # "Budget row 7: …"
    sha256: str  # of the bytes read, so a caller can show the file was not changed
    rows: int
    unattached: tuple[str, ...] = ()  # Word comments on no action: reported, never imported


@dataclass
class _Reading:
    path: Path
    round: RoundView
    reviewer: str
    organisation: str
    now: Mapping[str, Record]
    differences: list[Difference] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    unsure: set[str] = field(default_factory=set)  # kinds with a refused row: no removal is inferred for them
    sources: SourceNames = field(default_factory=SourceNames)  # the workspace's funding sources
    rows: int = 0
    labels: Labels = field(default_factory=Labels)  # the language the workbook was sent in

    def sheet(self, name: str) -> str:
        """The name of a sheet (by its English name) as this workbook shows it."""
        return sheet_name(name, self.labels)


class _RowRefused(Exception):
    """One row refused; ``args[0]`` says why (a message, completed by the callers into a whole sentence)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


#: A refused row as the review lists it: %1 the row (:data:`_SHEET_ROW`), %2 why.
_ROW_REFUSED = QT_TRANSLATE_NOOP("Model", "%1: %2; nothing from this row is used.")
#: A row of a sheet: %1 the sheet's name, %2 the row number.
_SHEET_ROW = QT_TRANSLATE_NOOP("Model", "%1 row %2")
_FORMULA = QT_TRANSLATE_NOOP("Model", "the %1 cell holds a formula; type the value itself")


def read_review(services: Services, path: str | os.PathLike[str]) -> ReviewFile:
    """Read and compare one returned workbook (never writing it); raise :class:`ReviewFileError` to refuse it."""
    source = Path(path).expanduser().absolute()
    data = _read_bytes(source)
    if _is_word(source, data):
        return _read_word(services, source, data)
    _check_archive(source, data)
    from openpyxl import load_workbook
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise ReviewFileError(source, Message(NO_DEFUSEDXML))
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds of error for a damaged workbook
        raise ReviewFileError(source, Message(UNREADABLE, type(exc).__name__)) from None
    try:
        reading = _open_reading(services, source, workbook)
        for sheet in (ACTIONS, BUDGET, KPIS):
            _read_records(reading, workbook, sheet)
        _read_proposals(reading, workbook)
        _removed(reading)
    except ActionPlannerError:
        raise
    except Exception as exc:  # a damaged sheet part: name it rather than show a traceback
        raise ReviewFileError(source, Message(UNREADABLE, type(exc).__name__)) from None
    finally:
        workbook.close()
    return ReviewFile(
        path=source,
        round_id=reading.round.id,
        reviewer=reading.reviewer,
        organisation=reading.organisation,
        differences=tuple(reading.differences),
        comments=tuple(reading.comments),
        refused=tuple(reading.refused),
        sha256=hashlib.sha256(data).hexdigest(),
        rows=reading.rows,
    )


def _is_word(source: Path, data: bytes) -> bool:
    """Whether the file is a Word document (checked for size and zip bombs before anything is unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if not is_word_document(archive):
                return False
            if "[Content_Types].xml" not in archive.namelist():
                raise ReviewFileError(
                    source, Message(QT_TRANSLATE_NOOP("Model", "it is a zip file but not a Word document (.docx)."))
                )
            check_workbook(archive)  # the same zip-bomb and size guard as a workbook's
    except WorkbookRefused as exc:
        problem = exc.problem
        if isinstance(problem, Message) and problem.source in _AS_DOCUMENT:
            problem = Message(_AS_DOCUMENT[problem.source], *problem.args)
        raise ReviewFileError(source, problem) from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        if source.suffix.lower() == ".docx":
            raise ReviewFileError(
                source, Message(QT_TRANSLATE_NOOP("Model", "it is not a Word document (.docx)."))
            ) from None
        return False  # refused below as not a workbook
    return True


def _read_word(services: Services, source: Path, data: bytes) -> ReviewFile:
    try:
        found = read_word_comments(services, data)
    except WordReviewRefused as exc:
        raise ReviewFileError(source, exc.problem) from None
    except ActionPlannerError:
        raise
    except Exception as exc:  # a damaged part: name it rather than show a traceback
        raise ReviewFileError(source, Message(WORD_UNREADABLE, type(exc).__name__)) from None
    return ReviewFile(
        path=source,
        round_id=None,
        reviewer=", ".join(found.reviewers) or source.stem,
        organisation=", ".join(found.organisations),
        differences=(),
        comments=found.comments,
        refused=(),
        sha256=hashlib.sha256(data).hexdigest(),
        rows=found.count,
        unattached=found.unattached,
    )


def all_comments(files: Iterable[ReviewFile]) -> list[Comment]:
    """Every file's comments, each once (the same Word comment in two copies of a file is one comment)."""
    return list({c.key: c for f in files for c in f.comments}.values())


def merge(files: Sequence[ReviewFile]) -> list[Difference]:
    """Every file's differences in one list; two reviewers proposing different values for a field are marked."""
    proposed: dict[tuple[str, str], set[str]] = {}
    everything = [d for f in files for d in f.differences]
    for difference in everything:
        if difference.kind == "edit":
            proposed.setdefault((difference.record, difference.field), set()).add(difference.returned)
    return [
        dataclasses.replace(d, conflict=True) if len(proposed.get((d.record, d.field), ())) > 1 else d
        for d in everything
    ]


# -- the file --------------------------------------------------------------------------


def _read_bytes(source: Path) -> bytes:
    try:
        descriptor = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ReviewFileError(source, Message(QT_TRANSLATE_NOOP("Model", "it is not a regular file.")))
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ReviewFileError(source, Message(QT_TRANSLATE_NOOP("Model", "there is no such file."))) from None
    except OSError as exc:
        raise ReviewFileError(
            source, Message(QT_TRANSLATE_NOOP("Model", "it cannot be read (%1)."), exc.strerror or str(exc))
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise ReviewFileError(
            source,
            Message(QT_TRANSLATE_NOOP("Model", "the file is larger than %1 MB, the limit."), MAX_FILE_BYTES // 2**20),
        )
    return data


def _check_archive(source: Path, data: bytes) -> None:
    """Zip-bomb and size checks on the parts' declared and streamed sizes, then a count of rows."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_workbook(archive)
            rows = 0
            for member in archive.infolist():
                name = member.filename.lower()
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    rows += _count_rows(archive, member)
                    if rows > MAX_ROWS:
                        raise WorkbookRefused(
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "Model", "its sheets hold more than %1 rows; a review workbook has far fewer."
                                ),
                                MAX_ROWS,
                            )
                        )
    except WorkbookRefused as exc:
        raise ReviewFileError(source, exc.problem) from None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        raise ReviewFileError(
            source,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model", "it is not an Excel workbook (.xlsx) or a Word document (.docx) that Action Planner wrote."
                )
            ),
        ) from None


def _count_rows(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> int:
    count, carried = 0, b""
    with archive.open(member) as part:
        while block := part.read(1024 * 1024):
            data = carried + block
            cut = data.rfind(b">") + 1
            count += len(_ROW.findall(data[:cut]))
            carried = data[cut:][-4096:]
    return count + len(_ROW.findall(carried))


def _sheet_rows(workbook: Any, name: str, shown: str | None = None) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The rows of the sheet ``name`` (its English name), found under the name it is ``shown`` by."""
    sheet = workbook[shown or name]
    sheet.reset_dimensions()  # some programs write a wrong size; read what is there
    # values only: a formula comes back as its text (“=…”), which is all the check of a formula needs
    yield from enumerate(sheet.iter_rows(max_col=len(COLUMNS.get(name, ())) or 2, values_only=True), start=1)


def _open_reading(services: Services, source: Path, workbook: Any) -> _Reading:
    names = set(workbook.sheetnames)
    if MANIFEST not in names:
        raise ReviewFileError(
            source,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model", "its manifest is missing, so it cannot be tied to a review this workspace sent."
                )
            ),
        )
    entries: dict[str, str] = {}
    for _, cells in _sheet_rows(workbook, MANIFEST):
        if len(cells) >= 2:
            entries.setdefault(_text(cells[0]), _text(cells[1]))
    if entries.get("format") != FORMAT:
        raise ReviewFileError(
            source, Message(QT_TRANSLATE_NOOP("Model", "its manifest is not one this version of Action Planner wrote."))
        )
    workspace_id = services.reviews.workspace_id()
    if not workspace_id or entries.get("workspace") != workspace_id:
        raise ReviewFileError(
            source,
            Message(
                QT_TRANSLATE_NOOP("Model", "it was sent from another workspace; open that workspace to import it.")
            ),
        )
    try:
        round_id = int(entries.get("round", ""))
    except ValueError:
        raise ReviewFileError(
            source, Message(QT_TRANSLATE_NOOP("Model", "its manifest was changed (the round number is not a number)."))
        ) from None
    try:
        sent = services.reviews.round(round_id)
    except ActionPlannerError:
        raise ReviewFileError(source, Message(_NO_SUCH_ROUND, str(round_id))) from None
    plans = entries.get("plans", "")
    language = entries.get("language") or "en"  # a workbook sent before workbooks had a language is English
    signature = manifest_mac(sent.secret, sent.workspace_id, sent.id, sent.plan_ids, language)
    changed = plans != ",".join(str(p) for p in sent.plan_ids) or entries.get("signature") != signature
    if changed or language not in ("en", *LANGUAGES):
        raise ReviewFileError(
            source, Message(QT_TRANSLATE_NOOP("Model", "its manifest was changed since it was sent."))
        )
    if sent.closed:
        raise ReviewFileError(
            source,
            Message(
                QT_TRANSLATE_NOOP("Model", "review round %1 is closed; its workbooks are no longer imported."),
                str(round_id),
            ),
        )
    labels = labels_for(language)
    missing = [sheet_name(n, labels) for n in (INTRO, ACTIONS, BUDGET, KPIS, PROPOSALS)]
    missing = [n for n in missing if n not in names]
    if missing:
        raise ReviewFileError(
            source,
            Message(
                QT_TRANSLATE_NOOP("Model", "the sheet “%1” is missing; import the workbook as it was sent."), missing[0]
            ),
        )
    intro = workbook[sheet_name(INTRO, labels)]
    reviewer = _text(intro[REVIEWER_CELL].value) or sent.reviewer or source.stem
    organisation = _text(intro[ORGANISATION_CELL].value)
    now = services.reviews.current(list(sent.plan_ids))
    return _Reading(
        source, sent, reviewer[:200], organisation[:300], now, sources=services.funding_sources.names(), labels=labels
    )


# -- values ----------------------------------------------------------------------------


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _number(value: object) -> Decimal:
    if isinstance(value, bool):
        raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "is TRUE/FALSE, not a number")))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "is not a finite number")))
        return Decimal(format(value, ".15g"))  # Excel keeps 15 significant digits
    if isinstance(value, Decimal):
        return value
    raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "is text (“%1”), not a number"), _text(value)[:30]))


def _value(
    name: str,
    cell: object,
    where: str,
    sent: str | None = None,
    *,
    sources: SourceNames | None = None,
    labels: Labels | None = None,
) -> str:
    """The canonical text of one editable cell, checked as the services check it (text as ``sent`` was
    checked when it was stored, and long descriptions are most of a workbook's text)."""
    value = cell
    if isinstance(value, str) and value.startswith("=") and value != sent:  # a text sent as “=…” stays text
        raise _RowRefused(Message(_FORMULA, _label(name)))
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    try:
        if name in _NUMBER_FIELDS:
            return _number_text(name, value)
        if name in DATE_FIELDS:
            return _date_text(value)
        if name == "funding_source":
            return _source_code(value, sources or SourceNames())
        if name == "status" and isinstance(value, str) and labels is not None:
            value = status_labels(labels).get(value.strip(), value)  # the label as sent, in English
        return _checked_text(name, value, sent)
    except _RowRefused as exc:
        raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "the %1 %2"), _label(name), exc.problem)) from None
    except (ValidationError, InvalidOperation) as exc:
        problem = joined(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "the %1: %2"), _label(name), problem)) from None


def _number_text(name: str, value: object) -> str:
    number = _number(value)
    if name != "year":
        return canonical(number)
    if number != number.to_integral_value():
        raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "is not a whole year")))
    return str(int(number))


def _date_text(value: object) -> str:
    if isinstance(value, datetime):
        if value.time() != time():
            raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "is a time, not a date")))
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "is text (“%1”), not a date"), _text(value)[:30]))


def _source_code(value: object, sources: SourceNames) -> str:
    """The code of the workspace's funding source a cell names (the workbook shows names)."""
    code = sources.code_of(value if isinstance(value, str) else canonical(value))
    if code is None:
        names = ", ".join(s.name for s in sources)  # the workspace's own names, as the workbook lists them
        raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "is not one of: %1"), names))
    return code


def _checked_text(name: str, value: object, sent: str | None) -> str:
    text = value if isinstance(value, str) else canonical(value)
    if sent is not None and canonical(text) == sent:
        return sent
    check = CHECKS.get(name)
    return canonical(check(text) if check else text.strip())


def _label(name: str) -> str:
    return name.replace("_", " ")


def _columns(sheet: str, header: Sequence[Any], labels: Labels, path: Path) -> dict[str, int]:
    """Where each field's column is, found by its header (the headers must be as sent, in its language)."""
    expected = headers(sheet, labels)
    found = [_text(c) for c in header][: len(expected)]
    if found != expected:
        raise ReviewFileError(
            path,
            Message(
                QT_TRANSLATE_NOOP("Model", "the header row of the sheet “%1” was changed; import it as it was sent."),
                sheet_name(sheet, labels),
            ),
        )
    return {name: index for index, (_, name) in enumerate(COLUMNS[sheet]) if name is not None}


# -- rows ------------------------------------------------------------------------------


def _read_records(reading: _Reading, workbook: Any, sheet: str) -> None:
    kind = SHEET_KIND[sheet]
    ids: dict[str, list[int]] = {}
    rows: list[tuple[int, tuple[Any, ...]]] = []
    columns: dict[str, int] = {}
    for number, cells in _sheet_rows(workbook, sheet, reading.sheet(sheet)):
        if number == 1:
            columns = _columns(sheet, cells, reading.labels, reading.path)
            continue
        if all(c is None for c in cells):
            continue
        reading.rows += 1
        if reading.rows > MAX_ROWS:
            raise ReviewFileError(
                reading.path, Message(QT_TRANSLATE_NOOP("Model", "it holds more than %1 rows."), MAX_ROWS)
            )
        ids.setdefault(_text(cells[0]) if cells else "", []).append(number)
        rows.append((number, cells))
    for number, cells in rows:
        where = Message(_SHEET_ROW, reading.sheet(sheet), str(number))
        text = _text(cells[0])
        try:
            if not text:
                raise _RowRefused(
                    Message(
                        QT_TRANSLATE_NOOP("Model", "it has no record id; propose new rows on the %1 sheet"),
                        reading.sheet(PROPOSALS),
                    )
                )
            key = check_record_id(reading.round.secret, reading.round.workspace_id, reading.round.id, text)
            if key is None or not key.startswith(f"{kind}:") or key not in reading.round.sent:
                raise _RowRefused(
                    Message(
                        QT_TRANSLATE_NOOP("Model", "its record id “%1” was changed or comes from another file"),
                        text[:60],
                    )
                )
            reading.seen.add(key)
            if len(ids[text]) > 1:
                others = ", ".join(str(n) for n in ids[text] if n != number)
                raise _RowRefused(
                    Message(QT_TRANSLATE_NOOP("Model", "its record id is repeated on row %1; keep one of them"), others)
                )
            sent = reading.round.sent[key].values
            returned = {
                name: _value(
                    name, _cell(cells, index), where, sent.get(name), sources=reading.sources, labels=reading.labels
                )
                for name, index in columns.items()
            }
        except _RowRefused as exc:
            reading.refused.append(Message(_ROW_REFUSED, where, exc.problem))
            reading.unsure.add(kind)
            continue
        _compare(reading, key, returned, where)


def _cell(cells: Sequence[object], index: int) -> object:
    return cells[index] if index < len(cells) else None


def _compare(reading: _Reading, key: str, returned: dict[str, str], where: str) -> None:
    record = reading.round.sent[key]
    now = reading.now.get(key)
    comment = returned.pop("comment", "")
    for name, value in returned.items():
        sent = record.values.get(name, "")
        current = now.values.get(name, "") if now else None
        if value in (sent, current):
            continue  # unchanged by the partner, or already in the plan
        klass = PARTNER if current == sent else BOTH
        _add(
            reading,
            kind="edit",
            klass=klass,
            where=where,
            record_key=key,
            name=name,
            sent=sent,
            returned=value,
            now=current or "",
            comment=comment,
            record=record,
        )
    if comment:
        comment_key = proposal_key(reading.round.id, reading.reviewer, "comment", key, comment)
        if comment_key not in reading.round.decided and now is not None:
            prefix = "" if key.startswith("action:") else f"{where.split(' row', maxsplit=1)[0]} ({_summary(record)}): "
            reading.comments.append(
                Comment(
                    comment_key,
                    reading.round.id,
                    record.action_id,
                    reading.reviewer,
                    reading.organisation,
                    (prefix + comment)[:5000],
                    where,
                )
            )


def _summary(record: Record) -> str:
    values = record.values
    if record.kind == "line":
        return f"{values.get('amount')} {values.get('currency')}, {values.get('year')}"
    return f"KPI {record.ident}"


def _add(
    reading: _Reading,
    *,
    kind: str,
    klass: str,
    where: str,
    record_key: str = "",
    name: str = "",
    sent: str = "",
    returned: str = "",
    now: str = "",
    comment: str = "",
    record: Record | None = None,
    plan_id: int | None = None,
    action_id: int | None = None,
    values: Mapping[str, str] | None = None,
) -> None:
    parts = [record_key, name, returned] if kind == "edit" else [kind, record_key, json.dumps(values, sort_keys=True)]
    key = proposal_key(reading.round.id, reading.reviewer, *parts)
    if key in reading.round.decided:
        return
    reading.differences.append(
        Difference(
            key=key,
            round_id=reading.round.id,
            kind=kind,
            klass=klass,
            record=record_key,
            field=name,
            sent=sent,
            returned=returned,
            now=now,
            reviewer=reading.reviewer,
            organisation=reading.organisation,
            comment=comment,
            plan_id=record.plan_id if record else (plan_id or 0),
            action_id=record.action_id if record else action_id,
            where=where,
            values=dict(values or {}),
        )
    )


def _read_proposals(reading: _Reading, workbook: Any) -> None:
    columns: dict[str, int] = {}
    for number, cells in _sheet_rows(workbook, PROPOSALS, reading.sheet(PROPOSALS)):
        if number == 1:
            columns = _columns(PROPOSALS, cells, reading.labels, reading.path)
            continue
        if all(c is None for c in cells):
            continue
        reading.rows += 1
        where = Message(_SHEET_ROW, reading.sheet(PROPOSALS), str(number))
        try:
            _proposal(reading, {name: _cell(cells, index) for name, index in columns.items()}, where)
        except _RowRefused as exc:
            reading.refused.append(Message(_ROW_REFUSED, where, exc.problem))


def _proposal(reading: _Reading, cells: Mapping[str, Any], where: str) -> None:
    for name, cell in cells.items():
        if isinstance(cell, str) and cell.startswith("="):
            raise _RowRefused(Message(_FORMULA, _label(name)))
    tr = reading.labels
    kind = _text(cells["kind"])
    comment = _text(cells["comment"])
    if kind == tr(NEW_ACTION):
        match = _PLAN_LABEL.match(_text(cells["plan"]))
        plan_id = int(match[1]) if match else 0
        if plan_id not in reading.round.plan_ids:
            raise _RowRefused(
                Message(
                    QT_TRANSLATE_NOOP("Model", "choose one of this review's plans in the %1 column"),
                    tr(captions.REVIEW_PLAN),
                )
            )
        fields = ("title", "description", "start_date", "end_date")
        values = {name: _value(name, cells[name], where) for name in fields}
        if not values["title"]:
            raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "a new action needs a title")))
        _add(
            reading,
            kind="new_action",
            klass=NEW,
            where=where,
            returned=values["title"],
            comment=comment,
            plan_id=plan_id,
            values=values,
        )
    elif kind == tr(NEW_LINE):
        match = _ACTION_REF.match(_text(cells["action"]))
        action_key = f"action:{int(match[1])}" if match else ""
        if action_key not in reading.round.sent:
            raise _RowRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model", "give the %1 of one of this review's actions (such as %2) for a new budget line"
                    ),
                    tr(captions.REVIEW_REF),
                    "A12",
                )
            )
        action = reading.round.sent[action_key]
        line_fields = ("amount", "currency", "funding_source", "year", "note")
        values = {name: _value(name, cells[name], where, sources=reading.sources) for name in line_fields}
        for name in ("amount", "currency", "funding_source", "year"):
            if not values[name]:
                raise _RowRefused(Message(QT_TRANSLATE_NOOP("Model", "a new budget line needs its %1"), _label(name)))
        summary = f"{values['amount']} {values['currency']} ({values['year']})"
        _add(
            reading,
            kind="new_line",
            klass=NEW,
            where=where,
            returned=summary,
            comment=comment,
            plan_id=action.plan_id,
            action_id=action.action_id,
            values=values,
        )
    else:
        raise _RowRefused(
            Message(
                QT_TRANSLATE_NOOP("Model", "choose “%1” or “%2” in the %3 column"),
                tr(NEW_ACTION),
                tr(NEW_LINE),
                tr(captions.REVIEW_KIND),
            )
        )


def _removed(reading: _Reading) -> None:
    """Records sent but absent from the file: proposed removals (an action's lines and KPIs go with it)."""
    gone = [
        key
        for key in reading.round.sent
        if key not in reading.seen and key in reading.now and key.split(":")[0] not in reading.unsure
    ]
    removed_actions = {reading.round.sent[k].action_id for k in gone if k.startswith("action:")}
    for key in gone:
        record = reading.round.sent[key]
        if not key.startswith("action:") and record.action_id in removed_actions:
            continue
        summary = record.values.get("title") or _summary(record)
        sheet = reading.sheet({"action": ACTIONS, "line": BUDGET, "kpi": KPIS}[record.kind])
        _add(
            reading,
            kind="remove",
            klass=REMOVED,
            where=f"{sheet}: row deleted",
            record_key=key,
            sent=summary,
            now=summary,
            record=record,
        )


def file_unchanged(review: ReviewFile) -> bool:
    """Whether the file on disk still has the bytes that were read."""
    return hashlib.sha256(review.path.read_bytes()).hexdigest() == review.sha256


def _comment_json(comment: Comment) -> dict[str, Any]:
    found = dataclasses.asdict(comment)
    found["commented_on"] = comment.commented_on.isoformat() if comment.commented_on else None
    return found


def differences_json(files: Iterable[ReviewFile]) -> dict[str, Any]:
    chosen = list(files)
    return {
        "files": [
            {
                "path": str(f.path),
                "round": f.round_id,
                "reviewer": f.reviewer,
                "organisation": f.organisation,
                "refused": list(f.refused),
                "not_attached": list(f.unattached),
                "comments": [_comment_json(c) for c in f.comments],
            }
            for f in chosen
        ],
        "differences": [dataclasses.asdict(d) for d in merge(chosen)],
    }
