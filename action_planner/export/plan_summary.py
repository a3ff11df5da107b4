"""The closing parts of a plan document: the summary of the actions with its totals, and the endorsement block."""

from __future__ import annotations

from decimal import Decimal

from action_planner.export import captions
from action_planner.export.data import ExportData, Figures, PlanData
from action_planner.export.document import Block, Column, Heading, Paragraph, Part, Table
from action_planner.export.formats import Formatter
from action_planner.model.validation import LONG_TEXT

#: Characters of one text field an export shows: what the window accepts.
SHOWN_TEXT = LONG_TEXT

FORM = (Column("", 2.2), Column("", 4.8))


def given(value: str, fmt: Formatter) -> str:
    """The text, or "Not given" so that an empty field reads as a gap rather than a mistake.

    Text longer than the window accepts (only an older or edited file holds such) is cut with a note, so
    that every export takes bounded time whatever a file holds.
    """
    text = value.strip()
    if len(text) > SHOWN_TEXT:
        return text[:SHOWN_TEXT] + fmt.tr(captions.TEXT_CUT).format(
            count=fmt.number(len(text)), shown=fmt.number(SHOWN_TEXT)
        )
    return text or fmt.tr(captions.NONE_GIVEN)


def form(rows: list[tuple[str, str]], *, sign: bool = False) -> Table:
    """Label/value rows; ``sign`` leaves tall value cells for a signature and a stamp."""
    return Table(FORM, tuple(rows), kind="sign" if sign else "form")


def breakdown(title: str, pairs: list[tuple[str, Decimal]], total: Figures, fmt: Formatter) -> Table:
    rows = tuple((name, fmt.money(amount, total.currency), fmt.percent(total.share(amount))) for name, amount in pairs)
    return Table(
        (Column(title, 3.5), Column(fmt.tr(captions.AMOUNT), 2, "right"), Column(fmt.tr(captions.SHARE), 1.2, "right")),
        rows,
        (fmt.tr(captions.TOTAL), fmt.money(total.total, total.currency), fmt.percent(total.share(total.total))),
    )


def summary_part(data: ExportData, item: PlanData, fmt: Formatter) -> Part:
    currency = item.plan.currency
    rows = tuple(
        (
            str(a.view.number),
            a.view.title,
            fmt.tr(data.theme_name(a.view.theme)),
            fmt.period(a.view.start_date, a.view.end_date),
            a.view.owner or fmt.tr(captions.MISSING),
            fmt.money(a.total, currency),
        )
        for a in item.actions
    )
    totals = item.totals
    table = Table(
        (
            Column(fmt.tr(captions.NUMBER), 0.6, "right"),
            Column(fmt.tr(captions.ACTION_SHORT), 2.6),
            Column(fmt.tr(captions.THEME), 1.5),
            Column(fmt.tr(captions.TIMEFRAME_SHORT), 1.8),
            Column(fmt.tr(captions.OWNER_SHORT), 2.4),
            Column(fmt.tr(captions.TOTAL), 1.9, "right"),
        ),
        rows,
        ("", fmt.tr(captions.TOTAL), "", "", "", fmt.money(totals.total if totals else None, currency)),
    )
    blocks: list[Block] = [Heading(1, fmt.tr(captions.SUMMARY)), table]
    if totals is None:
        blocks.append(Paragraph(fmt.tr(captions.MISSING_TOTAL).format(problem=item.problem), "note"))
    else:
        blocks += [
            Paragraph(fmt.tr(captions.BY_THEME), "label"),
            breakdown(
                fmt.tr(captions.THEME), [(fmt.tr(data.theme_name(c)), v) for c, v in totals.by_theme], totals, fmt
            ),
            Paragraph(fmt.tr(captions.BY_SOURCE), "label"),
            breakdown(
                fmt.tr(captions.SOURCE),
                [(item.source_name(s, fmt.tr), v) for s, v in totals.by_source if v],
                totals,
                fmt,
            ),
            Paragraph(fmt.tr(captions.BY_YEAR), "label"),
            breakdown(fmt.tr(captions.YEAR), [(str(y), v) for y, v in totals.by_year], totals, fmt),
        ]
    reporting = item.reporting
    if reporting is not None and reporting.currency != currency:
        blocks.append(Paragraph(fmt.tr(captions.IN_REPORTING).format(currency=reporting.currency), "label"))
        blocks.append(Paragraph(fmt.money(reporting.total, reporting.currency)))
    return Part(tuple(blocks), new_page=True)


def decisions_part(item: PlanData, fmt: Formatter) -> Part:
    """The decisions log of the plan's workshops."""
    rows = tuple(
        (str(d.action_number), d.action_title, fmt.tr(d.decision.label), d.note, fmt.moment(d.decided_at))
        for d in item.decisions
    )
    table = Table(
        (
            Column(fmt.tr(captions.NUMBER), 0.6, "right"),
            Column(fmt.tr(captions.ACTION_SHORT), 2.6),
            Column(fmt.tr(captions.DECISION), 1.3),
            Column(fmt.tr(captions.NOTE), 3.0),
            Column(fmt.tr(captions.DECIDED_AT), 1.7),
        ),
        rows,
    )
    return Part(
        (Heading(1, fmt.tr(captions.DECISIONS)), Paragraph(fmt.tr(captions.DECISIONS_INTRO), "note"), table),
        new_page=True,
    )


def closing_part(item: PlanData, fmt: Formatter) -> Part:
    plan = item.plan
    blocks: list[Block] = [
        Heading(1, fmt.tr(captions.ENDORSEMENT)),
        form(
            [
                (
                    fmt.tr(captions.ENDORSEMENT_DATE),
                    fmt.day(plan.endorsement_date, "long") if plan.endorsement_date else "",
                ),
                (fmt.tr(captions.SIGNATORY), plan.signatory),
                (fmt.tr(captions.SIGNATURE), ""),
                (fmt.tr(captions.STAMP), ""),
            ],
            sign=True,
        ),
    ]
    return Part(tuple(blocks), new_page=True)
