"""The workbook's Timeline sheet: one row per action and a monthly Gantt chart drawn with cell fills."""

from __future__ import annotations

from datetime import date
from typing import Any

from action_planner.export import captions
from action_planner.export.data import ExportData
from action_planner.export.xlsx_cells import MONTH_FORMAT, SheetWriter, styles
from action_planner.export.xlsx_checks import protect, workbook_labels
from action_planner.export.xlsx_language import header_room
from action_planner.export.xlsx_print import PANEL_UNITS

THEME_FILLS = ("8EA9DB", "A9D08E", "F4B183", "C9A0DC", "FFD966", "9BC2E6")
MAX_MONTHS = 180  # fifteen years: longer plans are cut off rather than making an unusable sheet
MONTH_WIDTH = 3.3, 2.2  # a month is a narrow bar (narrower in a long plan); its header is written upwards
KEY_WIDTHS = (7, 8, 7, 30, 16, 11, 11)
MONTH_HEADER_HEIGHT = 42


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def write_timeline(sheet: Any, data: ExportData) -> None:
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    writer = SheetWriter(sheet)
    tr = workbook_labels(data)
    columns = (
        captions.COL_PLAN_NO,
        captions.COL_NUTS,
        captions.COL_ACTION_NO,
        captions.COL_ACTION,
        captions.COL_THEME,
        captions.COL_START,
        captions.COL_END,
    )
    headers = [*map(tr, columns)]
    writer.header(1, headers)
    dated = [a.view for p in data.plans for a in p.actions if a.view.start_date]
    first = min((_month_index(v.start_date) for v in dated if v.start_date), default=_month_index(data.exported_on))
    last = max((_month_index(v.end_date or v.start_date) for v in dated if v.start_date), default=first)
    months = min(last - first + 1, MAX_MONTHS)
    base = len(headers) + 1
    writer.header(1, [""] * months, first_column=base)
    wrap = styles()["wrap"]
    upwards = Alignment(text_rotation=90, horizontal="center", vertical="bottom")
    for offset in range(months):
        index = first + offset
        cell = writer.put(1, base + offset, date(index // 12, index % 12 + 1, 1), MONTH_FORMAT)
        cell.alignment = upwards
    writer.sheet.row_dimensions[1].height = MONTH_HEADER_HEIGHT
    fills = {t.code: PatternFill("solid", fgColor=THEME_FILLS[i % len(THEME_FILLS)]) for i, t in enumerate(data.themes)}
    row = 1
    for number, item in enumerate(data.plans, start=1):
        for action in item.actions:
            v = action.view
            row += 1
            theme = tr(data.theme_name(v.theme))
            writer.row(row, [number, item.region.code, v.number, v.title, theme, v.start_date, v.end_date])
            fill = fills.get(v.theme)
            if fill is None or v.start_date is None:
                continue
            writer.look(writer.sheet.cell(row=row, column=5), f"theme name:{v.theme}", fill=fill, alignment=wrap)
            start = _month_index(v.start_date) - first
            end = _month_index(v.end_date or v.start_date) - first
            for offset in range(max(start, 0), min(end, months - 1) + 1):
                writer.look(writer.sheet.cell(row=row, column=base + offset), f"theme:{v.theme}", fill=fill)
    room = (PANEL_UNITS - sum(KEY_WIDTHS)) / max(months, 1)  # so that the chart prints one page wide if it can
    fixed: dict[int, float] = dict.fromkeys(range(base, base + months), max(min(MONTH_WIDTH[0], room), MONTH_WIDTH[1]))
    fixed = header_room(fixed | dict(enumerate(KEY_WIDTHS, start=1)), columns, tr)
    writer.finish(
        header_row=1,
        last_row=row,
        last_column=base + months - 1,
        freeze=f"{get_column_letter(base)}2",
        wrap_columns=(4,),  # not the theme column: its fill would go
        fixed=fixed,
        print_keys=4,  # a long plan's months print in panels, each beside the actions' names
    )
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(row, 2)}"
    protect(sheet, first_row=2, last_row=row, last_column=base + months - 1, inputs=())  # drawn from the plan
