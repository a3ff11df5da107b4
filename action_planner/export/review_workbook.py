"""The review workbook a partner receives: reviewable fields unlocked and validated, all else locked.

Every row carries a signed record id (``ap:line:12:<mac>``) tying it to this workspace and review round,
so that the importer finds each row again after sorting, inserted rows or a LibreOffice save, and notices
an id that was typed over or copied from another file. A very hidden sheet holds the manifest.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from action_planner.export import captions as c
from action_planner.export.language import LANGUAGES, Labels, labels_for, language_code
from action_planner.export.safe_write import atomic_output
from action_planner.export.xlsx_buffer import StreamedBook
from action_planner.export.xlsx_cells import DATE_FORMAT, SheetWriter, styles
from action_planner.model.enums import ActionStatus
from action_planner.model.review import FIELDS, manifest_mac, record_id
from action_planner.model.services import Services
from action_planner.model.services.reviews import RoundView
from action_planner.model.sources import SourceNames
from action_planner.model.views import ActionView, PlanView

FORMAT = "action-planner-review/1"
MANIFEST = "Manifest"
#: The sheets by their English names (the keys used here); a workbook shows them in its language (:func:`sheet_name`).
INTRO, ACTIONS, BUDGET, KPIS, PROPOSALS = (
    c.REVIEW_SHEET_INTRO,
    c.REVIEW_SHEET_ACTIONS,
    c.REVIEW_SHEET_BUDGET,
    c.REVIEW_SHEET_KPIS,
    c.REVIEW_SHEET_PROPOSALS,
)
REVIEWER_CELL, ORGANISATION_CELL = "B4", "B5"
PROPOSAL_ROWS = 100  # blank, unlocked and validated rows for new actions and budget lines
COMMENT = c.REVIEW_COMMENT
NEW_ACTION, NEW_LINE = c.REVIEW_NEW_ACTION, c.REVIEW_NEW_LINE
AMOUNT_FORMAT = "#,##0.00"
MAX_AMOUNT = 10**12

#: Per sheet: (header, field or None for a locked column). Field names are those of :data:`FIELDS`.
COLUMNS: Mapping[str, tuple[tuple[str, str | None], ...]] = {
    ACTIONS: (
        (c.REVIEW_RECORD_ID, None),
        (c.REVIEW_PLAN, None),
        (c.REVIEW_REF, None),
        (c.REVIEW_TITLE, "title"),
        (c.REVIEW_DESCRIPTION, "description"),
        (c.REVIEW_BACKGROUND, "background"),
        (c.REVIEW_PLAYERS, "players"),
        (c.REVIEW_START, "start_date"),
        (c.REVIEW_END, "end_date"),
        (c.TITLE_STATUS, "status"),
        (COMMENT, "comment"),
    ),
    BUDGET: (
        (c.REVIEW_RECORD_ID, None),
        (c.REVIEW_PLAN, None),
        (c.REVIEW_ACTION_REF, None),
        (c.ACTION_SHORT, None),
        (c.AMOUNT, "amount"),
        (c.REVIEW_CURRENCY, "currency"),
        (c.SOURCE, "funding_source"),
        (c.YEAR, "year"),
        (c.NOTE, "note"),
        (COMMENT, "comment"),
    ),
    KPIS: (
        (c.REVIEW_RECORD_ID, None),
        (c.REVIEW_PLAN, None),
        (c.REVIEW_ACTION_REF, None),
        (c.ACTION_SHORT, None),
        (c.REVIEW_KPI, None),
        (c.UNIT, None),
        (c.BASELINE, "baseline"),
        (c.TARGET, "target"),
        (c.TARGET_DATE, "target_date"),
        (COMMENT, "comment"),
    ),
    PROPOSALS: (
        (c.REVIEW_KIND, "kind"),
        (c.REVIEW_PLAN, "plan"),
        (c.REVIEW_LINE_ACTION_REF, "action"),
        (c.REVIEW_TITLE, "title"),
        (c.REVIEW_DESCRIPTION, "description"),
        (c.REVIEW_START, "start_date"),
        (c.REVIEW_END, "end_date"),
        (c.AMOUNT, "amount"),
        (c.REVIEW_CURRENCY, "currency"),
        (c.SOURCE, "funding_source"),
        (c.YEAR, "year"),
        (c.NOTE, "note"),
        (COMMENT, "comment"),
    ),
}
SHEET_KIND = {ACTIONS: "action", BUDGET: "line", KPIS: "kpi"}
DATE_FIELDS = {"start_date", "end_date", "target_date"}
PLAN_CHARS, WIDE_CHARS = 24, 52  # characters a line of the plan column and of the wide text columns holds
LINE_POINTS, MAX_ROW_POINTS = 12.75, 300.0
WIDE_FIELDS = {"description", "background", "players", "comment", "note"}


def review_language(plans: Sequence[PlanView]) -> str:
    """The workbook's language: the plans' own when all share one that the exports are written in, else English."""
    codes = {language_code(p.language) for p in plans}
    return codes.pop() if len(codes) == 1 and codes <= set(LANGUAGES) else "en"


def sheet_name(sheet: str, labels: Labels) -> str:
    """A sheet's name as a workbook in ``labels``' language shows it (``sheet`` is its English name)."""
    return labels(sheet)


def headers(sheet: str, labels: Labels) -> list[str]:
    """The header row of a sheet (by its English name) in ``labels``' language."""
    return [labels(title) for title, _ in COLUMNS[sheet]]


def status_labels(labels: Labels) -> dict[str, str]:
    """Each action status as the workbook shows it → its English label (which the services take)."""
    return {labels(s.label): s.label for s in ActionStatus}


def action_ref(action_id: int) -> str:
    return f"A{action_id}"


def plan_label(plan: PlanView) -> str:
    return f"P{plan.id} · {plan.title}"


@dataclass(frozen=True, slots=True)
class ReviewExport:
    path: Path
    round: RoundView
    rows: int  # record rows written


def export_review(
    services: Services, plan_ids: Sequence[int], target: str | os.PathLike[str], *, reviewer: str = ""
) -> ReviewExport:
    """Start a review round for ``plan_ids`` and write its workbook to ``target`` (atomically).

    When the workbook cannot be written the round is forgotten again, so no round exists that was never sent.
    """
    sent = services.reviews.start_round(plan_ids, reviewer)
    try:
        reports = services.reports.plan_reports(list(sent.plan_ids))
        plans = [r.plan for r in reports]
        actions = {r.plan.id: list(r.actions) for r in reports}
        with atomic_output(Path(target)) as temp:
            rows = _write(temp, sent, plans, actions, services.funding_sources.names())
    except BaseException:
        services.reviews.discard_round(sent.id)
        raise
    return ReviewExport(Path(target).expanduser().absolute(), sent, rows)


_TYPED: Mapping[str, Any] = {
    **dict.fromkeys(DATE_FIELDS, date.fromisoformat),
    **dict.fromkeys(("amount", "baseline", "target"), Decimal),
    "year": int,
}


def _typed(name: str, text: str, sources: SourceNames, tr: Labels) -> object:
    """A canonical value as the typed cell value a partner edits (a funding source by its name, a status by
    its label in the workbook's language)."""
    if text == "":
        return None
    if name == "funding_source":
        return sources.name(text)
    if name == "status":
        return tr(ActionStatus(text).label)
    convert = _TYPED.get(name)
    return convert(text) if convert else text


def _write(
    temp: Path, sent: RoundView, plans: list[PlanView], actions: Mapping[int, list[ActionView]], sources: SourceNames
) -> int:
    language = review_language(plans)
    tr = labels_for(language)
    streamed = StreamedBook()
    workbook = streamed.book
    intro = streamed.sheet(sheet_name(INTRO, tr))
    _intro(SheetWriter(intro), sent, plans, tr)
    manifest = streamed.sheet(MANIFEST)
    labels = _manifest(manifest, sent, plans, language)
    lists = _Lists(labels, _source_list(sources), tr)
    titles = {p.id: p.title for p in plans}
    rows = 0
    sheets = {name: streamed.sheet(sheet_name(name, tr)) for name in (ACTIONS, BUDGET, KPIS)}
    writers = {name: SheetWriter(sheet) for name, sheet in sheets.items()}
    for name, writer in writers.items():
        writer.header(1, headers(name, tr))
    next_row = dict.fromkeys(writers, 2)

    def emit(sheet: str, key: str, locked: Sequence[object]) -> None:
        nonlocal rows
        row = next_row[sheet]
        next_row[sheet] += 1
        rows += 1
        writer = writers[sheet]
        writer.put(row, 1, record_id(sent.secret, sent.workspace_id, sent.id, key))
        for column, value in enumerate(locked, start=2):
            writer.put(row, column, value)
        values = sent.sent[key].values
        for column, (_, name) in enumerate(COLUMNS[sheet], start=1):
            if name is not None and name != "comment":
                writer.put(row, column, _typed(name, values[name], sources, tr), _format(name))
        texts = [(values.get(name, ""), WIDE_CHARS) for name in WIDE_FIELDS] + [(str(locked[0]), PLAN_CHARS)]
        writer.sheet.row_dimensions[row].height = _height(texts)

    for plan in plans:
        for action in actions[plan.id]:
            emit(ACTIONS, f"action:{action.id}", (titles[plan.id], action_ref(action.id)))
            for line in action.budget_lines:
                emit(BUDGET, f"line:{line.id}", (titles[plan.id], action_ref(action.id), action.title))
            for kpi in action.kpis:
                label = (titles[plan.id], action_ref(action.id), action.title, kpi.name, kpi.unit)
                emit(KPIS, f"kpi:{kpi.id}", label)
    for name in sheets:
        _protect(writers[name], name, next_row[name] - 1, lists)
    proposals = streamed.sheet(sheet_name(PROPOSALS, tr))
    writer = SheetWriter(proposals)
    writer.header(1, headers(PROPOSALS, tr))
    _protect(writer, PROPOSALS, PROPOSAL_ROWS + 1, lists)
    for sheet in (intro, manifest, *sheets.values(), proposals):
        sheet.flush()
    workbook.move_sheet(MANIFEST, offset=len(workbook.sheetnames))
    manifest.sheet_state = "veryHidden"
    workbook.save(temp)
    return rows


def _height(texts: Sequence[tuple[str, int]]) -> float:
    """A row height (points) that shows the longest wrapped text: readers do not grow rows on opening.

    Each text comes with the characters a line of its column holds."""
    lines = max(
        (sum(max(1, -(-len(part) // chars)) for part in text.split("\n")) for text, chars in texts if text),
        default=1,
    )
    return min(LINE_POINTS * lines + 3, MAX_ROW_POINTS)


def _format(name: str) -> str | None:
    if name in DATE_FIELDS:
        return DATE_FORMAT
    if name == "amount":
        return AMOUNT_FORMAT
    return None


def _intro(writer: SheetWriter, sent: RoundView, plans: list[PlanView], tr: Labels) -> None:
    from openpyxl.styles import Protection

    sent_at = f"{sent.created_at:%Y-%m-%d %H:%M}"
    writer.title(tr(c.REVIEW_HEADING), tr(c.REVIEW_SUBTITLE).format(round=sent.id, sent=sent_at))
    writer.put(4, 1, tr(c.REVIEW_YOUR_NAME))
    writer.put(4, 2, sent.reviewer)
    writer.put(5, 1, tr(c.REVIEW_YOUR_ORGANISATION))
    sheets = {key: sheet_name(sheet, tr) for key, sheet in (("actions", ACTIONS), ("budget", BUDGET), ("kpis", KPIS))}
    lines = (
        tr(c.REVIEW_HOW_EDIT).format(**sheets),
        tr(c.REVIEW_HOW_COMMENT).format(comment=tr(COMMENT)),
        tr(c.REVIEW_HOW_PROPOSE).format(proposals=sheet_name(PROPOSALS, tr), ref=tr(c.REVIEW_REF)),
        tr(c.REVIEW_HOW_REMOVE).format(record_id=tr(c.REVIEW_RECORD_ID)),
        tr(c.REVIEW_PLANS).format(plans="; ".join(p.title for p in plans)),
    )
    for offset, text in enumerate(lines):
        writer.put(7 + offset, 1, text)
    for cell in (REVIEWER_CELL, ORGANISATION_CELL):
        writer.sheet[cell].protection = Protection(locked=False)
    writer.sheet.column_dimensions["A"].width = 22
    writer.sheet.column_dimensions["B"].width = 70
    _fit_width(writer.sheet)
    writer.sheet.protection.sheet = True


def _manifest(sheet: Any, sent: RoundView, plans: list[PlanView], language: str) -> str:
    """Write the manifest (the language is signed with the rest); returns the range of plan labels that the
    Proposals sheet's Plan list uses."""
    plan_ids = [p.id for p in plans]
    entries = (
        ("format", FORMAT),
        ("workspace", sent.workspace_id),
        ("round", str(sent.id)),
        ("plans", ",".join(str(p) for p in plan_ids)),
        ("reviewer", sent.reviewer),
        ("language", language),
        ("signature", manifest_mac(sent.secret, sent.workspace_id, sent.id, plan_ids, language)),
    )
    for row, (key, value) in enumerate(entries, start=1):
        sheet.cell(row=row, column=1, value=key)
        sheet.cell(row=row, column=2, value=value).data_type = "s"
    first = len(entries) + 2
    for offset, plan in enumerate(plans):
        sheet.cell(row=first + offset, column=1, value="plan label")
        sheet.cell(row=first + offset, column=2, value=plan_label(plan)).data_type = "s"
    sheet.protection.sheet = True
    return f"{MANIFEST}!$B${first}:$B${first + max(len(plans), 1) - 1}"


@dataclass(frozen=True, slots=True)
class _Lists:
    """What the drop-downs offer: the plans (a range of the manifest) and the funding sources (a quoted list,
    or None when the names do not fit in one: then any text is taken and the import checks it)."""

    plans: str
    sources: str | None
    labels: Labels = field(default_factory=Labels)  # the workbook's language


#: The longest list Excel keeps in a validation formula.
LIST_LIMIT = 255


def _source_list(sources: SourceNames) -> str | None:
    names = [s.name for s in sources]
    joined = ",".join(names)
    if any("," in n or '"' in n for n in names) or len(joined) + 2 > LIST_LIMIT:
        return None
    return f'"{joined}"'


def _checks(lists: _Lists) -> dict[str, tuple[str, str, dict[str, str]]]:
    """Per editable field: the validation type, its error message and its options."""
    labels, tr = lists.plans, lists.labels
    quoted = '"{}"'.format
    number = ("decimal", tr(c.REVIEW_ENTER_NUMBER))
    numbers = {"operator": "between", "formula1": "0", "formula2": str(MAX_AMOUNT)}
    day = ("date", tr(c.REVIEW_ENTER_DATE))
    days = {"operator": "between", "formula1": "DATE(1900,1,1)", "formula2": "DATE(2200,12,31)"}
    return {
        **dict.fromkeys(DATE_FIELDS, (*day, days)),
        **dict.fromkeys(("amount", "baseline", "target"), (*number, numbers)),
        "year": (
            "whole",
            tr(c.REVIEW_ENTER_YEAR),
            {"operator": "between", "formula1": "1900", "formula2": "2200"},
        ),
        "currency": (
            "textLength",
            tr(c.REVIEW_ENTER_CURRENCY),
            {"operator": "equal", "formula1": "3"},
        ),
        "status": (
            "list",
            tr(c.REVIEW_CHOOSE_STATUS),
            {"formula1": quoted(",".join(status_labels(tr)))},
        ),
        **(
            {"funding_source": ("list", tr(c.REVIEW_CHOOSE_SOURCE), {"formula1": lists.sources})}
            if lists.sources is not None
            else {}
        ),
        "kind": (
            "list",
            tr(c.REVIEW_CHOOSE_KIND).format(new_action=tr(NEW_ACTION), new_line=tr(NEW_LINE)),
            {"formula1": quoted(f"{tr(NEW_ACTION)},{tr(NEW_LINE)}")},
        ),
        "plan": ("list", tr(c.REVIEW_CHOOSE_PLAN), {"formula1": labels}),
        "title": (
            "textLength",
            tr(c.REVIEW_TITLE_LENGTH),
            {"operator": "between", "formula1": "1", "formula2": "300"},
        ),
    }


def _validation(name: str, lists: _Lists) -> Any:
    """The enforced check of one editable field: a stop error with a message that says what is expected."""
    from openpyxl.worksheet.datavalidation import DataValidation

    long_text = ("textLength", lists.labels(c.REVIEW_TOO_LONG), {"operator": "lessThanOrEqual", "formula1": "32000"})
    kind, message, options = _checks(lists).get(name, long_text)
    check = DataValidation(type=kind, allow_blank=True, showErrorMessage=True, errorStyle="stop", **options)
    check.errorTitle = lists.labels(c.REVIEW_NOT_ACCEPTED)
    check.error = message
    return check


def _fit_width(sheet: Any) -> None:
    """Print every column on the page width (rows run on over as many pages as they need)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _protect(writer: SheetWriter, sheet_name: str, last_row: int, lists: _Lists) -> None:
    """Unlock and validate the editable columns, lock the rest, and protect the sheet (sorting allowed)."""
    from openpyxl.styles import PatternFill, Protection
    from openpyxl.utils import get_column_letter

    sheet = writer.sheet
    unlocked = Protection(locked=False)
    grey = PatternFill("solid", fgColor="EDEDED")
    editable: list[int] = []
    top = styles()["top"]
    for column, (_, name) in enumerate(COLUMNS[sheet_name], start=1):
        if name is None:
            for row in range(2, last_row + 1):
                cell = sheet.cell(row=row, column=column)
                cell.fill = grey
                cell.alignment = top
            continue
        editable.append(column)
        letter = get_column_letter(column)
        for row in range(2, last_row + 1):
            cell = sheet.cell(row=row, column=column)
            cell.protection = unlocked
            cell.alignment = styles()["wrap"] if name in WIDE_FIELDS else top
            number_format = _format(name)
            if number_format:
                cell.number_format = number_format
        if last_row >= 2:
            check = _validation(name, lists)
            check.add(f"{letter}2:{letter}{last_row}")
            sheet.add_data_validation(check)
    fixed = {c: 50.0 for c, (_, n) in enumerate(COLUMNS[sheet_name], start=1) if n in WIDE_FIELDS}
    fixed[1] = 31.0 if sheet_name != PROPOSALS else 18.0  # the whole record id, so a partner sees it is one
    if sheet_name != PROPOSALS:
        fixed[2] = 28.0  # plan titles wrap
    writer.finish(
        header_row=1,
        last_row=last_row,
        last_column=len(COLUMNS[sheet_name]),
        fixed=fixed,
        wrap_columns=(2,) if sheet_name != PROPOSALS else (),
    )
    _fit_width(sheet)
    protection = sheet.protection
    protection.sheet = True
    protection.sort = False  # False allows: partners may sort and filter; the ids keep each row found
    protection.autoFilter = False
    protection.insertRows = False
    protection.deleteRows = False
    protection.formatColumns = False
    protection.formatRows = False


__all__ = ["COLUMNS", "FIELDS", "ReviewExport", "export_review", "headers", "review_language", "sheet_name"]
