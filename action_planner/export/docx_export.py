"""Word export: streams the neutral plan document's body as lxml-built XML into a package python-docx set up."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from copy import copy  # an lxml element's copy is deep (its whole subtree), without deepcopy's memo
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from lxml.etree import Element, SubElement, tostring

from action_planner.export import captions, registry
from action_planner.export.base import Exporter
from action_planner.export.column_widths import fit_widths
from action_planner.export.data import ExportData
from action_planner.export.document import Block, CheckList, Heading, Paragraph, Section, Table
from action_planner.export.docx_identity import (
    FORMAT,
    FORMAT_PROPERTY,
    PLANS_PROPERTY,
    SIGNATURE_PROPERTY,
    WORKSPACE_PROPERTY,
    set_identity,
)
from action_planner.export.docx_styles import (
    CELL_PADDING,
    CELL_WIDEST,
    LABEL_FILL,
    TEXT_WIDTH_TWIPS,
    TOTAL_FILL,
    cell_width,
    page_setup,
    prepare,
)
from action_planner.export.formats import Formatter
from action_planner.export.gc_pause import gc_paused
from action_planner.export.language import labels_for
from action_planner.export.plan_document import (
    Properties,
    document_properties,
    iter_headings,
    iter_sections,
    part_count,
)
from action_planner.export.request import Cancelled, ExportFormat, ExportRequest, Progress, Steps
from action_planner.model.review import PART_MARK
from action_planner.model.validation import xml_safe

if TYPE_CHECKING:
    from action_planner.model.services import Services

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "{" + W_NS + "}"
R_ID = "{" + R_NS + "}id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NSMAP = {"w": W_NS, "r": R_NS}
#: The declarations each serialised block carries on its first tag; the document element declares them once.
DECLARATIONS = (f' xmlns:w="{W_NS}"'.encode(), f' xmlns:r="{R_NS}"'.encode())
DOCUMENT_XML = "word/document.xml"
#: The hidden bookmarks (a leading underscore hides them in Word) a table of contents' page numbers refer to.
TOC_MARK = "_Toc_ap"


def _el(parent: Any, tag: str, **attributes: str) -> Any:
    """A new WordprocessingML child element, plain lxml (no python-docx element classes: they cost 3×)."""
    return SubElement(parent, W + tag, {W + key: value for key, value in attributes.items()} if attributes else None)


BR, T, TC = W + "br", W + "t", W + "tc"


Look = tuple[str, str, bool, bool, bool, bool, str]


def _paragraph_template(look: Look) -> Any:
    """An empty paragraph of one look, with one run holding one (empty) text (``lang``: the run's language
    when it is not the document's)."""
    style, align, bold, page_break, keep_next, top, lang = look
    p = Element(W + "p", nsmap=NSMAP) if top else Element(W + "p")
    ppr = _el(p, "pPr")
    _el(ppr, "pStyle", val=style)
    if keep_next:
        _el(ppr, "keepNext")
    if page_break:
        _el(ppr, "pageBreakBefore")
    if align != "left":
        _el(ppr, "jc", val=align)
    run = _el(p, "r")
    if bold or lang:
        rpr = _el(run, "rPr")
        if bold:
            _el(rpr, "b")
        if lang:
            _el(rpr, "lang", val=lang)
    _el(run, "t")
    return p


def _bytes(element: Any) -> bytes:
    """One block's XML without the namespace declarations the document element already makes."""
    data: bytes = tostring(element)
    for declaration in DECLARATIONS:
        data = data.replace(declaration, b"", 1)
    return data


class DocxWriter:
    """Streams blocks as WordprocessingML into the document part of a .docx, one block at a time.

    python-docx sets up the package (styles, the first section's header and footer, one header part per
    further plan); the body never becomes a tree: each block is built with lxml, serialised and written
    into the zip entry, so memory stays flat however long the document is, and a section break costs the
    same at the 1,000th plan as at the second (python-docx's ``add_section`` scans the whole body).
    """

    def __init__(self, path: Path, language: str = "en-GB") -> None:
        import docx

        self.doc = docx.Document()
        self.styles = prepare(self.doc)
        self.language = language  # the document's; a run in another language says so
        self._lang = ""  # the language of what is written now, when it is not the document's
        self._bookmarks = 0
        self._headings: int | None = None  # counts headings once a table of contents refers to them
        self._starts: list[Any] = []  # marks to put at the start of the next paragraph
        self._header_style = self.doc.styles["Header"].style_id
        body = self.doc.element.body
        for child in list(body):  # the template's empty paragraph
            if child.tag == W + "p":
                body.remove(child)
        self._sect_template: Any = None
        self._sect: Any = None  # the current section's properties, written when the next one starts
        self._break_before = False
        self._after_table = False  # the last thing written is a table (the body cannot end with one)
        self._looks: dict[Look, Any] = {}
        self._cells: dict[tuple[str, str | None], Any] = {}
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
        self._out: Any = None

    # -- structure --------------------------------------------------------------------------

    def start_section(self, header: str, *, first: bool) -> None:
        if first:
            section = self.doc.sections[0]
            page_setup(section, header, first=True, page_of=labels_for(self.language)(captions.PAGE_OF))
            sect = self.doc.element.body.sectPr
            self._sect_template = copy(sect)
            self._open_body()
            self._sect = sect
        else:
            # the previous section ends with a paragraph holding its properties
            p = Element(W + "p", nsmap=NSMAP)
            _el(p, "pPr").append(self._detached(self._sect))
            self._write(p)
            self._sect = self._later_section(header)
        self._break_before = False

    def _open_body(self) -> None:
        """Start the document part: everything of python-docx's document element up to the body's content."""
        root = self.doc.element
        shell = Element(root.tag, root.attrib, nsmap=root.nsmap)
        SubElement(shell, W + "body").text = "BODY"
        head, _ = tostring(shell, xml_declaration=True, encoding="UTF-8", standalone=True).split(b"BODY</w:body>")
        self._out = self._zip.open(DOCUMENT_XML, "w", force_zip64=True)
        self._out.write(head)

    def _detached(self, sect: Any) -> Any:
        """A plain-lxml copy of ``sect`` (python-docx's own element) to write inside a paragraph."""
        from lxml import etree

        return etree.fromstring(tostring(sect))

    def _later_section(self, header: str) -> Any:
        """A later plan's section: the first one's page set-up, its own header part, the first one's footer."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.parts.hdrftr import HeaderPart

        part = HeaderPart.new(self.doc.part.package)
        hdr = part.element
        for child in list(hdr):
            hdr.remove(child)
        p = SubElement(hdr, W + "p")
        SubElement(SubElement(p, W + "pPr"), W + "pStyle", {W + "val": self._header_style})
        SubElement(SubElement(p, W + "r"), W + "t").text = xml_safe(header)
        rid = self.doc.part.relate_to(part, RT.HEADER)
        sect = copy(self._sect_template)
        for reference in sect.findall(W + "footerReference"):  # linked to the previous section's footer
            sect.remove(reference)
        for reference in sect.findall(W + "headerReference"):
            reference.set(R_ID, rid)
        return sect

    def page_break(self) -> None:
        """Start the next block on a new page."""
        self._break_before = True

    def set_language(self, tag: str) -> None:
        """Write what follows in the language ``tag`` (BCP 47)."""
        self._lang = "" if tag == self.language else tag

    def mark(self, name: str) -> None:
        """A point bookmark called ``name`` at the start of the next paragraph.

        Parts are told apart by such marks at their starts rather than by bookmarks around them:
        LibreOffice 7 saves a bookmark that spans paragraphs as points, but keeps a point where it was."""
        self._bookmarks += 1
        start = Element(W + "bookmarkStart")
        start.set(W + "id", str(self._bookmarks))
        start.set(W + "name", name)
        end = Element(W + "bookmarkEnd")
        end.set(W + "id", str(self._bookmarks))
        self._starts += [start, end]

    def contents(self, heading: str, entries: Iterable[tuple[int, str]]) -> None:
        """A table of contents: a TOC field over headings 1–3 whose shown result lists ``entries``, each with
        a PAGEREF field to its heading's bookmark. Word fills the page numbers in when it opens the file
        (the settings ask it to update fields); LibreOffice shows the entries, and the numbers once the
        index is updated (Tools ▸ Update ▸ Update All). Every heading written after this gets its bookmark,
        in the order of ``entries``."""
        self._top(heading, self.styles["contents"])
        lines = [(min(level, 3), text) for level, text in entries] or [(1, "")]
        for index, (level, text) in enumerate(lines, start=1):
            p = self._paragraph(text, self.styles[f"toc{level}"], top=True)
            if index == 1:
                _field(p, 'TOC \\o "1-3" \\h \\z \\u', at=1, end=False)
            _el(_el(p, "r"), "tab")
            _field(p, f"PAGEREF {TOC_MARK}{index} \\h", at=len(p), end=True)
            if index == len(lines):
                _el(_el(p, "r"), "fldChar", fldCharType="end")
            self._write(p)
        self.doc.settings.element.append(_update_fields())
        self._headings = 0

    def _write(self, element: Any) -> None:
        """Write ``element``, with any marks that wait for a paragraph at its start."""
        if self._starts and element.tag == W + "p":
            at = 1 if len(element) and element[0].tag == W + "pPr" else 0
            for mark in reversed(self._starts):
                element.insert(at, mark)
            self._starts.clear()
        self._after_table = False
        self._out.write(_bytes(element))

    def _paragraph(
        self,
        text: str,
        style: str,
        *,
        align: str = "left",
        bold: bool = False,
        page_break: bool = False,
        keep_next: bool = False,
        top: bool = False,
    ) -> Any:
        """A paragraph copied from a template of its look (lxml copies in C; building costs ten calls)."""
        look = (style, align, bold, page_break, keep_next, top, self._lang)
        template = self._looks.get(look)
        if template is None:
            template = self._looks[look] = _paragraph_template(look)
        p = copy(template)
        if not text:
            del p[-1]  # no run
            return p
        lines = text.split("\n")
        run = p[-1]
        t = run[-1]
        t.text = xml_safe(lines[0])
        if lines[0] != lines[0].strip():
            t.set(XML_SPACE, "preserve")
        for line in lines[1:]:
            SubElement(run, BR)
            t = SubElement(run, T)
            t.text = xml_safe(line)
            if line != line.strip():
                t.set(XML_SPACE, "preserve")
        return p

    def _top(self, text: str, style: str) -> None:
        self._write(self._paragraph(text, style, page_break=self._break_before, top=True))
        self._break_before = False

    # -- blocks -----------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            style = self.styles[f"heading{min(block.level, 3)}"]
            if self._headings is None:
                self._top(block.text, style)
                return
            self._headings += 1
            self._bookmarks += 1
            p = self._paragraph(block.text, style, page_break=self._break_before, top=True)
            self._break_before = False
            start = _el(p, "bookmarkStart", id=str(self._bookmarks), name=f"{TOC_MARK}{self._headings}")
            p.remove(start)
            p.insert(1, start)
            _el(p, "bookmarkEnd", id=str(self._bookmarks))
            self._write(p)
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
        elif self._after_table:
            self._top("", self.styles["spacer"])  # Word needs a paragraph between two tables
        grid_kind = table.kind == "grid"
        tbl = Element(W + "tbl", nsmap=NSMAP)
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
        fitted = fit_widths(table, TEXT_WIDTH_TWIPS / 20, cell_width, padding=CELL_PADDING, widest=CELL_WIDEST)
        widths = [str(round(width) * 20) for width in fitted]  # whole points: a few cell templates serve all tables
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
        self._write(tbl)
        # No paragraph after the table unless another table or the end of the body follows: an empty one there
        # would fall onto a page of its own when the table ends at the foot of a page, and the next part's
        # heading (which starts a page) would leave that page blank.
        self._after_table = True

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
            shaded = total or (label and index == 0)
            fill = (TOTAL_FILL if total else LABEL_FILL) if shaded else None
            tc = self._cell(widths[index], fill)
            align = "left" if label else aligns[index]
            tc.append(self._paragraph(text, style, align=align, bold=header or shaded, keep_next=keep))
            tr.append(tc)

    def _cell(self, width: str, fill: str | None) -> Any:
        template = self._cells.get((width, fill))
        if template is None:
            template = self._cells[(width, fill)] = Element(TC)
            tcpr = _el(template, "tcPr")
            _el(tcpr, "tcW", w=width, type="dxa")
            if fill:
                _el(tcpr, "shd", val="clear", color="auto", fill=fill)
        return copy(template)

    # -- the end ----------------------------------------------------------------------------

    def finish(self) -> None:
        """Close the body with the last section's properties, then write the package's other parts."""
        if self._out is None:  # no section at all: an empty body
            self.start_section("", first=True)
        if self._after_table:
            self._top("", self.styles["spacer"])
        self._out.write(_bytes(self._detached(self._sect)) + f"</w:body></{_prefixed(self.doc.element.tag)}>".encode())
        self._out.close()
        package = io.BytesIO()
        self.doc.save(package)
        with zipfile.ZipFile(package) as built:
            for info in built.infolist():
                if info.filename != DOCUMENT_XML:
                    self._zip.writestr(info, built.read(info.filename), zipfile.ZIP_DEFLATED)
        self._zip.close()

    def abandon(self) -> None:
        """Close the file after a failure (the caller removes it)."""
        if self._out is not None:
            self._out.close()
        self._zip.close()


def _prefixed(tag: str) -> str:
    return "w:" + tag.split("}")[1]


def render_docx(
    properties: Properties,
    sections: Iterable[Section],
    path: Path,
    steps: Steps,
    *,
    custom: Mapping[str, str] | None = None,
    contents: tuple[str, Iterable[tuple[int, str]]] | None = None,
) -> None:
    """Write the sections to ``path`` as .docx, one step per part; ``custom`` are its custom properties,
    ``contents`` a table of contents' heading and entries, on a page of its own before the first plan."""
    writer = DocxWriter(path, properties.language)
    try:
        set_identity(writer.doc, properties, custom or {})
        if contents is not None:
            writer.start_section(properties.title, first=True)
            writer.contents(*contents)
        parts = 0
        for index, section in enumerate(sections):
            writer.set_language(section.language)
            writer.start_section(section.header, first=index == 0 and contents is None)
            for block in section.title_page.blocks:
                writer.block(block)
            steps.advance()
            for part in section.parts:
                writer.set_language(part.language or section.language)
                if part.new_page:
                    writer.page_break()
                parts += 1
                writer.mark(part.anchor or f"{PART_MARK}{parts}")  # where the part begins (and the one before ends)
                for block in part.blocks:
                    writer.block(block)
                steps.advance()
        writer.finish()
    except BaseException:
        writer.abandon()
        raise


def _field(p: Any, instruction: str, *, at: int, end: bool) -> None:
    """Insert a field (begin, instruction, separate, and with ``end`` an empty result and its end) at ``at``."""
    runs = [Element(W + "r") for _ in range(4 if end else 3)]
    _el(runs[0], "fldChar", fldCharType="begin")
    text = _el(runs[1], "instrText")
    text.text = f" {instruction} "
    text.set(XML_SPACE, "preserve")
    _el(runs[2], "fldChar", fldCharType="separate")
    if end:
        _el(runs[3], "fldChar", fldCharType="end")
    for offset, run in enumerate(runs):
        p.insert(at + offset, run)


def _update_fields() -> Any:
    """Settings' ``w:updateFields``: Word refreshes the fields (the contents' page numbers) when it opens."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')


def custom_properties(data: ExportData, sign: Callable[[str], str]) -> dict[str, str]:
    """What ties a Word export to its workspace and plans (read back by the Word review import)."""
    plans = ",".join(str(p.plan.id) for p in data.plans)
    return {
        FORMAT_PROPERTY: FORMAT,
        WORKSPACE_PROPERTY: data.workspace_id,
        PLANS_PROPERTY: plans,
        SIGNATURE_PROPERTY: sign(plans),
    }


class DocxExporter(Exporter):
    """The plan(s) in the Interreg Europe action plan layout, as a Word document."""

    format: ClassVar[ExportFormat] = registry.DOCX
    #: Signs the list of plans (the workspace's review service, set by :meth:`export`).
    _sign: Callable[[str], str] = staticmethod(lambda _plans: "")

    def export(
        self,
        services: Services,
        request: ExportRequest,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        services.reviews.ensure_workspace_id()  # the file names its workspace, for comments to come back
        self._sign = services.reviews.sign_word
        return super().export(services, request, progress, cancelled)

    def write(self, data: ExportData, path: Path, steps: Steps) -> None:
        steps.grow(part_count(data))
        properties = document_properties(data)
        contents = None
        if data.table_of_contents:
            contents = (
                Formatter(properties.language.replace("-", "_")).tr(captions.CONTENTS),
                list(iter_headings(data)),
            )
        with gc_paused():
            custom = custom_properties(data, self._sign)
            render_docx(properties, iter_sections(data), path, steps, custom=custom, contents=contents)
