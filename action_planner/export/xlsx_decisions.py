"""The workbook's Decisions sheet: every workshop decision, and each action's votes."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from action_planner.export import captions
from action_planner.export.data import ExportData
from action_planner.export.xlsx_cells import SheetWriter
from action_planner.export.xlsx_checks import protect, workbook_labels
from action_planner.export.xlsx_language import header_room
from action_planner.export.xlsx_sheets import ACTION_KEY

#: Decision times are written as local date and time cells.
MOMENT_FORMAT = "yyyy-mm-dd hh:mm"


def write_decisions(sheet: Any, data: ExportData) -> None:
    """One row per decision, oldest first within each plan, with the action's current votes."""
    writer = SheetWriter(sheet)
    tr = workbook_labels(data)
    columns = (
        *ACTION_KEY,
        captions.COL_DECISION,
        captions.COL_NOTE,
        captions.COL_DECIDED_AT,
        captions.COL_VOTES_FOR,
        captions.COL_VOTES_AGAINST,
    )
    headers = [*map(tr, columns)]
    writer.header(1, headers)
    row = 1
    for number, item in enumerate(data.plans, start=1):
        votes = {a.view.id: (a.view.votes_for, a.view.votes_against) for a in item.actions}
        for decision in item.decisions:
            row += 1
            local = decision.decided_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
            votes_for, votes_against = votes.get(decision.action_id, (0, 0))
            writer.row(
                row,
                [
                    number,
                    item.region.code,
                    item.plan.title,
                    decision.action_number,
                    decision.action_title,
                    tr(decision.decision.label),
                    decision.note,
                    local,
                    votes_for,
                    votes_against,
                ],
                [None, None, None, None, None, None, None, MOMENT_FORMAT, None, None],
            )
    writer.finish(
        header_row=1,
        last_row=row,
        last_column=len(headers),
        freeze="F2",
        wrap_columns=(3, 5, 7),
        fixed=header_room({1: 7, 2: 8, 3: 20, 4: 7, 5: 24, 7: 40, 8: 16}, columns, tr),
        print_keys=len(ACTION_KEY),
    )
    protect(sheet, first_row=2, last_row=row, last_column=len(headers), inputs=())  # a record of the workshops
