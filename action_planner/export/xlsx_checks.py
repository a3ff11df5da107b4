"""The workbook's enforced checks and sheet protection: what a partner may type where, and what stays fixed.

Every check stops a wrong value with a message in the plans' language and covers its column down to the
sheet's last row, so that a line a partner adds is checked too. Protection locks formulas and the key
columns that tie a row to its plan and action, leaves the input columns (and every row below the data)
open, and allows sorting, filtering, inserting rows and formatting; it has no password, because it guards
against slips, not against the partner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from action_planner.export import captions
from action_planner.export.data import ExportData
from action_planner.export.language import Labels, labels_for, language_code

LAST_ROW = 1_048_576  # the last row of a worksheet (Excel and LibreOffice alike)
YEARS = (2000, 2100)
MAX_AMOUNT = 10**12


def workbook_labels(data: ExportData) -> Labels:
    """The plans' language when they share one, English otherwise (a check covers every plan's rows)."""
    languages = {language_code(item.locale) for item in data.plans}
    return labels_for(languages.pop()) if len(languages) == 1 else Labels()


@dataclass(frozen=True, slots=True)
class Check:
    """One enforced data validation: its type, its options, and its error in the workbook's language."""

    kind: str
    title: str
    message: str
    options: dict[str, str] = field(default_factory=dict)


class Checks:
    """Builds the workbook's checks in one language."""

    def __init__(self, tr: Labels) -> None:
        self.tr = tr

    def listed(self, source: str) -> Check:
        """A drop-down list from ``source`` (``Lists!$A$2:$A$6``)."""
        return Check("list", self.tr(captions.CHECK_LIST_TITLE), self.tr(captions.CHECK_LIST), {"formula1": source})

    def amount(self) -> Check:
        limits = {"operator": "between", "formula1": "0", "formula2": str(MAX_AMOUNT)}
        return Check("decimal", self.tr(captions.CHECK_AMOUNT_TITLE), self.tr(captions.CHECK_AMOUNT), limits)

    def year(self) -> Check:
        first, last = YEARS
        message = self.tr(captions.CHECK_YEAR).format(first=first, last=last)
        limits = {"operator": "between", "formula1": str(first), "formula2": str(last)}
        return Check("whole", self.tr(captions.CHECK_YEAR_TITLE), message, limits)

    def currency(self, source: str) -> Check:
        return Check(
            "list", self.tr(captions.CHECK_CURRENCY_TITLE), self.tr(captions.CHECK_CURRENCY), {"formula1": source}
        )

    def score(self) -> Check:
        limits = {"operator": "between", "formula1": "1", "formula2": "5"}
        return Check("whole", self.tr(captions.CHECK_SCORE_TITLE), self.tr(captions.CHECK_SCORE), limits)

    def day(self) -> Check:
        limits = {"operator": "between", "formula1": "DATE(1990,1,1)", "formula2": "DATE(2200,12,31)"}
        return Check("date", self.tr(captions.CHECK_DATE_TITLE), self.tr(captions.CHECK_DATE), limits)

    def number(self) -> Check:
        limits = {"operator": "between", "formula1": str(-MAX_AMOUNT), "formula2": str(MAX_AMOUNT)}
        return Check("decimal", self.tr(captions.CHECK_NUMBER_TITLE), self.tr(captions.CHECK_NUMBER), limits)


def add_check(sheet: Any, check: Check, column: int, first_row: int, last_row: int = LAST_ROW) -> None:
    """Enforce ``check`` on one column from ``first_row`` down (to the sheet's end unless told)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(
        type=check.kind,
        allow_blank=True,
        showDropDown=False,  # False shows the arrow (the attribute's name says the opposite)
        showErrorMessage=True,
        errorStyle="stop",
        **check.options,
    )
    validation.errorTitle = check.title[:32]  # Excel's limit for a title
    validation.error = check.message
    letter = get_column_letter(column)
    validation.add(f"{letter}{first_row}:{letter}{max(last_row, first_row)}")
    sheet.add_data_validation(validation)


def protect(sheet: Any, *, first_row: int, last_row: int, last_column: int, inputs: Iterable[int]) -> None:
    """Lock the sheet but for the ``inputs`` columns of its data rows and every cell below the data.

    Cells keep their look: only their protection changes (the buffered sheet's style numbers, one look-up per
    cell, which matters at thousands of rows).
    """
    from openpyxl.styles import Protection
    from openpyxl.utils import get_column_letter

    unlocked = Protection(locked=False)
    for column in range(1, last_column + 1):  # a row added below the data can be typed in full
        sheet.column_dimensions[get_column_letter(column)].protection = unlocked
    table = sheet.table
    field, open_id = table.attribute_id("protection", unlocked)
    for column in inputs:
        index = column - 1
        for _, looks in sheet.column_rows(column, first_row, last_row):
            looks[index] = table.changed(looks[index], field, open_id)
    protection = sheet.protection
    protection.sheet = True
    # In openpyxl False means "allowed": a partner may sort, filter, insert rows and size columns and rows.
    protection.sort = protection.autoFilter = protection.insertRows = False
    protection.formatColumns = protection.formatRows = protection.formatCells = False
    protection.selectLockedCells = protection.selectUnlockedCells = False
