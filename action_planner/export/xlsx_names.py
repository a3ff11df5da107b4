"""The workbook's sheet names in the plans' language, and the way a formula names a sheet."""

from __future__ import annotations

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
