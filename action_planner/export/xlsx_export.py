"""Excel export: Summary, Actions, Budget, KPIs, Timeline and Rates sheets, with live totals (openpyxl)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from action_planner.export import captions, registry
from action_planner.export.base import Exporter
from action_planner.export.data import ExportData
from action_planner.export.gc_pause import gc_paused
from action_planner.export.request import ExportFormat, Steps


def render_xlsx(data: ExportData, path: Path, steps: Steps) -> None:
    """Write the workbook for ``data`` to ``path``; one step per sheet.

    The sheets are created in the workbook's order and written in the order their formulas need (the Lists
    and Rates first, the Summary last); each is appended to its ``write_only`` sheet as soon as it is complete,
    so only one sheet's cells are held at a time.
    """
    from action_planner.export.xlsx_buffer import StreamedBook
    from action_planner.export.xlsx_checks import workbook_labels
    from action_planner.export.xlsx_decisions import write_decisions
    from action_planner.export.xlsx_language import SHEETS, sheet_names
    from action_planner.export.xlsx_rates import write_lists, write_rates
    from action_planner.export.xlsx_sheets import write_actions, write_budget, write_kpis
    from action_planner.export.xlsx_summary import write_summary
    from action_planner.export.xlsx_timeline import write_timeline

    tr = workbook_labels(data)
    names = sheet_names(tr)  # in the plans' language, by the English name
    streamed = StreamedBook()
    sheets = {name: streamed.sheet(names[name]) for name in SHEETS}  # in the workbook's order
    lists = write_lists(sheets[captions.SHEET_LISTS], data)
    sheets[captions.SHEET_LISTS].flush()
    factors = write_rates(sheets[captions.SHEET_RATES], data)
    sheets[captions.SHEET_RATES].flush()
    steps.advance()
    budget = write_budget(sheets[captions.SHEET_BUDGET], data, factors, lists)
    sheets[captions.SHEET_BUDGET].flush()
    steps.advance()
    write_actions(sheets[captions.SHEET_ACTIONS], data, budget, lists)
    sheets[captions.SHEET_ACTIONS].flush()
    steps.advance()
    write_kpis(sheets[captions.SHEET_KPIS], data)
    sheets[captions.SHEET_KPIS].flush()
    steps.advance()
    write_timeline(sheets[captions.SHEET_TIMELINE], data)
    sheets[captions.SHEET_TIMELINE].flush()
    write_decisions(sheets[captions.SHEET_DECISIONS], data)
    sheets[captions.SHEET_DECISIONS].flush()
    steps.advance()
    write_summary(sheets[captions.SHEET_SUMMARY], data, budget, lists)
    sheets[captions.SHEET_SUMMARY].flush()
    book = streamed.book
    book.properties.title = tr(captions.WORKBOOK_TITLE)
    book.properties.creator = "Action Planner"
    book.calculation.fullCalcOnLoad = True  # totals are formulas: compute them when the file opens
    steps.advance()
    book.save(str(path))


class XlsxExporter(Exporter):
    """The plan(s) as an Excel workbook whose totals stay live when a figure is changed."""

    format: ClassVar[ExportFormat] = registry.XLSX

    def write(self, data: ExportData, path: Path, steps: Steps) -> None:
        steps.grow(6)
        with gc_paused():
            render_xlsx(data, path, steps)
