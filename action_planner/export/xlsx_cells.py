"""Workbook cell writing: typed values, text never taken for a formula, headers, widths, wrapped row heights."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from action_planner.export.xlsx_buffer import ALIGNMENT, PLAIN, BufferedSheet, CellRef, Slot
from action_planner.model.money import minor_digits
from action_planner.model.validation import xml_safe

INK, HEADER_FILL, TOTAL_FILL, BORDER = "1F3864", "D9E2F3", "F2F2F2", "A6A6A6"
FONT = "Calibri"  # the workbook default: styled cells name it too, or some readers fall back to a serif
DATE_FORMAT = "yyyy-mm-dd"
MONTH_FORMAT = "mmm yy"
FACTOR_FORMAT = "0.0000######"
FORMULA_PREFIXES = ("=", "+", "-", "@")
MAX_WIDTH, MIN_WIDTH = 60, 6
MAX_TEXT = 32767  # characters Excel holds in one cell
HEADER_HEIGHT = 45
LINE_HEIGHT = 15  # points a line of 11-point text takes in a row
MAX_LINES = 27  # Excel's tallest row (409 points); a longer text scrolls within its cell


@cache
def money_format(currency: str) -> str:
    """A number format showing the currency code after the amount, with the currency's decimals."""
    digits = minor_digits(currency)
    return f'#,##0{"." + "0" * digits if digits else ""} "{currency}"'


def wrapped_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes wrapped in a column ``width`` characters wide (words kept whole)."""
    room = max(int(width * 1.2) - 1, 1)  # a width counts digits; the letters of a text are narrower
    count = 0
    for paragraph in text.split("\n"):
        line = 0
        count += 1
        for word in paragraph.split(" "):
            size = len(word)
            if line and line + 1 + size > room:
                count += 1
                line = 0
            line += size + (1 if line else 0)
            while line > room:  # a word longer than the column breaks across lines
                count += 1
                line -= room
    return count


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula to write as such (every other text is stored as text)."""

    text: str


@cache
def styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color=BORDER)
    return {
        "header_font": Font(name=FONT, bold=True, color=INK),
        "header_fill": PatternFill("solid", fgColor=HEADER_FILL),
        "total_fill": PatternFill("solid", fgColor=TOTAL_FILL),
        "header_align": Alignment(wrap_text=True, vertical="top"),
        "top": Alignment(vertical="top"),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "bold": Font(name=FONT, bold=True),
        "title": Font(name=FONT, bold=True, size=14, color=INK),
        "subtitle": Font(name=FONT, italic=True, color="595959"),
        "border": Border(bottom=thin),
    }


class SheetWriter:
    """Writes rows to one buffered worksheet (:class:`~action_planner.export.xlsx_buffer.BufferedSheet`),
    tracking column widths so the sheet opens readable; the sheet is written out once it is complete."""

    def __init__(self, sheet: BufferedSheet) -> None:
        self.sheet = sheet
        self.widths: dict[int, int] = {}
        self._looks: dict[str, int] = {}
        self._texts: dict[str, str] = {}

    def _text(self, value: str) -> str:
        """``value`` without the control characters XML cannot hold, cut to Excel's limit per cell."""
        text = self._texts.get(value)
        if text is None:
            text = self._texts[value] = xml_safe(value)[:MAX_TEXT]
        return text

    def look(self, cell: CellRef, key: str, **attributes: Any) -> CellRef:
        """Give ``cell`` the look ``key``: styled once, then the same style number for every other cell."""
        cached = self._looks.get(key)
        if cached is None:
            for name, value in attributes.items():
                setattr(cell, name, value)
            self._looks[key] = cell.look
        else:
            cell.look = cached
        return cell

    def _write(self, row: int, column: int, value: object, number_format: str | None, slot: Slot) -> None:
        """Write one value into its row's ``slot`` (that row's value and style lists, long enough)."""
        sheet, index = self.sheet, column - 1
        values, looks = slot
        if isinstance(value, str):
            self._put_text(row, column, value, values)
        elif isinstance(value, Formula):
            values[index] = value.text
        elif isinstance(value, bool):
            raise TypeError("write Yes/No text, not a bool")
        elif isinstance(value, Decimal | int) or value is None:
            values[index] = value
            if value is not None and self.widths.get(column, 0) < 12:
                self.widths[column] = 12
        elif isinstance(value, date | datetime):
            sheet.set_value(row, column, value)  # a date gets the yyyy-mm-dd format, as openpyxl gives it
            if self.widths.get(column, 0) < 12:
                self.widths[column] = 12
        else:
            raise TypeError(f"cannot write {type(value).__name__} to a workbook")
        if number_format:
            self._format(row, column, number_format, looks)

    def _put_text(self, row: int, column: int, value: str, values: list[object]) -> None:
        text = self._texts.get(value)
        if text is None:
            text = self._text(value)
        values[column - 1] = text
        texts = self.sheet.texts
        if text.startswith("="):
            texts.add((row, column))  # text, never a formula
        elif texts:
            texts.discard((row, column))
        length = len(text) if "\n" not in text else max(len(x) for x in text.split("\n"))
        if length > self.widths.get(column, 0):
            self.widths[column] = length

    def _format(self, row: int, column: int, number_format: str, looks: list[int]) -> None:
        """Give a cell ``number_format``: on top of its style, or as the shared look of that format alone."""
        index = column - 1
        if looks[index] != PLAIN:
            self.sheet.restyle(row, column, "number_format", number_format)
            return
        cached = self._looks.get(number_format)
        if cached is None:
            self.sheet.restyle(row, column, "number_format", number_format)
            cached = self._looks[number_format] = looks[index]
        looks[index] = cached

    def put(self, row: int, column: int, value: object, number_format: str | None = None) -> CellRef:
        self._write(row, column, value, number_format, self.sheet.slot(row, column))
        return CellRef(self.sheet, row, column)

    def row(self, row: int, values: Sequence[object], formats: Sequence[str | None] | None = None) -> None:
        """Write a row of values; empty ones (None or "") make no cell at all."""
        slot = self.sheet.slot(row, len(values))
        write, texts, widths, cells = self._write, self._texts, self.widths, slot[0]
        plain = not self.sheet.texts  # no text in the sheet is marked as one yet
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            number_format = formats[index] if formats else None
            text = texts.get(value) if plain and value.__class__ is str and not number_format else None
            if text is None or text.startswith("=") or "\n" in text:
                write(row, index + 1, value, number_format, slot)
                continue
            cells[index] = text  # the common case, a one-line text seen before, written in place
            if len(text) > widths.get(index + 1, 0):
                widths[index + 1] = len(text)

    def header(self, row: int, titles: Sequence[str], *, first_column: int = 1) -> None:
        s = styles()
        self.sheet.row_dimensions[row].height = HEADER_HEIGHT  # room for three wrapped lines
        for offset, title in enumerate(titles):
            column = first_column + offset
            cell = self.put(row, column, title)
            self.look(
                cell,
                "header",
                font=s["header_font"],
                fill=s["header_fill"],
                alignment=s["header_align"],
                border=s["border"],
            )
            self.widths[column] = max(self.widths.get(column, 0), min(len(title), 18))

    def title(self, text: str, subtitle: str = "") -> None:
        self.put(1, 1, text).font = styles()["title"]
        if subtitle:
            self.put(2, 1, subtitle).font = styles()["subtitle"]
        self.widths.pop(1, None)

    def _look_number(self, key: str, name: str, value: object, row: int, column: int) -> int:
        """The style number of look ``key`` (one attribute), made from the cell at ``row``, ``column`` if new."""
        cached = self._looks.get(key)
        if cached is None:
            self.sheet.restyle(row, column, name, value)
            cached = self._looks[key] = self.sheet.style(row, column)
        return cached

    def finish(
        self,
        *,
        header_row: int,
        last_row: int,
        last_column: int,
        freeze: str | None = None,
        wrap_columns: Sequence[int] = (),
        fixed: Mapping[int, float] | None = None,
        print_keys: int | None = None,
        title_rows: str | None = None,
    ) -> None:
        """Freeze the header, add an autofilter, size the columns to their content and set up printing.

        ``print_keys`` names the key columns repeated on each page when the sheet prints in panels (see
        :mod:`xlsx_print`); without it the sheet prints one page wide. ``title_rows`` (``"1:5"``) are the rows
        repeated at the top of every printed page, the header row alone by default.
        """
        from openpyxl.utils import get_column_letter

        from action_planner.export.xlsx_print import print_setup

        sheet = self.sheet
        sheet.freeze_panes = freeze or f"A{header_row + 1}"
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(last_column)}{max(last_row, header_row + 1)}"
        widths: dict[int, float] = {}
        for column in range(1, last_column + 1):
            width = (fixed or {}).get(column) or min(max(self.widths.get(column, 0) + 2, MIN_WIDTH), MAX_WIDTH)
            sheet.column_dimensions[get_column_letter(column)].width = widths[column] = width
        wrap = styles()["wrap"]
        lines: dict[int, int] = {}
        for column in wrap_columns:
            index, room = column - 1, widths[column] - 1
            cached = self._looks.get("wrap")
            for row, (values, looks) in enumerate(sheet.column_rows(column, header_row + 1, last_row), header_row + 1):
                if cached is None:
                    cached = self._look_number("wrap", "alignment", wrap, row, column)
                looks[index] = cached
                value = values[index]
                if isinstance(value, str) and len(value) > room:
                    lines[row] = max(lines.get(row, 1), wrapped_lines(value, widths[column]))
        table = sheet.table
        top_style = styles()["top"]
        top = table.attribute_id("alignment", top_style)[1]  # the workbook's id of a top alignment
        for row, count in lines.items():  # Excel and LibreOffice keep a row one line high unless told
            sheet.row_dimensions[row].height = min(count, MAX_LINES) * LINE_HEIGHT
            values, looks = sheet.values[row], sheet.looks[row]
            for index in range(min(last_column, len(values))):  # the row's numbers beside its wrapped texts
                number = looks[index]
                if number != PLAIN and table.styles[number][ALIGNMENT] == 0:
                    looks[index] = table.changed(number, ALIGNMENT, top)
                elif number == PLAIN and values[index] is not None:
                    looks[index] = self._look_number("top", "alignment", top_style, row, index + 1)
        print_setup(
            sheet,
            title_rows=title_rows or f"{header_row}:{header_row}",
            last_column=last_column,
            key_columns=print_keys,
        )
