"""PDF look (reportlab): the shipped DejaVu fonts, paragraph styles, page templates and "Page X of Y"."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from action_planner.export import captions, pdf_file
from action_planner.export.pdf_file import PageSpill
from action_planner.resources import resource_path

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
INK, ACCENT, GREY = "#1F3864", "#2F5496", "#595959"
HEADER_FILL, LABEL_FILL, TOTAL_FILL, BORDER = "#D9E2F3", "#F2F2F2", "#F2F2F2", "#A6A6A6"
MARGIN_MM = 20


@cache
def register_fonts() -> None:
    """Register the DejaVu family once: reportlab's built-in fonts cannot show ł, ś, ő or ☒."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (FONT, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, ITALIC)
    addMapping(FONT, 1, 1, BOLD)


#: The table cells' type size, and the room their padding takes (both sides, with a point to spare).
CELL_SIZE = 8.5
CELL_PADDING = 4 + 4 + 1
#: No character of the cell font is wider than this (points): words it shows too short to matter go unmeasured.
CELL_WIDEST = 1.3 * CELL_SIZE


@lru_cache(maxsize=1 << 16)  # headers, units, names and years come back in every table
def cell_width(word: str, bold: bool) -> float:
    """The width of ``word`` in a table cell, in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return float(stringWidth(word, BOLD if bold else FONT, CELL_SIZE))


@cache
def styles() -> dict[str, Any]:
    """Paragraph styles by the neutral document's keys (plus table cell variants)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)

    def make(name: str, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **values)

    cell = make("cell", fontSize=CELL_SIZE, leading=10.5, spaceAfter=0)
    return {
        "body": body,
        "title": make(
            "title", fontName=BOLD, fontSize=30, leading=36, textColor=HexColor(INK), spaceBefore=120, spaceAfter=4
        ),
        "subtitle": make("subtitle", fontSize=16, leading=20, textColor=HexColor(ACCENT), spaceAfter=28),
        "cover": make("cover", fontName=BOLD, fontSize=19, leading=24, spaceAfter=36),
        "heading1": make(
            "heading1",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=HexColor(INK),
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "heading2": make(
            "heading2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=HexColor(ACCENT),
            spaceBefore=14,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "heading3": make(
            "heading3",
            fontName=BOLD,
            fontSize=12,
            leading=15.5,
            textColor=HexColor(ACCENT),
            spaceBefore=12,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "label": make("label", fontName=BOLD, textColor=HexColor(INK), spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "note": make("note", fontName=ITALIC, fontSize=8.5, leading=11, textColor=HexColor(GREY)),
        "facts": make("facts", fontName=ITALIC, fontSize=8.5, leading=11, textColor=HexColor(GREY), keepWithNext=1),
        "cell": cell,
        "cell-right": ParagraphStyle("cell-right", parent=cell, alignment=TA_RIGHT),
        "cell-bold": ParagraphStyle("cell-bold", parent=cell, fontName=BOLD, alignment=TA_LEFT),
        "cell-bold-right": ParagraphStyle("cell-bold-right", parent=cell, fontName=BOLD, alignment=TA_RIGHT),
        "header": make("header", fontSize=7.5, textColor=HexColor(GREY)),
    }


#: The form (PDF XObject) that shows the page count: every footer refers to it, and it is drawn once at the end.
PAGES_FORM = "ap-page-count"
FOOTER_SIZE = 7.5


def numbered_canvas() -> type[Any]:
    """A canvas whose pages say "Page X of Y" without being held back: each footer draws "Page X of" and
    refers to one form, defined when the document is saved, that draws Y (a forward reference PDF allows).
    Nothing of a finished page stays in memory but its dictionary and where its stream is in the spill file;
    the file is written object by object (:mod:`pdf_file`)."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.spill: PageSpill | None = PageSpill(Path(self._filename).parent)

        def showPage(self) -> None:  # noqa: N802  (reportlab's name, overridden)
            super().showPage()
            seal_page(self._doc.Pages.pages[-1], self.spill)

        def save(self) -> None:
            pages = self.getPageNumber() - (0 if self._code else 1)  # the page after the last one is empty
            self.beginForm(PAGES_FORM)
            self.setFont(FONT, FOOTER_SIZE)
            self.setFillColor(HexColor(GREY))
            self.drawString(0, 0, str(pages))
            self.endForm()
            if self._code:  # what Canvas.save does before saving: the page being drawn is finished
                self.showPage()
            pdf_file.save_document(self._doc, self, self._filename)
            self.discard_spill()
            for table in (*(getattr(self._doc, name, {}) for name in DOCUMENT_TABLES), self._destinations):
                release_objects(table)

        def discard_spill(self) -> None:
            """Close the spill file (it has no name: its disk space goes with it); saved or not."""
            if self.spill is not None:
                self.spill.close()
                self.spill = None

    return NumberedCanvas


def seal_page(page: Any, spill: PageSpill | None) -> None:
    """Encode a finished page's content stream now, as reportlab would when saving (same filters, same
    bytes), and put it in ``spill`` until the document is written: the page keeps where its stream is, not
    the drawing operators' text (206 MiB at 12,000 actions, 13,446 pages) nor its compressed bytes (110 MiB)."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFBase85Encode, PDFZCompress

    if spill is None or page.Contents or not page.stream or not page.compression:
        return  # reportlab makes this page's stream itself, as before
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content = page.stream
    for encoding in reversed(filters):  # the order PDFStream.format applies them in
        content = encoding.encode(content)
    dictionary = _stream_dictionary(tuple(f.pdfname for f in filters))
    page.Contents = pdf_file.spilled_stream_class()(dictionary, spill, content)
    page.stream = None


@cache
def _stream_dictionary(filters: tuple[str, ...]) -> Any:
    """The dictionary of every sealed page's stream (one object: reportlab copies it before adding the length)."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName

    return PDFDictionary({"Filter": PDFArray([PDFName(name) for name in filters])})


#: The saved document's tables by object name: the objects, and their numbers and offsets in the file.
DOCUMENT_TABLES = ("idToObject", "idToObjectNumberAndVersion", "idToOffset", "numberToId")
#: Objects a saved document lets go of between two chances for the window's thread to run.
RELEASE_CHUNK = 2_000


def release_objects(objects: dict[Any, Any]) -> None:
    """Take apart a saved document's table of objects (its pages, outline entries, destinations and the
    dictionaries between them) a few at a time. They refer to each other and to the canvas, so only the cyclic
    collector would free them, in one pass over hundreds of thousands of objects that holds the interpreter
    (and freezes the window) for most of a second; emptied here, they are freed by reference counting as the
    loop goes, and the interpreter can switch threads between two objects."""
    while objects:
        for _ in range(min(RELEASE_CHUNK, len(objects))):
            _name, item = objects.popitem()
            state = getattr(item, "__dict__", None)
            if state is not None:
                state.clear()


def draw_footer(canvas: Any, width: float, page_of: str = captions.PAGE_OF) -> None:
    """ "Page X of Y" (``page_of`` in the document's language) centred at the foot of the page, Y drawn by the
    page-count form."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    page = canvas.getPageNumber()
    before, _, after = page_of.format(page=page, pages="\x00").partition("\x00")
    count_width = stringWidth(str(page), FONT, FOOTER_SIZE)  # the count has at least as many digits
    before_width = stringWidth(before, FONT, FOOTER_SIZE)
    x = (width - before_width - count_width - stringWidth(after, FONT, FOOTER_SIZE)) / 2
    y = MARGIN_MM * 72 / 25.4 / 2
    canvas.saveState()
    canvas.setFont(FONT, FOOTER_SIZE)
    canvas.setFillColor(HexColor(GREY))
    canvas.drawString(x, y, before)
    canvas.saveState()
    canvas.translate(x + before_width, y)
    canvas.doForm(PAGES_FORM)
    canvas.restoreState()
    if after:
        canvas.drawString(x + before_width + count_width, y, after)
    canvas.restoreState()


def page_templates(doc: Any) -> list[Any]:
    """A clean title page, and body pages with the plan's title at the top and the page number at the foot."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Frame, PageTemplate

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text", leftPadding=0, rightPadding=0)

    def body_page(canvas: Any, current: Any) -> None:
        draw_footer(canvas, current.pagesize[0], getattr(current, "ap_page_of", captions.PAGE_OF))
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(HexColor(GREY))
        top = current.pagesize[1] - current.topMargin / 2
        canvas.drawString(current.leftMargin, top, getattr(current, "ap_header", ""))
        canvas.setStrokeColor(HexColor(BORDER))
        canvas.setLineWidth(0.4)
        canvas.line(current.leftMargin, top - 4, current.leftMargin + current.width, top - 4)
        canvas.restoreState()

    return [
        PageTemplate(id="title", frames=[frame]),
        PageTemplate(id="body", frames=[frame], onPageEnd=body_page),
    ]
