"""The workbook in the plans' language: its sheet names, how a formula names a sheet, room for the headers."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from action_planner.export import captions
from action_planner.export.language import Labels

#: The partner workbook's sheets in their order (their English names; each shown in the plans' language).
SHEETS = (
    captions.SHEET_SUMMARY,
    captions.SHEET_ACTIONS,
    captions.SHEET_BUDGET,
    captions.SHEET_KPIS,
    captions.SHEET_TIMELINE,
    captions.SHEET_DECISIONS,
    captions.SHEET_RATES,
    captions.SHEET_LISTS,
)
MAX_NAME = 31  # characters in a sheet's name (Excel's limit)
FORBIDDEN = frozenset("[]:*?/\\")  # characters Excel refuses in a sheet's name
LETTER = 0.95  # width units a bold header letter takes (see header_width)
HEADER_LINES = 3  # a header row is 45 points high (xlsx_cells.HEADER_HEIGHT): three lines of 11-point text


def sheet_names(tr: Labels) -> dict[str, str]:
    """Each sheet's name in ``tr``'s language, by its English name; a name Excel would refuse raises."""
    names = {english: tr(english) for english in SHEETS}
    for name in names.values():
        if not name or len(name) > MAX_NAME or FORBIDDEN & set(name) or name.startswith("'") or name.endswith("'"):
            raise ValueError(f"not a sheet name Excel accepts: {name!r}")
    if len({name.casefold() for name in names.values()}) != len(names):
        raise ValueError(f"two sheets would share a name: {sorted(names.values())}")
    return names


def reference(name: str) -> str:
    """``name`` as a formula names the sheet: bare when it is plain ASCII letters (``Budget``), quoted
    otherwise (``'Tassi di cambio'``, ``'Wskaźniki'``), so the English formulas read as they always have."""
    from openpyxl.utils import quote_sheetname

    return name if name.isascii() and name.isalpha() else quote_sheetname(name)


def _lines(text: str, room: int) -> int:
    """How many lines ``text`` takes wrapped in whole words, ``room`` characters a line."""
    count, line = 1, 0
    for word in text.split():
        if line and line + 1 + len(word) > room:
            count, line = count + 1, len(word)
        else:
            line += len(word) + (1 if line else 0)
    return count


def header_width(title: str) -> float:
    """The narrowest width at which ``title`` wraps in whole words within a header's lines.

    An estimate: a bold letter takes about 0.95 of a width unit (a digit's width) in the wider of Calibri and
    LibreOffice's stand-in for it, and a cell's padding about one unit more: "Catalogue" needs 10.
    """
    title = title.replace("{currency}", "EUR")  # a currency code in a header is three letters wide
    longest = max((len(word) for word in title.split()), default=0)
    needed = float(math.ceil(longest * LETTER) + 1)
    while _lines(title, max(math.floor((needed - 1) / LETTER), 1)) > HEADER_LINES:
        needed += 1
    return needed


def header_room(
    widths: Mapping[int, float], english: Sequence[str], tr: Labels, first_column: int = 1
) -> dict[int, float]:
    """``widths`` (by column, set for the ``english`` headers) widened where a header's translation would cut a
    word or need a fourth line ("Nr działania", "Åtgärd nr", "Tasso verso la valuta del piano"). English keeps
    its widths exactly (they were tuned to fit the print panels); the columns without a set width size
    themselves to their content."""
    room = dict(widths)
    for column, caption in enumerate(english, start=first_column):
        width = room.get(column)
        translated = tr(caption)
        if width is None or translated == caption:
            continue
        room[column] = max(width, header_width(translated))
    return room
