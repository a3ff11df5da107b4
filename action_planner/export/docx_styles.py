"""Word styles, page set-up, header and footer of the plan document (python-docx plus a little raw XML)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from action_planner.export import captions

FONT = "Arial"  # on every Word install; LibreOffice maps it to the metric-compatible Liberation Sans
INK = "1F3864"
HEADER_FILL = "D9E2F3"
LABEL_FILL = "F2F2F2"
TOTAL_FILL = "F2F2F2"
BORDER = "A6A6A6"
TABLE_STYLE = "Action Plan Table"

#: Names of the paragraph styles the writer uses, by the neutral document's style keys.
PARAGRAPH_STYLES = {
    "title": "Title",
    "subtitle": "Subtitle",
    "cover": "Cover Title",
    "label": "Field Label",
    "body": "Normal",
    "note": "Note",
    "facts": "Action Facts",
    "cell": "Table Text",
    "spacer": "Table Spacer",
}

A4_WIDTH_MM, A4_HEIGHT_MM, MARGIN_MM = 210, 297, 20
TEXT_WIDTH_TWIPS = round((A4_WIDTH_MM - 2 * MARGIN_MM) / 25.4 * 1440)

#: "Table Text"'s size, the cell margins of the table style (90 twips a side) with a point and a half to spare,
#: and the widest a character of it can be (points).
CELL_SIZE = 9
CELL_PADDING = 2 * 90 / 20 + 1.5
CELL_WIDEST = 1.3 * CELL_SIZE
#: Letters Arial draws as wide as another one (and that do not decompose into a letter and an accent).
_SAME_WIDTH = str.maketrans("łŁđĐøØıß", "lLdDoOis")


@lru_cache(maxsize=1 << 16)  # headers, units, names and years come back in every table
def cell_width(word: str, bold: bool) -> float:
    """The width of ``word`` in a table cell, in points, in whichever font shows it wider: Arial, which Word
    uses (measured with Helvetica's metrics, the same widths, accents as wide as their letters), or DejaVu
    Sans, which LibreOffice draws Arial with where Arial and Liberation Sans are not installed."""
    import unicodedata

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from action_planner.export.pdf_styles import BOLD, FONT, register_fonts

    register_fonts()
    letters = "".join(ch for ch in unicodedata.normalize("NFKD", word.translate(_SAME_WIDTH)) if ord(ch) < 0x300)
    arial = stringWidth(letters, "Helvetica-Bold" if bold else "Helvetica", CELL_SIZE)
    dejavu = stringWidth(word, BOLD if bold else FONT, CELL_SIZE)
    return float(max(arial, dejavu))


def _fonts(rpr: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    rpr.insert(0, fonts)


def _paragraph_style(
    doc: Any,
    name: str,
    *,
    base: str = "Normal",
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
    before: float = 0,
    after: float = 4,
    keep_next: bool = False,
) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if name != "Normal":
        style.base_style = styles[base]
    font = style.font
    if size:
        font.size = Pt(size)
    font.bold = bold or None
    font.italic = italic or None
    if color:
        font.color.rgb = RGBColor.from_string(color)
    _fonts(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if keep_next:
        fmt.keep_with_next = True
    return style


def _table_style(doc: Any) -> None:
    """A named table style: thin grey grid, shaded bold header row, cell margins."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    style = doc.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Table Grid"]
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{BORDER}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    style.element.append(parse_xml(f'<w:pPr {nsdecls("w")}><w:spacing w:before="20" w:after="20"/></w:pPr>'))
    style.element.append(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>'
            '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        )
    )
    style.element.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/><w:color w:val="{INK}"/></w:rPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr></w:tblStylePr>'
        )
    )


def _body_level(style: Any) -> None:
    """Give a paragraph style the outline level of body text (not listed in navigation or contents)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:outlineLvl")):
        ppr.remove(old)
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "9")
    ppr.append(level)


def prepare(doc: Any) -> dict[str, str]:
    """Set up fonts, headings, the custom styles and the table style; return style ids by neutral style key."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Pt, Twips

    _paragraph_style(doc, "Normal", size=10, after=4)
    _paragraph_style(doc, "Title", size=30, bold=True, color=INK, before=120, after=6)
    _paragraph_style(doc, "Subtitle", size=16, color="2F5496", after=24)
    _paragraph_style(doc, "Cover Title", size=20, bold=True, after=36)
    _paragraph_style(doc, "Heading 1", size=16, bold=True, color=INK, before=18, after=8, keep_next=True)
    _paragraph_style(doc, "Heading 2", size=13, bold=True, color="2F5496", before=16, after=4, keep_next=True)
    _paragraph_style(doc, "Heading 3", size=12, bold=True, color="2F5496", before=14, after=4, keep_next=True)
    contents = _paragraph_style(doc, "TOC Heading", base="Normal", size=16, bold=True, color=INK, before=0, after=12)
    _body_level(contents)  # Word's own TOC Heading is an outline heading; this one stays out of the contents
    for level in (1, 2, 3):
        _paragraph_style(doc, f"toc {level}", size=10 if level > 1 else 10.5, bold=level == 1, after=2)
        fmt = doc.styles[f"toc {level}"].paragraph_format
        fmt.left_indent = Pt(12 * (level - 1))
        fmt.tab_stops.add_tab_stop(Twips(TEXT_WIDTH_TWIPS), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    _paragraph_style(doc, "Field Label", size=10, bold=True, color=INK, before=8, after=2, keep_next=True)
    _paragraph_style(doc, "Note", size=9, italic=True, color="595959", after=4)
    _paragraph_style(doc, "Action Facts", base="Note", size=9, italic=True, color="595959", after=4, keep_next=True)
    _paragraph_style(doc, "Table Text", size=CELL_SIZE, after=0)
    _paragraph_style(doc, "Table Spacer", size=4, after=0)
    _paragraph_style(doc, "Header", size=8, color="595959", after=0)
    _paragraph_style(doc, "Footer", size=8, color="595959", after=0)
    _table_style(doc)
    ids = {key: doc.styles[name].style_id for key, name in PARAGRAPH_STYLES.items()}
    for level in (1, 2, 3):
        ids[f"heading{level}"] = doc.styles[f"Heading {level}"].style_id
        ids[f"toc{level}"] = doc.styles[f"toc {level}"].style_id
    ids["contents"] = doc.styles["TOC Heading"].style_id
    ids["table"] = doc.styles[TABLE_STYLE].style_id
    return ids


def page_setup(section: Any, header_text: str, *, first: bool, page_of: str = captions.PAGE_OF) -> None:
    """A4, margins, a header with the plan's title and (from the first section on) "Page X of Y", written
    as ``page_of`` says in the document's language (``{page}`` and ``{pages}`` become the page fields)."""
    from docx.shared import Mm

    section.page_width, section.page_height = Mm(A4_WIDTH_MM), Mm(A4_HEIGHT_MM)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True  # the title page stays clean
    header = section.header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = header_text
    header.paragraphs[0].style = "Header"
    if first:
        _page_of(section.footer.paragraphs[0], page_of)


def _field(paragraph: Any, instruction: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    for xml in (
        '<w:fldChar w:fldCharType="begin"/>',
        f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>1</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
    ):
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))


def _page_of(paragraph: Any, page_of: str) -> None:
    """ "Page X of Y" (in any language's word order): the text around ``{page}`` and ``{pages}`` as runs, the
    two placeholders as PAGE and NUMPAGES fields."""
    import re

    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.style = "Footer"
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in re.split(r"(\{page\}|\{pages\})", page_of):
        if piece == "{page}":
            _field(paragraph, "PAGE")
        elif piece == "{pages}":
            _field(paragraph, "NUMPAGES")
        elif piece:
            paragraph.add_run(piece)
