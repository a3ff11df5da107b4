"""The workbook's Rates sheet (rates as entered, and the conversion factors as live formulas) and its Lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from action_planner.export import captions
from action_planner.export.data import ExportData, PlanData, rate_table
from action_planner.export.language import Labels
from action_planner.export.xlsx_cells import DATE_FORMAT, FACTOR_FORMAT, Formula, SheetWriter, styles
from action_planner.export.xlsx_checks import Checks, add_check, protect, workbook_labels
from action_planner.export.xlsx_language import header_room, reference
from action_planner.model.enums import ActionStatus, PlanStatus, Priority
from action_planner.model.money import RateTable
from action_planner.model.views import RateView

HEADER_ROW = 3
FACTOR_COLUMN = 9  # the factors table starts in column I, beside the rates as entered
FACTOR_LETTER = "M"  # its fifth column holds the factor
#: The headers of the rates as entered, and of the factors table beside them.
ENTERED = (
    captions.COL_SCOPE,
    captions.COL_BASE,
    captions.COL_QUOTE,
    captions.COL_RATE_VALUE,
    captions.COL_VALID_ON,
    captions.COL_RATE_SOURCE,
)
FACTORS = (
    captions.COL_PLAN_NO,
    captions.COL_PLAN,
    captions.COL_FROM,
    captions.COL_TO,
    captions.COL_FACTOR,
    captions.COL_HOW,
)


@dataclass
class Factors:
    """Where each plan's conversion factor lives: ``(plan number, from, to)`` → a cell reference."""

    cells: dict[tuple[int, str, str], str] = field(default_factory=dict)

    def get(self, plan_no: int, source: str, target: str) -> Formula | int | None:
        """``1`` for the same currency, a formula pointing at the factor, or None when no rate links them."""
        if source == target:
            return 1
        ref = self.cells.get((plan_no, source, target))
        return Formula(f"={ref}") if ref else None


def write_lists(sheet: Any, data: ExportData) -> dict[str, str]:
    """A hidden sheet of the values the drop-downs offer; returns each list's range by name."""
    tr = workbook_labels(data)
    lists = {
        "status": [tr(s.label) for s in ActionStatus],
        "theme": [tr(t.name) for t in data.themes],
        "source": [data.sources.name(s.code, tr) for s in data.sources],
        "priority": [tr(p.label) for p in Priority],
        "plan_status": [tr(s.label) for s in PlanStatus],
        "yes_no": [tr(captions.YES), tr(captions.NO)],
        "currency": sorted(
            {data.reporting_currency}
            | {item.plan.currency for item in data.plans}
            | {x.line.currency for item in data.plans for a in item.actions for x in a.lines}
        ),
    }
    writer = SheetWriter(sheet)
    ranges = {}
    for column, (name, values) in enumerate(lists.items(), start=1):
        writer.put(1, column, name)
        for row, value in enumerate(values, start=2):
            writer.put(row, column, value)
        letter = chr(ord("A") + column - 1)
        ranges[name] = f"{reference(tr(captions.SHEET_LISTS))}!${letter}$2:${letter}${len(values) + 1}"
    sheet.sheet_state = "hidden"
    protect(sheet, first_row=1, last_row=1, last_column=len(lists), inputs=())
    return ranges


def _entered(writer: SheetWriter, data: ExportData, tr: Labels) -> dict[int, int]:
    """Write every rate as entered; return the row of each rate by its id."""
    writer.header(HEADER_ROW, [*map(tr, ENTERED)])
    rows: dict[int, int] = {}
    row = HEADER_ROW
    scoped: list[tuple[str, RateView]] = [(tr(captions.WORKSPACE_SCOPE), r) for r in data.workspace_rates]
    scoped += [(item.plan.title, r) for item in data.plans for r in item.rates]
    for scope, rate in scoped:
        row += 1
        writer.row(
            row,
            [scope, rate.base, rate.quote, rate.rate, rate.valid_on, rate.source],
            [None, None, None, FACTOR_FORMAT, DATE_FORMAT, None],
        )
        rows[rate.id] = row
    return rows


def _factor(
    chosen: dict[tuple[str, str], RateView], rows: dict[int, int], source: str, target: str, tr: Labels
) -> tuple[str, str] | None:
    """The formula (over the rates as entered) that the model's RateTable would use, and how it is made."""

    def direct(a: str, b: str) -> str | None:
        if (rate := chosen.get((a, b))) is not None:
            return f"$D${rows[rate.id]}"
        if (rate := chosen.get((b, a))) is not None:
            return f"(1/$D${rows[rate.id]})"
        return None

    if (simple := direct(source, target)) is not None:
        return f"={simple}", tr(captions.HOW_INVERSE if simple.startswith("(") else captions.HOW_DIRECT)
    pivot = RateTable.PIVOT
    if pivot not in (source, target):
        first, second = direct(source, pivot), direct(pivot, target)
        if first is not None and second is not None:
            return f"={first}*{second}", tr(captions.HOW_CROSS)
    return None


def write_rates(sheet: Any, data: ExportData) -> Factors:
    """The Rates sheet; returns where the Budget sheet finds each factor."""
    writer = SheetWriter(sheet)
    tr = workbook_labels(data)
    writer.title(tr(captions.SHEET_RATES))
    rows = _entered(writer, data, tr)
    last_entered = HEADER_ROW + len(rows)
    for column, caption in ((1, captions.RATES_ENTERED), (FACTOR_COLUMN, captions.FACTORS_USED)):
        writer.put(HEADER_ROW - 1, column, tr(caption)).font = styles()["bold"]
    writer.header(HEADER_ROW, [*map(tr, FACTORS)], first_column=FACTOR_COLUMN)
    factors, rates = Factors(), reference(tr(captions.SHEET_RATES))
    row = HEADER_ROW
    for number, item in enumerate(data.plans, start=1):
        entered = {view.id: view for view in (*data.workspace_rates, *item.rates)}
        table = rate_table(data.workspace_rates, item.rates)
        chosen = {(r.base, r.quote): entered[r.id] for r in table.rates() if r.id is not None}
        for source, target in _pairs(item, data.reporting_currency):
            row += 1
            made = _factor(chosen, rows, source, target, tr)
            values: list[object] = [number, item.plan.title, source, target]
            values += [Formula(made[0]), made[1]] if made else [Formula("=NA()"), tr(captions.HOW_MISSING)]
            for offset, value in enumerate(values):
                writer.put(row, FACTOR_COLUMN + offset, value, FACTOR_FORMAT if offset == 4 else None)
            if made:
                factors.cells[(number, source, target)] = f"{rates}!${FACTOR_LETTER}${row}"
    writer.widths[FACTOR_COLUMN + 4] = 14
    widths: dict[int, float] = dict(enumerate((22, 9, 10, 12, 11, 24, 2, 2, 8, 30, 7, 7, 13, 22), start=1))
    widths = header_room(widths, ENTERED, tr)
    writer.finish(
        header_row=HEADER_ROW,
        last_row=max(last_entered, row),
        last_column=FACTOR_COLUMN + 5,
        wrap_columns=(1, 6, FACTOR_COLUMN + 1, FACTOR_COLUMN + 5),
        fixed=header_room(widths, FACTORS, tr, FACTOR_COLUMN),
    )
    sheet.auto_filter.ref = f"A{HEADER_ROW}:F{max(last_entered, HEADER_ROW + 1)}"
    if rows:  # a rate as entered may be changed to see its effect; the factors are formulas over it
        add_check(sheet, Checks(tr).amount(), 4, HEADER_ROW + 1, last_entered)
    protect(sheet, first_row=HEADER_ROW + 1, last_row=last_entered, last_column=FACTOR_COLUMN + 5, inputs=(4,))
    return factors


def _pairs(item: PlanData, reporting: str) -> list[tuple[str, str]]:
    currencies = sorted({x.line.currency for a in item.actions for x in a.lines})
    pairs = [(c, item.plan.currency) for c in currencies if c != item.plan.currency]
    pairs += [(c, reporting) for c in currencies if c != reporting]
    return pairs
