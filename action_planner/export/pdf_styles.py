"""PDF look (reportlab): the shipped DejaVu fonts, paragraph styles, page templates and "Page X of Y"."""

from __future__ import annotations

from functools import cache
from typing import Any

from action_planner.export import captions
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

    cell = make("cell", fontSize=8.5, leading=10.5, spaceAfter=0)
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
        "label": make("label", fontName=BOLD, textColor=HexColor(INK), spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "note": make("note", fontName=ITALIC, fontSize=8.5, leading=11, textColor=HexColor(GREY)),
        "facts": make("facts", fontName=ITALIC, fontSize=8.5, leading=11, textColor=HexColor(GREY), keepWithNext=1),
        "cell": cell,
        "cell-right": ParagraphStyle("cell-right", parent=cell, alignment=TA_RIGHT),
        "cell-bold": ParagraphStyle("cell-bold", parent=cell, fontName=BOLD, alignment=TA_LEFT),
        "cell-bold-right": ParagraphStyle("cell-bold-right", parent=cell, fontName=BOLD, alignment=TA_RIGHT),
        "header": make("header", fontSize=7.5, textColor=HexColor(GREY)),
    }


def numbered_canvas() -> type[Any]:
    """A canvas that holds its pages back until the end, to write "Page X of Y" on each body page."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.ap_footer = False

        def showPage(self) -> None:  # noqa: N802  (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                if self.ap_footer:
                    width, _ = self._pagesize
                    self.setFont(FONT, 7.5)
                    self.setFillColor(HexColor(GREY))
                    text = captions.PAGE_OF.format(page=number, pages=pages)
                    self.drawCentredString(width / 2, MARGIN_MM * 72 / 25.4 / 2, text)
                super().showPage()
            super().save()

    return NumberedCanvas


def page_templates(doc: Any) -> list[Any]:
    """A clean title page, and body pages with the plan's title at the top and the page number at the foot."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Frame, PageTemplate

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text", leftPadding=0, rightPadding=0)

    def title_page(canvas: Any, _doc: Any) -> None:
        canvas.ap_footer = False

    def body_page(canvas: Any, current: Any) -> None:
        canvas.ap_footer = True
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
        PageTemplate(id="title", frames=[frame], onPageEnd=title_page),
        PageTemplate(id="body", frames=[frame], onPageEnd=body_page),
    ]
