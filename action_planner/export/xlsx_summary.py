"""The workbook's Summary sheet: one row per plan, its totals as live SUMIFS formulas over the Budget sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from action_planner.export import captions
from action_planner.export.data import ExportData, PlanData
from action_planner.export.formats import Formatter
from action_planner.export.language import Labels
from action_planner.export.xlsx_cells import (
    FONT,
    LINE_HEIGHT,
    Formula,
    SheetWriter,
    money_format,
    styles,
    wrapped_lines,
)
from action_planner.export.xlsx_checks import Checks, add_check, protect, workbook_labels
from action_planner.export.xlsx_language import header_room
from action_planner.export.xlsx_sheets import (
    IN_PLAN,
    IN_REPORTING,
    PLAN,
    SOURCE,
    THEME,
    YEAR,
    BudgetRange,
    RateGap,
)
from action_planner.model.money import minor_digits

WARNING_ROW, GROUP_ROW, HEADER_ROW = 3, 4, 5
WARNING_INK = "C00000"
MAX_WARNINGS = 6  # currency pairs named one by one; the Rates sheet lists every one
FIRST_PLAN_ROW = HEADER_ROW + 1

#: What a reader looks for first; the totals end this block (columns H and I).
LEAD = [
    captions.COL_PLAN_NO,
    captions.COL_REGION,
    captions.COL_NUTS,
    captions.COL_PLAN,
    captions.COL_STATUS,
    captions.COL_CURRENCY,
    captions.COL_ACTIONS,
    captions.COL_TOTAL_PLAN,
]
STATUS_COLUMN, CURRENCY_COLUMN, TOTAL_COLUMN, REPORTING_COLUMN = 5, 6, 8, 9
DETAILS = [
    captions.COL_PARTNER,
    captions.COL_INSTRUMENT_TYPE,
    captions.COL_INSTRUMENT,
    captions.COL_LANGUAGE,
    captions.COL_CONTACT,
    captions.COL_EMAIL,
    captions.COL_PHONE,
    captions.COL_ENDORSED,
    captions.COL_OTHER_PARTNERS,
    captions.COL_CONTEXT,
    captions.COL_ENGLISH_SUMMARY,
    captions.COL_PROBLEM,
]
DETAIL_WIDTHS = (18, 18, 22, 10, 16, 22, 14, 11, 22, 36, 36, 24)
LEAD_WIDTHS = (7, 16, 8, 30, 11, 9, 8, 18, 18)  # the plan's key (four columns), then its facts and totals
GROUP_WIDTH = 15  # a breakdown figure without its currency code (the Currency column names it)


def group_format(digits: int) -> str:
    """A breakdown figure's number format: the currency's decimals, without its code."""
    return f"#,##0{'.' + '0' * digits if digits else ''}"


@dataclass(frozen=True, slots=True)
class Group:
    """Breakdown columns: their caption, the Budget column they match, and the values in their headers."""

    caption: str
    budget_column: str
    keys: Sequence[str | int]
    first: int

    @property
    def last(self) -> int:
        return self.first + len(self.keys) - 1


def _groups(data: ExportData, tr: Labels) -> list[Group]:
    years = sorted({x.line.year for p in data.plans for a in p.actions for x in a.lines})
    specs: list[tuple[str, str, Sequence[str | int]]] = [
        (tr(captions.GROUP_THEME), THEME, [tr(t.name) for t in data.themes]),
        (tr(captions.GROUP_SOURCE), SOURCE, [data.sources.name(s.code, tr) for s in data.sources]),
        (tr(captions.GROUP_YEAR), YEAR, years),
    ]
    groups, column = [], REPORTING_COLUMN + 1
    for caption, budget_column, keys in specs:
        groups.append(Group(caption, budget_column, keys, column))
        column += len(keys)
    return groups


def _headers(writer: SheetWriter, reporting: str, groups: list[Group], details: int, tr: Labels) -> None:
    writer.header(HEADER_ROW, [*map(tr, LEAD), tr(captions.COL_TOTAL_REPORTING).format(currency=reporting)])
    for group in groups:
        writer.header(HEADER_ROW, [str(k) for k in group.keys], first_column=group.first)
        for offset, key in enumerate(group.keys):
            if isinstance(key, int):
                writer.put(HEADER_ROW, group.first + offset, key, "0")  # a number, matched against Budget's years
        if group.keys:
            writer.put(GROUP_ROW, group.first, group.caption).font = styles()["bold"]
            writer.sheet.merge_cells(
                start_row=GROUP_ROW, start_column=group.first, end_row=GROUP_ROW, end_column=group.last
            )
    writer.header(HEADER_ROW, [*map(tr, DETAILS)], first_column=details)


def _plan_row(
    writer: SheetWriter,
    row: int,
    number: int,
    item: PlanData,
    *,
    data: ExportData,
    budget: BudgetRange,
    groups: list[Group],
    details: int,
    tr: Labels,
) -> None:
    from openpyxl.utils import get_column_letter

    plan, currency, reporting = item.plan, item.plan.currency, data.reporting_currency
    digits, fmt = minor_digits(currency), money_format(currency)
    plans, in_plan, in_reporting = budget.col(PLAN), budget.col(IN_PLAN), budget.col(IN_REPORTING)
    lead: list[object] = [
        number,
        item.region.name,
        item.region.code,
        plan.title,
        tr(plan.status.label),
        currency,
        len(item.actions),
    ]
    writer.row(row, lead)
    writer.put(row, TOTAL_COLUMN, Formula(f"=ROUND(SUMIFS({in_plan},{plans},$A{row}),{digits})"), fmt)
    writer.put(
        row,
        REPORTING_COLUMN,
        Formula(f"=ROUND(SUMIFS({in_reporting},{plans},$A{row}),{minor_digits(reporting)})"),
        money_format(reporting),
    )
    for group in groups:
        matched = budget.col(group.budget_column)
        for column in range(group.first, group.last + 1):
            head = f"{get_column_letter(column)}${HEADER_ROW}"
            formula = f"=ROUND(SUMIFS({in_plan},{plans},$A{row},{matched},{head}),{digits})"
            writer.put(row, column, Formula(formula), group_format(digits))
    values: list[object] = [
        plan.partner_organisation,
        tr(plan.instrument_type.label),
        plan.instrument_name,
        _capitalised(Formatter("en").language(plan.language, tr.language)),
        plan.contact_name,
        plan.contact_email,
        plan.contact_phone,
        plan.endorsement_date,
        plan.other_partners,
        plan.context,
        plan.english_summary,
        item.problem,
    ]
    for offset, value in enumerate(values):
        writer.put(row, details + offset, value)


def _capitalised(name: str) -> str:
    """A language's name as a cell starts it: "Italiano" (Italian, Spanish, Swedish and Polish write "italiano")."""
    return name[:1].upper() + name[1:]


def _all_plans(
    writer: SheetWriter, row: int, data: ExportData, budget: BudgetRange, groups: list[Group], *, tr: Labels
) -> None:
    """One last row: every plan together, in the reporting currency."""
    from openpyxl.utils import get_column_letter

    reporting = data.reporting_currency
    digits, fmt = minor_digits(reporting), money_format(reporting)
    in_reporting = budget.col(IN_REPORTING)
    writer.put(row, 4, tr(captions.ALL_PLANS).format(currency=reporting))
    writer.put(row, CURRENCY_COLUMN, reporting)
    writer.put(row, 7, sum(len(p.actions) for p in data.plans))
    total = Formula(f"=ROUND(SUM({in_reporting}),{digits})")
    writer.put(row, TOTAL_COLUMN, total, fmt)
    writer.put(row, REPORTING_COLUMN, total, fmt)
    for group in groups:
        matched = budget.col(group.budget_column)
        for column in range(group.first, group.last + 1):
            head = f"{get_column_letter(column)}${HEADER_ROW}"
            formula = f"=ROUND(SUMIFS({in_reporting},{matched},{head}),{digits})"
            writer.put(row, column, Formula(formula), group_format(digits))
    bold, fill = styles()["bold"], styles()["total_fill"]
    for column in range(1, (groups[-1].last if groups else REPORTING_COLUMN) + 1):
        cell = writer.sheet.cell(row=row, column=column)
        cell.font, cell.fill = bold, fill


def write_summary(sheet: Any, data: ExportData, budget: BudgetRange, lists: dict[str, str]) -> None:
    writer = SheetWriter(sheet)
    tr = workbook_labels(data)
    writer.title(tr(captions.WORKBOOK_TITLE), tr(captions.WORKBOOK_SUBTITLE).format(currency=data.reporting_currency))
    groups = _groups(data, tr)
    details = (groups[-1].last if groups else REPORTING_COLUMN) + 1
    _headers(writer, data.reporting_currency, groups, details, tr)
    row = HEADER_ROW
    for number, item in enumerate(data.plans, start=1):
        row += 1
        _plan_row(writer, row, number, item, data=data, budget=budget, groups=groups, details=details, tr=tr)
    last_plan_row = row
    add_check(sheet, Checks(tr).listed(lists["plan_status"]), STATUS_COLUMN, FIRST_PLAN_ROW, last_plan_row)
    _all_plans(writer, last_plan_row + 2, data, budget, groups, tr=tr)
    fixed: dict[int, float] = dict(enumerate(LEAD_WIDTHS, start=1))
    fixed |= dict.fromkeys(range(REPORTING_COLUMN + 1, details), GROUP_WIDTH)
    fixed |= {details + offset: width for offset, width in enumerate(DETAIL_WIDTHS)}
    fixed = header_room(fixed, [*LEAD, captions.COL_TOTAL_REPORTING], tr)
    english = ([t.name for t in data.themes], [data.sources.name(s.code) for s in data.sources])  # as _groups
    for group, names in zip(groups, english, strict=False):  # (the years need no room of their own)
        fixed = header_room(fixed, names, tr, group.first)
    fixed = header_room(fixed, DETAILS, tr, details)
    writer.finish(
        header_row=HEADER_ROW,
        last_row=last_plan_row,
        last_column=details + len(DETAILS) - 1,
        freeze="E6",
        wrap_columns=(2, 4, *range(details, details + len(DETAILS))),
        fixed=fixed,
        print_keys=4,
        title_rows=f"{GROUP_ROW}:{HEADER_ROW}",
    )
    _warnings(writer, budget.gaps, tr)
    inputs = (STATUS_COLUMN, *range(details, details + len(DETAILS)))
    protect(
        sheet, first_row=FIRST_PLAN_ROW, last_row=last_plan_row, last_column=details + len(DETAILS) - 1, inputs=inputs
    )


def spans(numbers: Sequence[int]) -> str:
    """``2–4, 7`` for 2, 3, 4 and 7."""
    parts: list[str] = []
    ordered = sorted(set(numbers))
    start = previous = ordered[0] if ordered else 0
    for number in [*ordered[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(parts) if ordered else ""


def _warnings(writer: SheetWriter, gaps: Sequence[RateGap], tr: Labels) -> None:
    """Above the table, in the rows that stay in view: which lines no rate converts, so no total is trusted."""
    from openpyxl.styles import Alignment, Font

    if not gaps:
        return
    lines = [
        tr(captions.RATE_MISSING).format(
            source=gap.source,
            target=gap.target,
            number=gap.plan_no,
            plan=gap.plan,
            rows=spans(gap.rows),
            actions=spans(gap.actions),
        )
        for gap in gaps[:MAX_WARNINGS]
    ]
    if len(gaps) > MAX_WARNINGS:
        lines.append(tr(captions.RATES_MISSING_MORE).format(count=len(gaps) - MAX_WARNINGS))
    text = "\n".join(lines)
    cell = writer.put(WARNING_ROW, 1, text)
    cell.font = Font(name=FONT, bold=True, color=WARNING_INK)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    writer.sheet.merge_cells(start_row=WARNING_ROW, start_column=1, end_row=WARNING_ROW, end_column=REPORTING_COLUMN)
    width = sum(LEAD_WIDTHS) * 0.8  # bold red text is wider than the estimate's plain text
    writer.sheet.row_dimensions[WARNING_ROW].height = LINE_HEIGHT * sum(wrapped_lines(x, width) for x in lines)
