"""Streamed workbook sheets: one sheet's cells held compactly until it is complete, then appended in order.

openpyxl's ``write_only`` mode writes a sheet's rows as they are appended, top to bottom, and never keeps a
cell. The workbook's sheets are built out of order and styled after their rows are written (column widths
from the content, wrapped rows' heights, the input columns unlocked), so each :class:`BufferedSheet` keeps
its rows as two plain lists per row (values, and small style numbers shared through one
:class:`StyleTable`) until :meth:`BufferedSheet.flush` appends them and lets them go. Only the sheet being
built holds its content: at 12,000 actions the whole workbook never lives in memory as openpyxl cells.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

#: openpyxl's ``StyleArray`` holds nine ids: font, fill, border, number format, protection, alignment,
#: pivot button, quote prefix and named style; a style here is a tuple of them in that order.
STYLE_FIELDS = 9
FONT, FILL, BORDER, NUMBER_FORMAT, PROTECTION, ALIGNMENT = range(6)
#: The workbook's collection of each styled attribute (``Workbook._fonts`` and so on).
COLLECTIONS = {
    "font": (FONT, "_fonts"),
    "fill": (FILL, "_fills"),
    "border": (BORDER, "_borders"),
    "protection": (PROTECTION, "_protections"),
    "alignment": (ALIGNMENT, "_alignments"),
}
PLAIN = 0  # the style number of a cell without a style of its own
#: One buffered row: its values and its style numbers, by column - 1.
Slot = tuple[list[object], list[int]]


class StyleTable:
    """The workbook's cell styles numbered from 0 (no style), each a tuple of openpyxl's style ids.

    A change of one attribute is looked up once per (style, attribute, value), so styling a cell costs a
    dictionary look-up, not a new style object.
    """

    def __init__(self, book: Any) -> None:
        self.book = book
        self.styles: list[tuple[int, ...]] = [(0,) * STYLE_FIELDS]
        self._numbers: dict[tuple[int, ...], int] = {self.styles[0]: PLAIN}
        self._changed: dict[tuple[int, int, int], int] = {}
        self._ids: dict[tuple[str, object], int] = {}
        self._arrays: list[Any] = []

    def attribute_id(self, name: str, value: object) -> tuple[int, int]:
        """The field and the workbook's id of ``value`` for attribute ``name`` (``font``, ``number_format``…)."""
        if name == "number_format":
            key = (name, value)
            found = self._ids.get(key)
            if found is None:
                from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE, BUILTIN_FORMATS_REVERSE

                builtin = BUILTIN_FORMATS_REVERSE.get(value)
                if builtin is None:
                    builtin = self.book._number_formats.add(value) + BUILTIN_FORMATS_MAX_SIZE
                found = self._ids[key] = builtin
            return NUMBER_FORMAT, found
        field, collection = COLLECTIONS[name]
        return field, getattr(self.book, collection).add(value)  # openpyxl's own de-duplicating list

    def changed(self, number: int, field: int, value: int) -> int:
        """The style ``number`` with ``field`` set to ``value``."""
        key = (number, field, value)
        found = self._changed.get(key)
        if found is None:
            style = list(self.styles[number])
            style[field] = value
            as_tuple = tuple(style)
            found = self._numbers.get(as_tuple)
            if found is None:
                found = self._numbers[as_tuple] = len(self.styles)
                self.styles.append(as_tuple)
            self._changed[key] = found
        return found

    def number_format(self, number: int) -> str:
        from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

        format_id = self.styles[number][NUMBER_FORMAT]
        if format_id < BUILTIN_FORMATS_MAX_SIZE:
            return str(BUILTIN_FORMATS.get(format_id, "General"))
        return str(self.book._number_formats[format_id - BUILTIN_FORMATS_MAX_SIZE])

    def array(self, number: int) -> Any:
        """openpyxl's ``StyleArray`` for style ``number``: one shared object per style, never changed."""
        from openpyxl.styles.cell_style import StyleArray

        while len(self._arrays) < len(self.styles):
            self._arrays.append(StyleArray(self.styles[len(self._arrays)]))
        return self._arrays[number]


def _time_format(value: object) -> str | None:
    """The number format openpyxl gives a date or time value written to a cell without a date format."""
    if isinstance(value, datetime | date | time | timedelta):
        from openpyxl.cell.cell import get_time_format

        return str(get_time_format(type(value)))
    return None


class CellRef:
    """One cell of a :class:`BufferedSheet`, for the few places that style a cell after writing it."""

    __slots__ = ("column", "row", "sheet")

    def __init__(self, sheet: BufferedSheet, row: int, column: int) -> None:
        self.sheet, self.row, self.column = sheet, row, column

    @property
    def value(self) -> object:
        return self.sheet.value(self.row, self.column)

    @value.setter
    def value(self, value: object) -> None:
        self.sheet.set_value(self.row, self.column, value)

    @property
    def look(self) -> int:
        """The cell's style number in the sheet's :class:`StyleTable`."""
        return self.sheet.style(self.row, self.column)

    @look.setter
    def look(self, number: int) -> None:
        self.sheet.set_style(self.row, self.column, number)

    @property
    def has_style(self) -> bool:
        return self.look != PLAIN

    def _set(self, name: str, value: object) -> None:
        self.sheet.restyle(self.row, self.column, name, value)

    font = property(None, lambda self, value: self._set("font", value))
    fill = property(None, lambda self, value: self._set("fill", value))
    border = property(None, lambda self, value: self._set("border", value))
    alignment = property(None, lambda self, value: self._set("alignment", value))
    protection = property(None, lambda self, value: self._set("protection", value))
    number_format = property(None, lambda self, value: self._set("number_format", value))

    @property
    def data_type(self) -> str:
        """``s`` for a text marked as text (never a formula); "" where openpyxl infers the type on writing."""
        return "s" if (self.row, self.column) in self.sheet.texts else ""

    @data_type.setter
    def data_type(self, kind: str) -> None:
        if kind != "s":
            raise ValueError("only text is marked: openpyxl infers every other type from the value")
        self.sheet.texts.add((self.row, self.column))


class BufferedSheet:
    """A ``write_only`` worksheet and the cells of it not yet written: everything else is the sheet's own
    (widths, row heights, validations, protection, print set-up), set on it directly."""

    PAPERSIZE_A4 = "9"  # openpyxl's Worksheet.PAPERSIZE_A4, which a write-only sheet lacks

    def __init__(self, sheet: Any, table: StyleTable) -> None:
        state = self.__dict__
        state["_sheet"], state["table"] = sheet, table
        state["values"], state["looks"] = {}, {}  # row → list of values / style numbers, by column - 1
        state["texts"] = set()  # (row, column) of texts that look like formulas
        state["flushed"] = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sheet, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._sheet, name, value)

    @property
    def sheet(self) -> Any:
        """The ``write_only`` worksheet the rows go to."""
        return self._sheet

    def slot(self, row: int, column: int) -> Slot:
        """Row ``row``'s value and style lists, made long enough for ``column`` (its cells, empty or not)."""
        values = self.values.get(row)
        if values is None:
            if self.flushed:  # a cell written now would never reach the file
                raise RuntimeError(f"sheet {self._sheet.title} is already written")
            values = self.values[row] = []
            looks = self.looks[row] = []
        else:
            looks = self.looks[row]
        if len(values) < column:
            grow = column - len(values)
            values.extend([None] * grow)
            looks.extend([PLAIN] * grow)
        return values, looks

    def value(self, row: int, column: int) -> object:
        values = self.values.get(row)
        return values[column - 1] if values is not None and len(values) >= column else None

    def style(self, row: int, column: int) -> int:
        looks = self.looks.get(row)
        return looks[column - 1] if looks is not None and len(looks) >= column else PLAIN

    def set_value(self, row: int, column: int, value: object) -> None:
        """Write ``value``; a date or time gets openpyxl's date format unless the cell has one (as openpyxl)."""
        values, looks = self.slot(row, column)
        values[column - 1] = value
        if self.texts:
            self.texts.discard((row, column))
        time_format = _time_format(value)
        if time_format is not None:
            from openpyxl.styles.numbers import is_date_format

            if not is_date_format(self.table.number_format(looks[column - 1])):
                self.restyle(row, column, "number_format", time_format)

    def set_style(self, row: int, column: int, number: int) -> None:
        self.slot(row, column)[1][column - 1] = number

    def restyle(self, row: int, column: int, name: str, value: object) -> None:
        """Give one cell's style a new ``name`` attribute (``font``, ``alignment``, ``number_format``…)."""
        field, found = self.table.attribute_id(name, value)
        looks = self.slot(row, column)[1]
        looks[column - 1] = self.table.changed(looks[column - 1], field, found)

    def cell(self, row: int, column: int, value: object = None) -> CellRef:
        """The cell at ``row``, ``column`` (written with ``value`` unless it is None), as openpyxl's ``cell``."""
        self.slot(row, column)
        if value is not None:
            self.set_value(row, column, value)
        return CellRef(self, row, column)

    def __getitem__(self, coordinate: str) -> CellRef:
        from openpyxl.utils.cell import coordinate_to_tuple

        return self.cell(*coordinate_to_tuple(coordinate))

    def column_rows(self, column: int, first: int, last: int) -> Iterator[Slot]:
        """Each row's value and style lists from ``first`` to ``last``, every one long enough for ``column``
        (as openpyxl's ``iter_rows`` makes every cell it passes)."""
        values_by_row, looks_by_row = self.values, self.looks
        for row in range(first, last + 1):
            values = values_by_row.get(row)
            if values is not None and len(values) >= column:
                yield values, looks_by_row[row]
            else:
                yield self.slot(row, column)

    def merge_cells(self, *, start_row: int, start_column: int, end_row: int, end_column: int) -> None:
        from openpyxl.worksheet.cell_range import CellRange

        self._sheet.merged_cells.add(
            CellRange(min_col=start_column, min_row=start_row, max_col=end_column, max_row=end_row)
        )

    def add_data_validation(self, validation: Any) -> None:
        self._sheet.data_validations.append(validation)

    def _extent(self) -> str | None:
        """The range from the first to the last cell (``A1:P3601``), as a normal worksheet reports it."""
        from openpyxl.utils import get_column_letter

        rows: list[int] = []
        first, last = None, 0
        for row, values in self.values.items():
            looks = self.looks[row]
            used = (index for index in range(len(values)) if values[index] is not None or looks[index] != PLAIN)
            start = next(used, None)  # from each end of the row: a cell is almost always there
            if start is None:
                continue
            end = next(
                index for index in range(len(values) - 1, start - 1, -1) if values[index] is not None or looks[index]
            )
            rows.append(row)
            first = start if first is None else min(first, start)
            last = max(last, end)
        if first is None:
            return None
        return f"{get_column_letter(first + 1)}{min(rows)}:{get_column_letter(last + 1)}{max(rows)}"

    def flush(self) -> None:
        """Append every row, top to bottom, and let the buffer go row by row. Widths, row heights and the
        rest must be set before: a ``write_only`` sheet writes its columns first and each row as it comes."""
        from openpyxl.cell import WriteOnlyCell

        if self.flushed:
            raise RuntimeError(f"sheet {self._sheet.title} is already written")
        self.__dict__["flushed"] = True
        sheet, values_by_row, looks_by_row, texts, table = self._sheet, self.values, self.looks, self.texts, self.table
        last = max((*values_by_row, *sheet.row_dimensions.keys()), default=0)
        extent = self._extent()
        if extent is not None:  # openpyxl writes a sheet's <dimension> when the sheet can tell it
            sheet.calculate_dimension = lambda: extent
        append = sheet.append
        arrays = [table.array(number) for number in range(len(table.styles))]  # no style changes from here
        for row in range(1, last + 1):
            values = values_by_row.pop(row, None)
            if values is None:
                append(())
                continue
            looks = looks_by_row.pop(row)
            out: list[object] = []
            if not texts and not any(looks):  # a row of plain values: openpyxl takes them as they are
                append(values)
                continue
            for index, (value, number) in enumerate(zip(values, looks, strict=True)):
                if number == PLAIN and (not texts or (row, index + 1) not in texts):
                    out.append(value)
                    continue
                cell = WriteOnlyCell(sheet, value)
                if number != PLAIN:
                    cell._style = arrays[number]  # shared: a written cell is never changed
                if (row, index + 1) in texts:
                    cell.data_type = "s"  # text, never a formula
                out.append(cell)
            append(out)
        texts.clear()
        # Each row's height is a RowDimension referring to its sheet, which holds it: a cycle per row that only
        # the collector would free, on the window's thread once the export's job ends (12,000 actions: 165,000
        # objects, 150 ms). The rows are written, so they go now, by reference counting on this thread.
        heights = sheet.row_dimensions
        while heights:
            heights.popitem()


class StreamedBook:
    """A ``write_only`` workbook whose sheets are :class:`BufferedSheet` objects sharing one style table."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.book = Workbook(write_only=True)
        self.styles = StyleTable(self.book)

    def sheet(self, title: str) -> BufferedSheet:
        """A new sheet at the end of the workbook (sheets are created in their order, filled in any)."""
        return BufferedSheet(self.book.create_sheet(title), self.styles)
