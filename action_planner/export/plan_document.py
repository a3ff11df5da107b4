"""Builds the Interreg Europe action plan layout, once, as a neutral document for the Word and PDF writers."""

from __future__ import annotations

from action_planner.export import labels
from action_planner.export.data import ActionData, ExportData, Figures, PlanData
from action_planner.export.document import (
    Block,
    CheckList,
    Column,
    Document,
    Heading,
    Paragraph,
    Part,
    Section,
    Table,
)
from action_planner.export.formats import Formatter
from action_planner.export.plan_summary import breakdown, closing_part, decisions_part, form, given, summary_part
from action_planner.model.enums import InstrumentType
from action_planner.model.views import ActionView


def build_document(data: ExportData) -> Document:
    """The whole document: one section per plan, each starting on a new page."""
    title = data.plans[0].plan.title if len(data.plans) == 1 else labels.WORKSPACE_TITLE
    return Document(title, tuple(_section(data, plan) for plan in data.plans))


def _section(data: ExportData, item: PlanData) -> Section:
    fmt = Formatter(item.locale)
    parts = [_general(item), Part((Heading(1, labels.PART_III),), new_page=True)]
    # Each action after the first starts a page: readers find "Action N" at the top, and no heading is orphaned.
    parts += [_action(data, item, action, fmt, new_page=index > 0) for index, action in enumerate(item.actions)]
    if not item.actions:
        parts.append(Part((Paragraph(labels.NO_ACTIONS, "note"),)))
    parts.append(summary_part(data, item, fmt))
    if item.decisions:
        parts.append(decisions_part(item, fmt))
    parts.append(closing_part(item, fmt))
    return Section(item.plan.title, _title_page(data, item, fmt), tuple(parts))


def _title_page(data: ExportData, item: PlanData, fmt: Formatter) -> Part:
    plan = item.plan
    when = plan.endorsement_date or data.exported_on
    return Part(
        (
            Paragraph(labels.DOCUMENT_TITLE, "title"),
            Paragraph(plan.project, "subtitle"),
            Paragraph(plan.title, "cover"),
            form(
                [
                    (labels.TITLE_REGION, item.region.label),
                    (labels.TITLE_PARTNER, given(plan.partner_organisation)),
                    (labels.TITLE_DATE, fmt.day(when, "long")),
                    (labels.TITLE_STATUS, plan.status.label),
                ]
            ),
        )
    )


def _general(item: PlanData) -> Part:
    plan = item.plan
    part_one = form(
        [
            (labels.PROJECT, given(plan.project)),
            (labels.PARTNER, given(plan.partner_organisation)),
            (labels.OTHER_PARTNERS, given(plan.other_partners)),
            (labels.COUNTRY, item.region.country_name),
            (labels.NUTS_REGION, item.region.label),
            (labels.CONTACT, given(plan.contact_name)),
            (labels.EMAIL, given(plan.contact_email)),
            (labels.PHONE, given(plan.contact_phone)),
        ]
    )
    instruments = CheckList(tuple((plan.instrument_type is kind, kind.label) for kind in InstrumentType))
    return Part(
        (
            Heading(1, labels.PART_I),
            part_one,
            Heading(1, labels.PART_II),
            Paragraph(labels.AIMS_TO_IMPACT, "label"),
            instruments,
            Paragraph(labels.INSTRUMENT_NAME, "label"),
            Paragraph(given(plan.instrument_name)),
            Paragraph(labels.CONTEXT, "label"),
            Paragraph(given(plan.context)),
        ),
        new_page=True,
    )


def _action(data: ExportData, item: PlanData, action: ActionData, fmt: Formatter, *, new_page: bool) -> Part:
    view, currency = action.view, item.plan.currency
    facts = labels.FACTS.format(
        theme=data.theme_name(view.theme), status=view.status.label, priority=view.priority.label
    )
    if view.pilot:
        facts += f" · {labels.PILOT}"
    players: Block = (
        Table(
            (Column(labels.ORGANISATION, 3), Column(labels.ROLE, 4)),
            tuple((p.organisation, p.role or labels.MISSING) for p in view.players),
        )
        if view.players
        else Paragraph(labels.NO_PLAYERS, "note")
    )
    owner = view.owner or labels.NONE_GIVEN
    if view.owner_email:
        owner = f"{owner}, {view.owner_email}"
    return Part(
        (
            Heading(2, labels.ACTION_HEADING.format(number=view.number, title=view.title)),
            Paragraph(facts, "facts"),
            Paragraph(labels.BACKGROUND, "label"),
            Paragraph(given(view.background)),
            Paragraph(labels.ACTION, "label"),
            Paragraph(given(view.description)),
            Paragraph(labels.PLAYERS, "label"),
            players,
            Paragraph(labels.TIMEFRAME, "label"),
            Paragraph(fmt.period(view.start_date, view.end_date)),
            Paragraph(labels.COSTS, "label"),
            _costs(action, currency, fmt),
            Paragraph(labels.FUNDING, "label"),
            _funding(action, currency, fmt),
            Paragraph(labels.OWNER, "label"),
            Paragraph(owner),
            Paragraph(labels.INDICATORS, "label"),
            _indicators(action, fmt),
            *_decision(view, fmt),
        ),
        new_page=new_page,
    )


def _decision(view: ActionView, fmt: Formatter) -> tuple[Block, ...]:
    """The workshop's latest decision on the action and its dot votes, when there are any."""
    if view.decision is None and not (view.votes_for or view.votes_against):
        return ()
    parts = []
    if view.decision is not None:
        when = fmt.moment(view.decided_at) if view.decided_at else ""
        note = f" – {view.decision_note}" if view.decision_note else ""
        parts.append(f"{view.decision.label}{note} ({when})")
    if view.votes_for or view.votes_against:
        parts.append(f"{labels.VOTES}: +{view.votes_for} / −{view.votes_against}")
    return (Paragraph(labels.WORKSHOP_DECISION, "label"), Paragraph(". ".join(parts)))


def _costs(action: ActionData, currency: str, fmt: Formatter) -> Block:
    if not action.lines:
        return Paragraph(labels.NO_COSTS, "note")
    converted = any(x.line.currency != currency for x in action.lines)
    columns = [
        Column(labels.YEAR, 0.9),
        Column(labels.SOURCE, 1.9),
        Column(labels.NOTE, 2.6),
        Column(labels.AMOUNT, 1.8, "right"),
    ]
    if converted:
        columns.append(Column(labels.IN_CURRENCY.format(currency=currency), 1.8, "right"))
    rows = []
    for x in action.lines:
        row = [str(x.line.year), x.line.funding_source.label, x.line.note, fmt.money(x.line.amount, x.line.currency)]
        if converted:
            row.append(fmt.money(x.in_plan, currency))
        rows.append(tuple(row))
    total = (
        [labels.TOTAL, "", "", "", fmt.money(action.total, currency)]
        if converted
        else [labels.TOTAL, "", "", fmt.money(action.total, currency)]
    )
    return Table(tuple(columns), tuple(rows), tuple(total))


def _funding(action: ActionData, currency: str, fmt: Formatter) -> Block:
    if action.total is None or not action.by_source:
        return Paragraph(labels.NO_COSTS if action.total is not None else labels.MISSING, "note")
    figures = Figures(currency, action.total, (), action.by_source, (), ())
    return breakdown(labels.SOURCE, [(s.label, v) for s, v in action.by_source], figures, fmt)


def _indicators(action: ActionData, fmt: Formatter) -> Block:
    kpis = action.view.kpis
    if not kpis:
        return Paragraph(labels.NO_INDICATORS, "note")
    return Table(
        (
            Column(labels.CODE, 1.3),
            Column(labels.INDICATOR, 2.9),
            Column(labels.UNIT, 1.2),
            Column(labels.BASELINE, 1.0, "right"),
            Column(labels.TARGET, 1.0, "right"),
            Column(labels.TARGET_DATE, 1.4, "right"),
        ),
        tuple(
            (
                k.code or labels.MISSING,
                k.name,
                k.unit,
                fmt.number(k.baseline),
                fmt.number(k.target),
                fmt.day(k.target_date),
            )
            for k in kpis
        ),
    )
