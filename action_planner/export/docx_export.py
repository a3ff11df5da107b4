"""Word export: renders the neutral plan document with python-docx, writing table XML directly for speed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from action_planner.export import captions, registry
from action_planner.export.base import Exporter
from action_planner.export.data import ExportData
from action_planner.export.document import Block, CheckList, Heading, Paragraph, PlanLayout, Table
from action_planner.export.docx_styles import (
    LABEL_FILL,
    TEXT_WIDTH_TWIPS,
    TOTAL_FILL,
    page_setup,
    prepare,
)
from action_planner.export.plan_document import build_document
from action_planner.export.request import ExportFormat, Steps
from action_planner.model.validation import xml_safe

if TYPE_CHECKING:
    pass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _el(parent: Any, tag: str, **attributes: str) -> Any:
    """A new WordprocessingML child element (python-docx's elements are lxml elements)."""
    element = parent.makeelement(W + tag, {W + key: value for key, value in attributes.items()})
    parent.append(element)
    return element


class DocxWriter:
    """Appends blocks to a python-docx document body as WordprocessingML."""

    def __init__(self) -> None:
        import docx

        self.doc = docx.Document()
        self.styles = prepare(self.doc)
        body = self.doc.element.body
        for child in list(body):  # the template's empty paragraph
            if child.tag == W + "p":
                body.remove(child)
        self._sentinel = body.get_or_add_sectPr()  # stays the last child, even after a section break
        self._break_before = False

    # -- structure --------------------------------------------------------------------------

    def start_section(self, header: str, *, first: bool) -> None:
        from docx.enum.section import WD_SECTION

        section = self.doc.sections[0] if first else self.doc.add_section(WD_SECTION.NEW_PAGE)
        page_setup(section, header, first=first)
        self._break_before = False

    def page_break(self) -> None:
        """Start the next block on a new page."""
        self._break_before = True

    def _append(self, tag: str) -> Any:
        element = self._sentinel.makeelement(W + tag, {})
        self._sentinel.addprevious(element)
        return element

    def _paragraph(
        self,
        p: Any,
        text: str,
        style: str,
        *,
        align: str = "left",
        bold: bool = False,
        page_break: bool = False,
        keep_next: bool = False,
    ) -> None:
        ppr = _el(p, "pPr")
        _el(ppr, "pStyle", val=style)
        if keep_next:
            _el(ppr, "keepNext")
        if page_break:
            _el(ppr, "pageBreakBefore")
        if align != "left":
            _el(ppr, "jc", val=align)
        if not text:
            return
        run = _el(p, "r")
        if bold:
            _el(_el(run, "rPr"), "b")
        for index, line in enumerate(text.split("\n")):
            if index:
                _el(run, "br")
            t = _el(run, "t")
            t.text = xml_safe(line)
            if line != line.strip():
                t.set(XML_SPACE, "preserve")

    def _top(self, text: str, style: str) -> None:
        self._paragraph(self._append("p"), text, style, page_break=self._break_before)
        self._break_before = False

    # -- blocks -----------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._top(block.text, self.styles[f"heading{min(block.level, 2)}"])
        elif isinstance(block, Paragraph):
            for line in block.text.split("\n") if block.style == "body" else [block.text]:
                self._top(line, self.styles[block.style])
        elif isinstance(block, CheckList):
            for line in block.lines():
                self._top(line, self.styles["body"])
        else:
            self._table(block)

    def _table(self, table: Table) -> None:
        if self._break_before:
            self._top("", self.styles["body"])
        grid_kind = table.kind == "grid"
        tbl = self._append("tbl")
        tblpr = _el(tbl, "tblPr")
        _el(tblpr, "tblStyle", val=self.styles["table"])
        _el(tblpr, "tblW", w=str(TEXT_WIDTH_TWIPS), type="dxa")
        _el(tblpr, "tblLayout", type="fixed")
        _el(
            tblpr,
            "tblLook",
            val="0620" if grid_kind else "0600",
            firstRow="1" if grid_kind else "0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        scale = TEXT_WIDTH_TWIPS / sum(c.width for c in table.columns)
        widths = [str(round(c.width * scale)) for c in table.columns]
        grid = _el(tbl, "tblGrid")
        for width in widths:
            _el(grid, "gridCol", w=width)
        aligns = [c.align for c in table.columns]
        keep = table.keep_together  # every row but the last keeps with the next one
        if grid_kind:
            self._row(tbl, [c.header for c in table.columns], widths, aligns, header=True, keep=True)
        for index, row in enumerate(table.rows):
            last = index == len(table.rows) - 1 and table.total is None
            self._row(tbl, row, widths, aligns, label=not grid_kind, tall=table.kind == "sign", keep=keep and not last)
        if table.total is not None:
            self._row(tbl, table.total, widths, aligns, total=True)
        self._top("", self.styles["spacer"])  # Word needs a paragraph between two tables

    def _row(
        self,
        tbl: Any,
        cells: Sequence[str],
        widths: list[str],
        aligns: Sequence[str],
        *,
        header: bool = False,
        total: bool = False,
        label: bool = False,
        tall: bool = False,
        keep: bool = False,
    ) -> None:
        tr = _el(tbl, "tr")
        trpr = _el(tr, "trPr")
        _el(trpr, "cantSplit")
        if tall:
            _el(trpr, "trHeight", val="900", hRule="atLeast")
        if header:
            _el(trpr, "tblHeader")
        style = self.styles["cell"]
        for index, text in enumerate(cells):
            tc = _el(tr, "tc")
            tcpr = _el(tc, "tcPr")
            _el(tcpr, "tcW", w=widths[index], type="dxa")
            shaded = total or (label and index == 0)
            if shaded:
                _el(tcpr, "shd", val="clear", color="auto", fill=TOTAL_FILL if total else LABEL_FILL)
            align = "left" if label else aligns[index]
            self._paragraph(_el(tc, "p"), text, style, align=align, bold=header or shaded, keep_next=keep)


def render_docx(document: PlanLayout, path: Path, steps: Steps) -> None:
    """Write ``document`` to ``path`` as .docx, one step per part."""
    writer = DocxWriter()
    writer.doc.core_properties.title = xml_safe(document.title)
    writer.doc.core_properties.subject = captions.DOCUMENT_TITLE
    for index, section in enumerate(document.sections):
        writer.start_section(section.header, first=index == 0)
        for block in section.title_page.blocks:
            writer.block(block)
        steps.advance()
        for part in section.parts:
            if part.new_page:
                writer.page_break()
            for block in part.blocks:
                writer.block(block)
            steps.advance()
    writer.doc.save(str(path))


class DocxExporter(Exporter):
    """The plan(s) in the Interreg Europe action plan layout, as a Word document."""

    format: ClassVar[ExportFormat] = registry.DOCX

    def write(self, data: ExportData, path: Path, steps: Steps) -> None:
        document = build_document(data)
        steps.grow(document.part_count)
        render_docx(document, path, steps)
