"""Print set-up of the workbook's sheets: A4 landscape, columns fitted to the page width, headers repeated.

A sheet whose columns fit a page at a readable scale is printed one page wide (``fitToWidth=1``,
``fitToHeight=0``: as many pages down as the rows need). A wider one is cut into panels of whole columns,
each one page wide at that same scale, with its key columns (plan, action) repeated on every panel, so that
no text shrinks below reading size and no column is ever cut at the page edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: Column-width units across an A4 landscape page inside the margins below, at 100 % (measured in LibreOffice).
PAGE_UNITS = 110
#: The smallest print scale, in per cent: 11-point text prints at under 7 points, still readable.
MIN_SCALE = 60
#: Column-width units a page holds at the smallest scale.
PANEL_UNITS = PAGE_UNITS * 100 // MIN_SCALE
DEFAULT_WIDTH = 9.0  # a column without a width of its own (8.43 in Excel, rounded up)


def column_widths(sheet: Any, last_column: int) -> list[float]:
    """The width of each of the sheet's first ``last_column`` columns."""
    from openpyxl.utils import get_column_letter

    dimensions = sheet.column_dimensions
    widths = []
    for column in range(1, last_column + 1):
        letter = get_column_letter(column)
        width = dimensions[letter].width if letter in dimensions else None
        widths.append(float(width or DEFAULT_WIDTH))
    return widths


def panels(widths: Sequence[float], key_columns: int) -> list[range]:
    """Split the columns after the key ones into runs that fit a page beside the key columns (1-based)."""
    room = PANEL_UNITS - sum(widths[:key_columns])
    runs: list[range] = []
    start, used = key_columns + 1, 0.0
    for column in range(key_columns + 1, len(widths) + 1):
        width = widths[column - 1]
        if used and used + width > room:
            runs.append(range(start, column))
            start, used = column, 0.0
        used += width
    if start <= len(widths):
        runs.append(range(start, len(widths) + 1))
    return runs or [range(1, len(widths) + 1)]


def print_setup(sheet: Any, *, title_rows: str, last_column: int, key_columns: int | None = None) -> None:
    """Landscape A4 with ``title_rows`` on every page; one page wide, or panels repeating ``key_columns``.

    With ``key_columns`` None the sheet is always fitted to one page wide, whatever the scale that takes.
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break, ColBreak

    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top, sheet.page_margins.bottom = 0.5, 0.6
    sheet.print_options.gridLines = True  # a printed table is hard to follow across without its grid
    sheet.print_title_rows = title_rows
    sheet.oddFooter.center.text = "&A – &P / &N"  # the sheet's name, this page and the number of pages
    widths = column_widths(sheet, last_column)
    runs = panels(widths, key_columns or 0)
    if key_columns is None or sum(widths) <= PANEL_UNITS or len(runs) == 1:
        setup.fitToWidth, setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        return
    setup.scale = MIN_SCALE
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    if key_columns:
        sheet.print_title_cols = f"A:{get_column_letter(key_columns)}"
    breaks = ColBreak()
    for run in runs[:-1]:
        breaks.append(Break(id=run[-1]))
    sheet.col_breaks = breaks
