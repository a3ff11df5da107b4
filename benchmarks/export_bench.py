"""Export timings (docx, xlsx, pdf) of the demo and a large workspace, beside each library writing the same alone.

Run: ``python benchmarks/export_bench.py [--repeat N] [--full]``. The floors write exactly the cells (openpyxl),
paragraphs and tables (python-docx) or flowables (reportlab) that the exporters wrote, with each library's plain API
and no styling; the ratio is export time ÷ floor time. Issue 6 asks for xlsx ≤ 1.5 on the whole large workspace and
docx ≤ 1.5 on one 40-action plan. ``--full`` also times Word and PDF for the whole large workspace (slow).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from action_planner.export.data import gather
from action_planner.export.document import CheckList, Heading, Paragraph, PlanLayout, Table
from action_planner.export.plan_document import build_document
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest, Steps
from action_planner.model.demo import DEMO_RATES, build_demo
from action_planner.model.entities import (
    Action,
    ActionPlayer,
    BudgetLine,
    Indicator,
    Kpi,
    Organisation,
    Plan,
    Region,
    Theme,
)
from action_planner.model.enums import FundingSource, PlanStatus
from action_planner.model.regions import search_regions
from action_planner.model.services import Services
from action_planner.model.services.plans import default_currency
from action_planner.model.workspace import Workspace

REGIONS, ACTIONS, KPIS, LINES = 50, 40, 3, 2
ALL = ("docx", "xlsx", "pdf")


def build_large(path: Path, seed: int = 7) -> Path:
    """50 NUTS 2 regions × 40 actions, each with 3 KPIs, 2 budget lines and 2 players, by bulk inserts."""
    rng = random.Random(seed)
    codes = []
    for country in ("PL", "SE", "IT", "ES", "DE", "FR"):
        found = [r for r in search_regions(country, limit=50, levels=[2]) if r.country_code == country]
        codes += found[: min(10, REGIONS - len(codes))]
    with Workspace.create(path) as workspace:
        services = Services(workspace)
        for currency, rate, valid_on in DEMO_RATES:
            services.rates.set("EUR", currency, rate, valid_on, source="benchmark")
        with workspace.transaction() as session:
            themes = list(session.query(Theme).order_by(Theme.position))
            indicators = list(session.query(Indicator).order_by(Indicator.id))
            for position, info in enumerate(codes[:REGIONS]):
                region = Region(
                    code=info.code,
                    name=info.name,
                    scheme=info.scheme,
                    level=info.level,
                    country_code=info.country_code,
                    country_name=info.country_name,
                    position=position,
                )
                currency = default_currency(info.country_code)
                plan = Plan(
                    region=region,
                    title=f"{info.name}: internationalisation plan",
                    project="Compete-In",
                    partner_organisation=f"{info.name} development agency",
                    other_partners="Chamber of commerce",
                    instrument_name="ERDF programme 2021-2027",
                    contact_name="Contact person",
                    contact_email="contact@example.eu",
                    context="Context of the region. " * 8,
                    currency=currency,
                    language=info.country_code.lower() if info.country_code != "DE" else "de",
                    english_summary="A summary in English. " * 6,
                    status=PlanStatus.DRAFT,
                )
                orgs = [Organisation(name=f"{info.code} organisation {n}") for n in range(6)]
                session.add_all([region, plan, *orgs])
                for number in range(ACTIONS):
                    start = date(2027, 1 + number % 12, 1)
                    action = Action(
                        plan=plan,
                        position=number,
                        title=f"Action {number + 1} of {info.code}",
                        theme=themes[number % len(themes)],
                        background="Background text. " * 5,
                        description="What will be done. " * 10,
                        owner_organisation=orgs[number % 6],
                        start_date=start,
                        end_date=date(start.year + 1, start.month, 28),
                    )
                    action.players = [
                        ActionPlayer(organisation=orgs[(number + k) % 6], role="delivers", position=k) for k in (1, 2)
                    ]
                    action.budget_lines = [
                        BudgetLine(
                            position=k,
                            amount=Decimal(rng.randrange(1_000_000, 50_000_000)) / 100,
                            currency="EUR" if k == 0 else currency,
                            funding_source=(FundingSource.ERDF_INTERREG, FundingSource.REGIONAL)[k],
                            year=2027 + k,
                        )
                        for k in range(LINES)
                    ]
                    action.kpis = [
                        Kpi(
                            position=k,
                            indicator=indicators[(number + k) % len(indicators)],
                            name="",
                            kind=indicators[(number + k) % len(indicators)].kind,
                            unit="firms",
                            baseline=Decimal(k),
                            target=Decimal(10 + k),
                            target_date=date(2029, 12, 31),
                        )
                        for k in range(KPIS)
                    ]
                    session.add(action)
    return path


CLOCK: Callable[[], float] = time.perf_counter


def best(run: Callable[[], object], repeat: int) -> float:
    """The best of ``repeat`` timings: the least disturbed by other work on the machine."""
    times = []
    for _ in range(repeat):
        start = CLOCK()
        run()
        times.append(CLOCK() - start)
    return min(times)


def xlsx_floor(source: Path, target: Path) -> Callable[[], object]:
    """openpyxl alone writing the same cells as the export (values and formulas; fill-only cells left empty)."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    cells = {
        sheet.title: [
            (c.row, c.column, c.value) for row in sheet.iter_rows() for c in row if c.value is not None or c.has_style
        ]
        for sheet in book
    }

    def run() -> None:
        out = openpyxl.Workbook()
        out.remove(out.active)
        for title, values in cells.items():
            sheet = out.create_sheet(title)
            for row, column, value in values:
                sheet.cell(row=row, column=column, value=value)
        out.save(target)

    return run


def _blocks(document: PlanLayout) -> list[Any]:
    return [b for s in document.sections for p in (s.title_page, *s.parts) for b in p.blocks]


def docx_floor(document: PlanLayout, target: Path) -> Callable[[], object]:
    """python-docx alone adding the same headings, paragraphs and tables with its public API."""
    import docx

    blocks = _blocks(document)

    def run() -> None:
        out = docx.Document()
        for block in blocks:
            if isinstance(block, Heading):
                out.add_heading(block.text, block.level)
            elif isinstance(block, Paragraph):
                out.add_paragraph(block.text)
            elif isinstance(block, CheckList):
                for line in block.lines():
                    out.add_paragraph(line)
            elif isinstance(block, Table):
                rows = ([tuple(c.header for c in block.columns)] if block.kind == "grid" else []) + list(block.rows)
                rows += [block.total] if block.total else []
                table = out.add_table(rows=len(rows), cols=len(block.columns))
                for row, values in zip(table.rows, rows, strict=True):
                    for cell, text in zip(row.cells, values, strict=True):
                        cell.text = text
        out.save(str(target))

    return run


def pdf_floor(document: PlanLayout, target: Path) -> Callable[[], object]:
    """reportlab alone laying out the same paragraphs and tables (same font, no page decorations)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus import Table as RLTable

    from action_planner.export.pdf_styles import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=9)
    blocks = _blocks(document)

    def run() -> None:
        story: list[Any] = []
        for block in blocks:
            if isinstance(block, Heading | Paragraph):
                story.append(RLParagraph(escape(block.text), style))
            elif isinstance(block, CheckList):
                story += [RLParagraph(escape(line), style) for line in block.lines()]
            elif isinstance(block, Table):
                rows = ([tuple(c.header for c in block.columns)] if block.kind == "grid" else []) + list(block.rows)
                rows += [block.total] if block.total else []
                story.append(RLTable([[RLParagraph(escape(text), style) for text in row] for row in rows]))
        SimpleDocTemplate(str(target), pagesize=A4).build(story)

    return run


def _floor(fmt: str, exported: Path, document: PlanLayout, folder: Path) -> Callable[[], object]:
    if fmt == "xlsx":
        return xlsx_floor(exported, folder / "floor.xlsx")
    if fmt == "docx":
        return docx_floor(document, folder / "floor.docx")
    return pdf_floor(document, folder / "floor.pdf")


Row = tuple[str, str, float, float, float]


def measure(
    label: str, services: Services, plan_ids: tuple[int, ...], *, folder: Path, repeat: int, formats: tuple[str, ...]
) -> list[Row]:
    """Best-of-``repeat`` time of each export, of its read through the services alone, and of its floor."""
    results: list[Row] = []
    read = best(lambda: gather(services, plan_ids, Steps(1, None, None)), repeat)
    document = build_document(gather(services, plan_ids, Steps(1, None, None)))
    for fmt in formats:
        target = folder / f"{label}.{fmt}"
        exporter = EXPORTERS[fmt]()
        exporter.export(services, ExportRequest(plan_ids, target))  # warm up: imports and caches, not timed
        export = best(lambda e=exporter, t=target: e.export(services, ExportRequest(plan_ids, t)), repeat)
        floor = best(_floor(fmt, target, document, folder), repeat)
        results.append((label, fmt, export, read, floor))
        print(
            f"  {label:<26} {fmt:<5} export {export:7.3f} s  read {read:6.3f} s  floor {floor:7.3f} s", file=sys.stderr
        )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--full", action="store_true", help="also Word and PDF for the whole large workspace")
    parser.add_argument("--cpu", action="store_true", help="time CPU use (steadier on a busy machine) not wall time")
    args = parser.parse_args()
    global CLOCK  # noqa: PLW0603  (one switch for the whole run)
    CLOCK = time.process_time if args.cpu else time.perf_counter
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        started = time.perf_counter()
        demo = build_demo(folder / "demo.actionplan")
        large = build_large(folder / "large.actionplan")
        print(f"built the demo and the large workspace in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        with Workspace.open(demo) as workspace:
            rows += measure("demo (6 plans)", Services(workspace), (), folder=folder, repeat=args.repeat, formats=ALL)
        with Workspace.open(large) as workspace:
            services = Services(workspace)
            one = (services.plans.list()[0].id,)
            rows += measure("large: one 40-action plan", services, one, folder=folder, repeat=args.repeat, formats=ALL)
            whole = ALL if args.full else ("xlsx",)
            rows += measure("large: 50 plans × 40", services, (), folder=folder, repeat=args.repeat, formats=whole)
    clock = "CPU" if args.cpu else "wall-clock"
    print(
        f"\nBest of {args.repeat}, {clock} seconds. read = gathering the plans through the services (part of export);"
    )
    print("floor = the library alone writing the same content; ratio = export / floor;")
    print("write ratio = (export - read) / floor, the exporter's own writing against the library's")
    print(f"\n{'workspace':<26} {'format':<6} {'export':>8} {'read':>7} {'floor':>8} {'ratio':>6} {'write ratio':>12}")
    for label, fmt, export, read, floor in rows:
        ratios = f"{export / floor:6.2f} {(export - read) / floor:12.2f}"
        print(f"{label:<26} {fmt:<6} {export:8.3f} {read:7.3f} {floor:8.3f} {ratios}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
