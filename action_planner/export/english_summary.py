"""The English summary a plan written in another language needs: nature of the actions, link, policy relevance.

Interreg Europe accepts a plan in the partner's language with a summary in English; this part builds one from
the plan's own fields (and the partner's own summary, when written), in English whatever the plan's language.
"""

from __future__ import annotations

from action_planner.export import captions
from action_planner.export.data import ExportData, PlanData
from action_planner.export.document import Block, Heading, Paragraph, Part
from action_planner.export.formats import Formatter

#: The summary is in English; British English as the programme writes it.
ENGLISH = "en_GB"


def needs_english_summary(item: PlanData) -> bool:
    return item.plan.language.lower() not in ("en", "")


def english_summary_part(data: ExportData, item: PlanData) -> Part:
    fmt = Formatter(ENGLISH)
    plan = item.plan
    blocks: list[Block] = [
        Heading(1, captions.ENGLISH_SUMMARY),
        Paragraph(captions.ENGLISH_SUMMARY_NOTE.format(language=fmt.language(plan.language)), "note"),
    ]
    if plan.english_summary.strip():
        blocks += [Paragraph(captions.IN_PARTNERS_WORDS, "label"), Paragraph(plan.english_summary.strip())]
    blocks += [
        Paragraph(captions.NATURE, "label"),
        *(Paragraph(text) for text in _nature(data, item, fmt)),
        Paragraph(captions.LINK, "label"),
        *(Paragraph(text) for text in _link(item)),
        Paragraph(captions.POLICY, "label"),
        *(Paragraph(text) for text in _policy(item, fmt)),
    ]
    return Part(tuple(blocks), new_page=True)


def _nature(data: ExportData, item: PlanData, fmt: Formatter) -> list[str]:
    actions = [a.view for a in item.actions]
    if not actions:
        return [captions.NO_ACTIONS]
    starts = [d for d in (a.start_date for a in actions) if d is not None]
    ends = [d for d in (a.end_date for a in actions) if d is not None]
    period = fmt.period(min(starts, default=None), max(ends, default=None))
    if len(actions) == 1:
        texts = [captions.NATURE_TEXT_ONE.format(period=period)]
    else:
        texts = [captions.NATURE_TEXT.format(count=len(actions), period=period)]
    if item.totals is not None:
        texts.append(captions.NATURE_COSTS.format(total=fmt.money(item.totals.total, item.plan.currency)))
    else:
        texts.append(captions.MISSING_TOTAL.format(problem=item.problem))
    counts: dict[str, int] = {}
    for action in actions:
        counts[action.theme] = counts.get(action.theme, 0) + 1
    texts.append(
        captions.NATURE_THEMES.format(
            themes=", ".join(captions.NAMED_FIGURE.format(name=data.theme_name(c), figure=n) for c, n in counts.items())
        )
    )
    texts += [
        captions.NATURE_ACTION.format(
            number=a.view.number,
            title=a.view.title,
            theme=data.theme_name(a.view.theme),
            period=fmt.period(a.view.start_date, a.view.end_date),
            total=fmt.money(a.total, item.plan.currency),
        )
        for a in item.actions
    ]
    pilots = [str(a.number) for a in actions if a.pilot]
    if len(pilots) == 1:
        texts.append(captions.NATURE_PILOT.format(number=pilots[0]))
    elif pilots:
        texts.append(captions.NATURE_PILOTS.format(numbers=_listed(pilots)))
    return texts


def _listed(items: list[str]) -> str:
    """``2 and 5``, ``2, 4 and 5``: a list as an English sentence writes it."""
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _link(item: PlanData) -> list[str]:
    plan = item.plan
    texts = [
        captions.LINK_TEXT.format(
            project=plan.project.strip() or captions.NONE_GIVEN, partner=plan.partner_organisation.strip() or "—"
        )
    ]
    names = list(dict.fromkeys(p.organisation for a in item.actions for p in a.view.players))
    if names:
        texts.append(captions.LINK_PLAYERS.format(count=len(names), names="; ".join(names)))
    return texts


def _policy(item: PlanData, fmt: Formatter) -> list[str]:
    plan, region = item.plan, item.region
    texts = [
        captions.POLICY_TEXT.format(
            instrument=plan.instrument_name.strip() or captions.NONE_GIVEN,
            kind=plan.instrument_type.label,
            region=region.label,
            country=region.country_name,
        )
    ]
    totals = item.totals
    if totals is not None and totals.total:
        shares = [
            captions.NAMED_FIGURE.format(name=item.source_name(source), figure=fmt.percent(totals.share(amount)))
            for source, amount in totals.by_source
            if amount
        ]
        texts.append(captions.POLICY_SOURCES.format(sources=", ".join(shares)))
    codes = list(dict.fromkeys(k.code for a in item.actions for k in a.view.kpis if k.code))
    if codes:
        texts.append(captions.POLICY_INDICATORS.format(codes=", ".join(codes)))
    return texts
