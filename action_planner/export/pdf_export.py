"""PDF export: the same neutral plan document as the Word export, laid out on A4 with reportlab."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import count, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from xml.sax.saxutils import escape

from action_planner.export import captions, registry
from action_planner.export.base import Exporter
from action_planner.export.column_widths import fit_widths
from action_planner.export.data import ExportData
from action_planner.export.document import Block, CheckList, Heading, Paragraph, Section, Table
from action_planner.export.gc_pause import gc_paused
from action_planner.export.language import labels_for
from action_planner.export.pdf_styles import (
    ACCENT,
    BORDER,
    CELL_PADDING,
    CELL_WIDEST,
    FONT,
    HEADER_FILL,
    LABEL_FILL,
    MARGIN_MM,
    TOTAL_FILL,
    cell_width,
    numbered_canvas,
    page_templates,
    styles,
)
from action_planner.export.plan_document import Properties, document_properties, iter_sections, part_count
from action_planner.export.request import ExportFormat, Steps

if TYPE_CHECKING:
    pass


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class _Builder:
    """Turns neutral blocks into reportlab flowables."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.styles = styles()
        #: 1 in a section whose plan name is its own level-1 heading: that heading is the plan's outline entry
        self.outline_shift = 0

    def paragraph(self, text: str, style: str) -> Any:
        from reportlab.platypus import Paragraph as RLParagraph

        return RLParagraph(_markup(text), self.styles[style])

    def block(self, block: Block) -> list[Any]:
        if isinstance(block, Heading):
            flowable = self.paragraph(block.text, f"heading{min(block.level, 3)}")
            flowable.ap_outline = (block.level - self.outline_shift, block.text)
            return [flowable]
        if isinstance(block, Paragraph) and block.style == "title":
            return self.title(block.text)
        if isinstance(block, Paragraph):
            return [self.paragraph(block.text, block.style)]
        if isinstance(block, CheckList):
            return [self.paragraph(line, "body") for line in block.lines()]
        table = self.table(block)
        table.ap_keep_together = block.keep_together  # kept whole (with what leads into it): _kept_with_tables
        return [table]

    def title(self, text: str) -> list[Any]:
        """The title page's title, placed a third of the way down and ruled like Word's Title style."""
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm
        from reportlab.platypus import HRFlowable, Spacer

        rule = HRFlowable(width="100%", thickness=0.8, color=HexColor(ACCENT), spaceBefore=2, spaceAfter=6)
        return [Spacer(1, 45 * mm), self.paragraph(text, "title"), rule]

    def table(self, table: Table) -> Any:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        grid = table.kind == "grid"
        right = [c.align == "right" for c in table.columns]

        def cells(row: tuple[str, ...], bold: bool) -> list[Any]:
            out = []
            for index, text in enumerate(row):
                strong = bold or (not grid and index == 0)
                aligned = right[index] and grid
                style = ("cell-bold" if strong else "cell") + ("-right" if aligned else "")
                out.append(self.paragraph(text, style))
            return out

        rows = [cells(tuple(c.header for c in table.columns), True)] if grid else []
        rows += [cells(row, False) for row in table.rows]
        if table.total is not None:
            rows.append(cells(table.total, True))
        widths = fit_widths(table, self.width, cell_width, padding=CELL_PADDING, widest=CELL_WIDEST)
        heights = [14 * mm] * len(rows) if table.kind == "sign" else None
        flowable = RLTable(
            rows,
            colWidths=widths,
            rowHeights=heights,
            repeatRows=1 if grid else 0,
            hAlign="LEFT",
            spaceAfter=8,
        )
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, HexColor(BORDER)),
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # cells hold paragraphs, but reportlab still sets a cell font
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if grid:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HexColor(HEADER_FILL)))
        else:
            commands.append(("BACKGROUND", (0, 0), (0, -1), HexColor(LABEL_FILL)))
        if table.total is not None:
            commands.append(("BACKGROUND", (0, -1), (-1, -1), HexColor(TOTAL_FILL)))
        flowable.setStyle(TableStyle(commands))
        return flowable


def _marker(header: str, *, outline: bool) -> Any:
    """An empty flowable marking where a plan begins, so that the page header shows its title (and, unless the
    plan's name is a heading of its own, the outline lists the plan)."""
    from reportlab.platypus import Spacer

    spacer = Spacer(0, 0)
    spacer.ap_header = header
    spacer.ap_outline_plan = outline
    return spacer


#: Flowables read ahead of the one being laid out: more than any chain kept with the next one.
LOOKAHEAD = 64


class _Story:
    """The story as reportlab's layout loop uses it (the front taken, looked at, put back), filled lazily
    from an iterator: each operation is O(1) where a list's ``del story[0]`` moves every later flowable,
    and only the flowables about to be laid out exist, not the whole document's."""

    def __init__(self, source: Iterator[Any]) -> None:
        self._queue: deque[Any] = deque()
        self._source = source
        self._exhausted = False

    def _fill(self, count: int) -> None:
        while len(self._queue) < count and not self._exhausted:
            try:
                self._queue.append(next(self._source))
            except StopIteration:
                self._exhausted = True

    def __len__(self) -> int:
        self._fill(LOOKAHEAD)
        return len(self._queue)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            self._fill(index.stop or 0)
            return list(islice(self._queue, index.start, index.stop))
        self._fill(index + 1)
        return self._queue[index]

    def __delitem__(self, index: int | slice) -> None:
        stop = (index.stop or 0) if isinstance(index, slice) else index + 1
        if (index.start or 0) if isinstance(index, slice) else index:
            raise IndexError("only the front of the story is taken")
        self._fill(stop)
        for _ in range(stop):
            self._queue.popleft()

    def __setitem__(self, index: slice, values: list[Any]) -> None:
        if not (isinstance(index, slice) and not index.start and not index.stop):
            raise IndexError("only the front of the story is given back")
        self._queue.extendleft(reversed(values))

    def insert(self, index: int, value: Any) -> None:
        if index:
            raise IndexError("only the front of the story is given back")
        self._queue.appendleft(value)


def _flowables(sections: Iterable[Section], builder: _Builder, steps: Steps) -> Iterator[Any]:
    """The story, one plan's flowables at a time."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    for index, section in enumerate(sections):
        if index:
            yield from (NextPageTemplate("title"), PageBreak())
        builder.outline_shift = 1 if section.nested else 0
        yield _marker(section.header, outline=not section.nested)
        yield from _kept_with_tables(
            flowable for block in section.title_page.blocks for flowable in builder.block(block)
        )
        yield NextPageTemplate("body")
        steps.advance()
        for part in section.parts:
            if part.new_page:
                yield PageBreak()
            yield from _kept_with_tables(flowable for block in part.blocks for flowable in builder.block(block))
            steps.advance()


def _kept_with_tables(flowables: Iterable[Any]) -> Iterator[Any]:
    """The flowables, each small table kept whole in one KeepTogether with the run of headings and labels kept
    with the next one (``keepWithNext``) that leads into it. reportlab keeps such a run with what follows, but
    not with a KeepTogether (a container it does not nest): "Totals by year" stayed at the foot of a page while
    its table went over."""
    from reportlab.platypus import KeepTogether

    waiting: list[Any] = []
    for flowable in flowables:
        if getattr(flowable, "ap_keep_together", False):
            yield KeepTogether([*waiting, flowable])
            waiting = []
        elif flowable.getKeepWithNext():
            waiting.append(flowable)
        else:
            yield from waiting
            waiting = []
            yield flowable
    yield from waiting


def render_pdf(properties: Properties, sections: Iterable[Section], path: Path, steps: Steps) -> None:
    """Lay out the sections into ``path``; one step per part; the document information from ``properties``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate

    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm,
        bottomMargin=MARGIN_MM * mm,
        title=properties.title,
        author=properties.author,
        subject=properties.subject,
        keywords=properties.keywords,
        lang=properties.language,
        displayDocTitle=True,  # readers show the title, not the file name
        initialFontName=FONT,
        creator="Action Planner",
        producer="Action Planner (reportlab)",
    )
    doc.addPageTemplates(page_templates(doc))
    doc.ap_header = ""
    doc.ap_page_of = labels_for(properties.language)(captions.PAGE_OF)  # the footer, in the document's language
    story = _Story(_flowables(sections, _Builder(doc.width), steps))
    keys = count(1)  # bookmark keys: an id() is reused once a laid-out flowable is freed, and would move the entry

    def after_flowable(flowable: Any) -> None:
        steps.check()
        header = getattr(flowable, "ap_header", None)
        if header is not None:
            doc.ap_header = header
            doc.canv.showOutline()  # readers open with the plans and parts listed beside the page
            if flowable.ap_outline_plan:
                key = f"plan-{next(keys)}"
                doc.canv.bookmarkPage(key)
                doc.canv.addOutlineEntry(header, key, 0)
        outline = getattr(flowable, "ap_outline", None)
        if outline is not None:
            key = f"h-{next(keys)}"
            doc.canv.bookmarkPage(key)
            doc.canv.addOutlineEntry(outline[1], key, outline[0])

    doc.afterFlowable = after_flowable
    try:
        doc.build(story, canvasmaker=numbered_canvas())
    finally:  # cancelled or failed: the finished pages' spill file goes at once, not when collected
        canvas = getattr(doc, "canv", None)
        if canvas is not None:
            canvas.discard_spill()


class PdfExporter(Exporter):
    """The plan(s) in the Interreg Europe action plan layout, as an A4 PDF."""

    format: ClassVar[ExportFormat] = registry.PDF

    def write(self, data: ExportData, path: Path, steps: Steps) -> None:
        steps.grow(part_count(data))
        with gc_paused():
            render_pdf(document_properties(data), iter_sections(data), path, steps)
