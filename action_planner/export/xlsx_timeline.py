"""The workbook's Timeline sheet: one row per action and a monthly Gantt chart drawn with cell fills."""

from __future__ import annotations

from datetime import date
from typing import Any

from action_planner.export import captions
from action_planner.export.data import ExportData
from action_planner.export.xlsx_cells import MONTH_FORMAT, SheetWriter

THEME_FILLS = ("8EA9DB", "A9D08E", "F4B183", "C9A0DC", "FFD966", "9BC2E6")
MAX_MONTHS = 180  # fifteen years: longer plans are cut off rather than making an unusable sheet


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def write_timeline(sheet: Any, data: ExportData) -> None:
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    writer = SheetWriter(sheet)
    headers = [
        captions.COL_PLAN_NO,
        captions.COL_NUTS,
        captions.COL_ACTION_NO,
        captions.COL_ACTION,
        captions.COL_THEME,
        captions.COL_START,
        captions.COL_END,
    ]
    writer.header(1, headers)
    dated = [a.view for p in data.plans for a in p.actions if a.view.start_date]
    first = min((_month_index(v.start_date) for v in dated if v.start_date), default=_month_index(data.exported_on))
    last = max((_month_index(v.end_date or v.start_date) for v in dated if v.start_date), default=first)
    months = min(last - first + 1, MAX_MONTHS)
    base = len(headers) + 1
    writer.header(1, [""] * months, first_column=base)
    for offset in range(months):
        index = first + offset
        writer.put(1, base + offset, date(index // 12, index % 12 + 1, 1), MONTH_FORMAT)
    fills = {t.code: PatternFill("solid", fgColor=THEME_FILLS[i % len(THEME_FILLS)]) for i, t in enumerate(data.themes)}
    row = 1
    for number, item in enumerate(data.plans, start=1):
        for action in item.actions:
            v = action.view
            row += 1
            writer.row(
                row, [number, item.region.code, v.number, v.title, data.theme_name(v.theme), v.start_date, v.end_date]
            )
            fill = fills.get(v.theme)
            if fill is None or v.start_date is None:
                continue
            writer.look(writer.sheet.cell(row=row, column=5), f"theme:{v.theme}", fill=fill)
            start = _month_index(v.start_date) - first
            end = _month_index(v.end_date or v.start_date) - first
            for offset in range(max(start, 0), min(end, months - 1) + 1):
                writer.look(writer.sheet.cell(row=row, column=base + offset), f"theme:{v.theme}", fill=fill)
    fixed: dict[int, float] = dict.fromkeys(range(base, base + months), 7.5)
    fixed[4] = 50
    writer.finish(
        header_row=1, last_row=row, last_column=base + months - 1, freeze=f"{get_column_letter(base)}2", fixed=fixed
    )
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(row, 2)}"
