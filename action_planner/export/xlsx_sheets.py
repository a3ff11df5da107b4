"""The workbook's data sheets: Budget (one row per line), Actions, KPIs and the monthly Timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from action_planner.export import captions
from action_planner.export.data import ExportData
from action_planner.export.xlsx_cells import FACTOR_FORMAT, Formula, SheetWriter, money_format
from action_planner.export.xlsx_checks import Checks, add_check, protect, workbook_labels
from action_planner.export.xlsx_language import header_room, reference
from action_planner.export.xlsx_rates import Factors
from action_planner.model.money import minor_digits


@dataclass(frozen=True, slots=True)
class RateGap:
    """Budget lines of one plan that no rate converts from ``source`` to ``target``: their rows and actions."""

    plan_no: int
    plan: str
    source: str
    target: str
    rows: tuple[int, ...]
    actions: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class BudgetRange:
    """Where the Budget sheet's columns are, for the formulas of the other sheets, and its missing rates."""

    last_row: int
    gaps: tuple[RateGap, ...] = ()
    sheet: str = captions.SHEET_BUDGET  # the sheet as a formula names it (in the plans' language)

    def col(self, letter: str) -> str:
        """The whole column: a line a partner adds below the last row (or inserts) is counted too.

        The header row is in it, harmlessly: its text never matches a plan number, a theme or a year, and
        SUM and SUMIFS skip text.
        """
        return f"{self.sheet}!${letter}:${letter}"


#: A value that is not available (a missing exchange rate): an error that every total including it shows.
NOT_AVAILABLE = Formula("=NA()")

# Budget sheet columns used by formulas elsewhere.
PLAN, ACTION_NO, THEME, SOURCE, YEAR, IN_PLAN, IN_REPORTING = "A", "D", "F", "G", "H", "L", "O"


#: The first columns of every per-action sheet, so rows can be matched across sheets.
ACTION_KEY = (captions.COL_PLAN_NO, captions.COL_NUTS, captions.COL_PLAN, captions.COL_ACTION_NO, captions.COL_ACTION)


def write_budget(sheet: Any, data: ExportData, factors: Factors, lists: dict[str, str]) -> BudgetRange:
    writer = SheetWriter(sheet)
    reporting = data.reporting_currency
    tr = workbook_labels(data)
    columns = (
        *ACTION_KEY,
        captions.COL_THEME,
        captions.COL_SOURCE,
        captions.COL_YEAR,
        captions.COL_AMOUNT,
        captions.COL_CURRENCY,
        captions.COL_RATE,
        captions.COL_IN_PLAN,
        captions.COL_PLAN_CURRENCY,
        captions.COL_RATE_REPORTING,
        captions.COL_IN_REPORTING,
        captions.COL_NOTE,
    )
    headers = [tr(caption).format(currency=reporting) for caption in columns]
    writer.header(1, headers)
    row = 1
    reporting_digits = minor_digits(reporting)
    gaps: dict[tuple[int, str, str, str], list[tuple[int, int]]] = {}
    for number, item in enumerate(data.plans, start=1):
        currency = item.plan.currency
        digits, plan_format, reporting_format = minor_digits(currency), money_format(currency), money_format(reporting)
        for action in item.actions:
            view = action.view
            for entry in action.lines:
                line = entry.line
                row += 1
                to_plan = factors.get(number, line.currency, currency)
                to_reporting = factors.get(number, line.currency, reporting)
                for target, factor in ((currency, to_plan), (reporting, to_reporting)):
                    if factor is None:  # not converted: an error cell, never a blank counted as 0
                        gaps.setdefault((number, item.plan.title, line.currency, target), []).append((row, view.number))
                writer.row(
                    row,
                    [
                        number,
                        item.region.code,
                        item.plan.title,
                        view.number,
                        view.title,
                        tr(data.theme_name(view.theme)),
                        data.sources.name(line.funding_source, tr),
                        line.year,
                        line.amount,
                        line.currency,
                        NOT_AVAILABLE if to_plan is None else to_plan,
                        NOT_AVAILABLE if to_plan is None else Formula(f"=ROUND(I{row}*K{row},{digits})"),
                        currency,
                        NOT_AVAILABLE if to_reporting is None else to_reporting,
                        NOT_AVAILABLE if to_reporting is None else Formula(f"=ROUND(I{row}*N{row},{reporting_digits})"),
                        line.note,
                    ],
                    [
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        "0",
                        money_format(line.currency),
                        None,
                        FACTOR_FORMAT,
                        plan_format,
                        None,
                        FACTOR_FORMAT,
                        reporting_format,
                        None,
                    ],
                )
    checks = Checks(tr)
    for column, check in (
        (6, checks.listed(lists["theme"])),
        (7, checks.listed(lists["source"])),
        (8, checks.year()),
        (9, checks.amount()),
        (10, checks.currency(lists["currency"])),
    ):
        add_check(sheet, check, column, 2)
    writer.finish(
        header_row=1,
        last_row=row,
        last_column=len(headers),
        freeze="F2",
        wrap_columns=(3, 5, 6, 7, 16),
        fixed=header_room(
            dict(enumerate((6, 7, 16, 6, 20, 14, 13, 6, 15, 9, 9, 15, 9, 9, 15, 12), start=1)), columns, tr
        ),
        print_keys=len(ACTION_KEY),
    )
    # The currency stays locked on a line written here: its rate beside it belongs to that currency.
    protect(sheet, first_row=2, last_row=row, last_column=len(headers), inputs=(6, 7, 8, 9, 16))
    found = (
        RateGap(*key, tuple(r for r, _ in found), tuple(dict.fromkeys(a for _, a in found)))
        for key, found in gaps.items()
    )
    return BudgetRange(row, tuple(found), reference(tr(captions.SHEET_BUDGET)))


def _players(players: tuple[Any, ...]) -> str:
    return "\n".join(f"{p.organisation} – {p.role}" if p.role else p.organisation for p in players)


def write_actions(sheet: Any, data: ExportData, budget: BudgetRange, lists: dict[str, str]) -> None:
    writer = SheetWriter(sheet)
    tr = workbook_labels(data)
    columns = (
        *ACTION_KEY,
        captions.COL_THEME,
        captions.COL_INTERVENTION,
        captions.COL_STATUS,
        captions.COL_PRIORITY,
        captions.COL_IMPACT,
        captions.COL_EFFORT,
        captions.COL_PILOT,
        captions.COL_START,
        captions.COL_END,
        captions.COL_OWNER_ORG,
        captions.COL_OWNER_PERSON,
        captions.COL_OWNER_EMAIL,
        captions.COL_PLAYERS,
        captions.COL_BACKGROUND,
        captions.COL_DESCRIPTION,
        captions.COL_NOTES,
        captions.COL_TOTAL_PLAN,
        captions.COL_CURRENCY,
    )
    headers = [*map(tr, columns)]
    writer.header(1, headers)
    row = 1
    in_plan, plans, numbers = budget.col(IN_PLAN), budget.col(PLAN), budget.col(ACTION_NO)
    for number, item in enumerate(data.plans, start=1):
        currency = item.plan.currency
        for action in item.actions:
            v = action.view
            row += 1
            total = Formula(f"=ROUND(SUMIFS({in_plan},{plans},A{row},{numbers},D{row}),{minor_digits(currency)})")
            writer.row(
                row,
                [
                    number,
                    item.region.code,
                    item.plan.title,
                    v.number,
                    v.title,
                    tr(data.theme_name(v.theme)),
                    v.intervention_code,
                    tr(v.status.label),
                    tr(v.priority.label),
                    v.impact,
                    v.effort,
                    tr(captions.YES if v.pilot else captions.NO),
                    v.start_date,
                    v.end_date,
                    v.owner_organisation,
                    v.owner_person,
                    v.owner_email,
                    _players(v.players),
                    v.background,
                    v.description,
                    v.notes,
                    total,
                    currency,
                ],
                [None] * 21 + [money_format(currency), None],
            )
    checks = Checks(tr)
    for column, name in ((6, "theme"), (8, "status"), (9, "priority"), (12, "yes_no")):
        add_check(sheet, checks.listed(lists[name]), column, 2)
    for column, check in ((10, checks.score()), (11, checks.score()), (13, checks.day()), (14, checks.day())):
        add_check(sheet, check, column, 2)
    writer.finish(
        header_row=1,
        last_row=row,
        last_column=len(headers),
        freeze="F2",
        wrap_columns=(3, 5, 6, 15, 16, 17, 18, 19, 20, 21),
        fixed=header_room(
            dict(
                enumerate((6, 7, 18, 6, 22, 14, 9, 10, 8, 7, 7, 5, 11, 11, 14, 11, 16, 22, 28, 34, 16, 15, 8), start=1)
            ),
            columns,
            tr,
        ),
        print_keys=len(ACTION_KEY),
    )
    protect(sheet, first_row=2, last_row=row, last_column=len(headers), inputs=range(6, 22))


def write_kpis(sheet: Any, data: ExportData) -> None:
    writer = SheetWriter(sheet)
    tr = workbook_labels(data)
    columns = (
        *ACTION_KEY,
        captions.COL_CODE,
        captions.COL_INDICATOR,
        captions.COL_KIND,
        captions.COL_UNIT,
        captions.COL_BASELINE,
        captions.COL_TARGET,
        captions.COL_TARGET_DATE,
        captions.COL_LATEST,
        captions.COL_MEASURED_ON,
        captions.COL_NOTE,
    )
    headers = [*map(tr, columns)]
    writer.header(1, headers)
    row = 1
    for number, item in enumerate(data.plans, start=1):
        for action in item.actions:
            for k in action.view.kpis:
                row += 1
                latest = k.actuals[-1] if k.actuals else None
                writer.row(
                    row,
                    [
                        number,
                        item.region.code,
                        item.plan.title,
                        action.view.number,
                        action.view.title,
                        k.code,
                        k.name,
                        tr(k.kind.label),
                        k.unit,
                        k.baseline,
                        k.target,
                        k.target_date,
                        latest.value if latest else None,
                        latest.measured_on if latest else None,
                        k.note,
                    ],
                )
    writer.finish(
        header_row=1,
        last_row=row,
        last_column=len(headers),
        freeze="F2",
        wrap_columns=(3, 5, 7, 9, 15),
        fixed=header_room(dict(enumerate((6, 7, 16, 6, 20, 12, 28, 9, 12, 9, 9, 11, 9, 11, 16), start=1)), columns, tr),
        print_keys=len(ACTION_KEY),
    )
    checks = Checks(tr)
    for column, check in ((10, checks.number()), (11, checks.number()), (12, checks.day())):
        add_check(sheet, check, column, 2)
    for column, check in ((13, checks.number()), (14, checks.day())):
        add_check(sheet, check, column, 2)
    protect(sheet, first_row=2, last_row=row, last_column=len(headers), inputs=range(10, 16))
