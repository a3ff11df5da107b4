"""Builds the Interreg Europe action plan layout, once, as a neutral document for the Word and PDF writers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from action_planner.export import captions
from action_planner.export.data import ActionData, ExportData, Figures, PlanData
from action_planner.export.document import (
    Block,
    CheckList,
    Column,
    Heading,
    Paragraph,
    Part,
    PlanLayout,
    Section,
    Table,
)
from action_planner.export.english_summary import ENGLISH, english_summary_part, needs_english_summary
from action_planner.export.formats import Formatter
from action_planner.export.plan_summary import breakdown, closing_part, decisions_part, form, given, summary_part
from action_planner.model.enums import InstrumentType
from action_planner.model.review import ACTION_BOOKMARK
from action_planner.model.views import ActionView


def build_document(data: ExportData) -> PlanLayout:
    """The whole document: one section per plan, each starting on a new page."""
    return PlanLayout(document_title(data), tuple(iter_sections(data)))


def document_title(data: ExportData) -> str:
    """The document's title: the plan's own when there is one plan, else the workspace's name."""
    if len(data.plans) == 1:
        return data.plans[0].plan.title
    return data.workspace_name or Formatter(_main_locale(data)).tr(captions.WORKSPACE_TITLE)


def language_tag(locale: str) -> str:
    """The BCP 47 tag Word and PDF name a language by: ``it-IT`` for the Babel locale ``it_IT``."""
    return locale.replace("_", "-")


def _main_locale(data: ExportData) -> str:
    """The locale the document as a whole is in: its plans' when they share one, else British English (the
    programme's language); each plan's text still says its own language."""
    locales = {p.locale for p in data.plans}
    return locales.pop() if len(locales) == 1 else ENGLISH


@dataclass(frozen=True, slots=True)
class Properties:
    """What the document says about itself (Word's core properties, the PDF's information dictionary)."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str  # BCP 47: the plans' language when they share one, else en-GB
    created: datetime  # UTC
    last_modified_by: str


def _distinct(values: Iterator[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def document_properties(data: ExportData) -> Properties:
    """Title, author (the plans' partner organisations), subject, keywords and language of the document."""
    plans = [p.plan for p in data.plans]
    fmt = Formatter(_main_locale(data))
    authors = _distinct(p.partner_organisation for p in plans) or _distinct(p.contact_name for p in plans)
    author = "; ".join(authors) or data.workspace_name
    projects = _distinct(p.project for p in plans)
    subject = " – ".join([fmt.tr(captions.DOCUMENT_TITLE), *projects[:1]])
    keywords = ", ".join(_distinct(iter([*projects, *(p.region.label for p in data.plans)])))
    contacts = _distinct(p.contact_name for p in plans)
    return Properties(
        title=document_title(data),
        author=author[:255],
        subject=subject[:255],
        keywords=keywords[:255],
        language=language_tag(_main_locale(data)),
        created=data.exported_at or datetime.now(UTC).replace(microsecond=0),
        last_modified_by=(contacts[0] if len(contacts) == 1 else author)[:255],
    )


def iter_sections(data: ExportData) -> Iterator[Section]:
    """The sections one plan at a time, so that a writer holds one plan's blocks, never the whole document's."""
    nested = len(data.plans) > 1
    for plan in data.plans:
        yield _section(data, plan, nested=nested)


def iter_headings(data: ExportData) -> Iterator[tuple[int, str]]:
    """Every heading of the document with its level, in order (what a table of contents lists)."""
    for section in iter_sections(data):
        for part in (section.title_page, *section.parts):
            for block in part.blocks:
                if isinstance(block, Heading):
                    yield block.level, block.text


def part_count(data: ExportData) -> int:
    """How many parts (progress steps) :func:`iter_sections` yields, without building them."""
    # per plan: the title page, Part I-II, the Part III heading, each action (or the note that there is none),
    # the summary, the decisions log when there is one, and the closing part
    return sum(5 + max(1, len(p.actions)) + (1 if p.decisions else 0) for p in data.plans)


def _deeper(part: Part) -> Part:
    """The part with every heading one level down, under the plan's name."""
    blocks = tuple(Heading(b.level + 1, b.text) if isinstance(b, Heading) else b for b in part.blocks)
    return dataclasses.replace(part, blocks=blocks)


def _section(data: ExportData, item: PlanData, *, nested: bool) -> Section:
    fmt = Formatter(item.locale)
    parts = [_general(item, fmt), Part((Heading(1, fmt.tr(captions.PART_III)),), new_page=True)]
    # Each action after the first starts a page: readers find "Action N" at the top, and no heading is orphaned.
    parts += [_action(data, item, action, fmt, new_page=index > 0) for index, action in enumerate(item.actions)]
    if not item.actions:
        parts.append(Part((Paragraph(fmt.tr(captions.NO_ACTIONS), "note"),)))
    parts.append(summary_part(data, item, fmt))
    if item.decisions:
        parts.append(decisions_part(item, fmt))
    if needs_english_summary(item):
        parts.append(dataclasses.replace(english_summary_part(data, item), language=language_tag(ENGLISH)))
    parts.append(closing_part(item, fmt))
    if nested:
        parts = [_deeper(part) for part in parts]
    title_page = _title_page(data, item, fmt, nested=nested)
    return Section(item.plan.title, title_page, tuple(parts), language_tag(item.locale), nested)


def _title_page(data: ExportData, item: PlanData, fmt: Formatter, *, nested: bool) -> Part:
    plan = item.plan
    when = plan.endorsement_date or data.exported_on
    return Part(
        (
            Paragraph(fmt.tr(captions.DOCUMENT_TITLE), "title"),
            Paragraph(plan.project, "subtitle"),
            Heading(1, plan.title) if nested else Paragraph(plan.title, "cover"),
            form(
                [
                    (fmt.tr(captions.TITLE_REGION), item.region.label),
                    (fmt.tr(captions.TITLE_PARTNER), given(plan.partner_organisation, fmt)),
                    (fmt.tr(captions.TITLE_DATE), fmt.day(when, "long")),
                    (fmt.tr(captions.TITLE_STATUS), fmt.tr(plan.status.label)),
                ]
            ),
        )
    )


def _general(item: PlanData, fmt: Formatter) -> Part:
    plan = item.plan
    part_one = form(
        [
            (fmt.tr(captions.PROJECT), given(plan.project, fmt)),
            (fmt.tr(captions.PARTNER), given(plan.partner_organisation, fmt)),
            (fmt.tr(captions.OTHER_PARTNERS), given(plan.other_partners, fmt)),
            (fmt.tr(captions.COUNTRY), fmt.country(item.region.country_code, item.region.country_name)),
            (fmt.tr(captions.NUTS_REGION), item.region.label),
            (fmt.tr(captions.CONTACT), given(plan.contact_name, fmt)),
            (fmt.tr(captions.EMAIL), given(plan.contact_email, fmt)),
            (fmt.tr(captions.PHONE), given(plan.contact_phone, fmt)),
        ]
    )
    instruments = CheckList(tuple((plan.instrument_type is kind, fmt.tr(kind.label)) for kind in InstrumentType))
    return Part(
        (
            Heading(1, fmt.tr(captions.PART_I)),
            part_one,
            Heading(1, fmt.tr(captions.PART_II)),
            Paragraph(fmt.tr(captions.AIMS_TO_IMPACT), "label"),
            instruments,
            Paragraph(fmt.tr(captions.INSTRUMENT_NAME), "label"),
            Paragraph(given(plan.instrument_name, fmt)),
            Paragraph(fmt.tr(captions.CONTEXT), "label"),
            Paragraph(given(plan.context, fmt)),
        ),
        new_page=True,
    )


def _action(data: ExportData, item: PlanData, action: ActionData, fmt: Formatter, *, new_page: bool) -> Part:
    view, currency = action.view, item.plan.currency
    facts = fmt.tr(captions.FACTS).format(
        theme=fmt.tr(data.theme_name(view.theme)),
        status=fmt.tr(view.status.label),
        priority=fmt.tr(view.priority.label),
    )
    if view.pilot:
        facts += f" · {fmt.tr(captions.PILOT)}"
    players: Block = (
        Table(
            (Column(fmt.tr(captions.ORGANISATION), 3), Column(fmt.tr(captions.ROLE), 4)),
            tuple((p.organisation, p.role or fmt.tr(captions.MISSING)) for p in view.players),
        )
        if view.players
        else Paragraph(fmt.tr(captions.NO_PLAYERS), "note")
    )
    owner = view.owner or fmt.tr(captions.NONE_GIVEN)
    if view.owner_email:
        owner = f"{owner}, {view.owner_email}"
    return Part(
        (
            Heading(2, fmt.tr(captions.ACTION_HEADING).format(number=view.number, title=view.title)),
            Paragraph(facts, "facts"),
            Paragraph(fmt.tr(captions.BACKGROUND), "label"),
            Paragraph(given(view.background, fmt)),
            Paragraph(fmt.tr(captions.ACTION), "label"),
            Paragraph(given(view.description, fmt)),
            Paragraph(fmt.tr(captions.PLAYERS), "label"),
            players,
            Paragraph(fmt.tr(captions.TIMEFRAME), "label"),
            Paragraph(fmt.period(view.start_date, view.end_date)),
            Paragraph(fmt.tr(captions.COSTS), "label"),
            _costs(item, action, currency, fmt),
            Paragraph(fmt.tr(captions.FUNDING), "label"),
            _funding(item, action, currency, fmt),
            Paragraph(fmt.tr(captions.OWNER), "label"),
            Paragraph(owner),
            Paragraph(fmt.tr(captions.INDICATORS), "label"),
            _indicators(action, fmt),
            *_decision(view, fmt),
        ),
        new_page=new_page,
        anchor=f"{ACTION_BOOKMARK}{view.id}",
    )


def _decision(view: ActionView, fmt: Formatter) -> tuple[Block, ...]:
    """The workshop's latest decision on the action and its dot votes, when there are any."""
    if view.decision is None and not (view.votes_for or view.votes_against):
        return ()
    parts = []
    if view.decision is not None:
        when = fmt.moment(view.decided_at) if view.decided_at else ""
        note = f" – {view.decision_note}" if view.decision_note else ""
        parts.append(f"{fmt.tr(view.decision.label)}{note} ({when})")
    if view.votes_for or view.votes_against:
        parts.append(f"{fmt.tr(captions.VOTES)}: +{view.votes_for} / −{view.votes_against}")
    return (Paragraph(fmt.tr(captions.WORKSHOP_DECISION), "label"), Paragraph(". ".join(parts)))


def _costs(item: PlanData, action: ActionData, currency: str, fmt: Formatter) -> Block:
    if not action.lines:
        return Paragraph(fmt.tr(captions.NO_COSTS), "note")
    converted = any(x.line.currency != currency for x in action.lines)
    columns = [
        Column(fmt.tr(captions.YEAR), 0.9),
        Column(fmt.tr(captions.SOURCE), 1.9),
        Column(fmt.tr(captions.NOTE), 2.6),
        Column(fmt.tr(captions.AMOUNT), 1.8, "right"),
    ]
    if converted:
        columns.append(Column(fmt.tr(captions.IN_CURRENCY).format(currency=currency), 1.8, "right"))
    rows = []
    for x in action.lines:
        row = [
            str(x.line.year),
            item.source_name(x.line.funding_source, fmt.tr),
            x.line.note,
            fmt.money(x.line.amount, x.line.currency),
        ]
        if converted:
            row.append(fmt.money(x.in_plan, currency))
        rows.append(tuple(row))
    total = (
        [fmt.tr(captions.TOTAL), "", "", "", fmt.money(action.total, currency)]
        if converted
        else [fmt.tr(captions.TOTAL), "", "", fmt.money(action.total, currency)]
    )
    return Table(tuple(columns), tuple(rows), tuple(total))


def _funding(item: PlanData, action: ActionData, currency: str, fmt: Formatter) -> Block:
    if action.total is None or not action.by_source:
        return Paragraph(fmt.tr(captions.NO_COSTS) if action.total is not None else fmt.tr(captions.MISSING), "note")
    figures = Figures(currency, action.total, (), action.by_source, (), ())
    return breakdown(
        fmt.tr(captions.SOURCE), [(item.source_name(s, fmt.tr), v) for s, v in action.by_source], figures, fmt
    )


def _indicators(action: ActionData, fmt: Formatter) -> Block:
    kpis = action.view.kpis
    if not kpis:
        return Paragraph(fmt.tr(captions.NO_INDICATORS), "note")
    return Table(
        (
            Column(fmt.tr(captions.CODE), 1.3),
            Column(fmt.tr(captions.INDICATOR), 2.9),
            Column(fmt.tr(captions.UNIT), 1.2),
            Column(fmt.tr(captions.BASELINE), 1.0, "right"),
            Column(fmt.tr(captions.TARGET), 1.0, "right"),
            Column(fmt.tr(captions.TARGET_DATE), 1.4, "right"),
        ),
        tuple(
            (
                k.code or fmt.tr(captions.MISSING),
                k.name,
                k.unit,
                fmt.number(k.baseline),
                fmt.number(k.target),
                fmt.day(k.target_date),
            )
            for k in kpis
        ),
    )
