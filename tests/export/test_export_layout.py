"""Each demo plan's Word and PDF export reopened as a reader sees it: page footers, table cells, months, page breaks."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from action_planner.export import captions
from action_planner.export.language import labels_for
from action_planner.export.pdf_styles import BOLD, FONT, register_fonts
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
from action_planner.model.services import Services
from action_planner.model.views import PlanView
from action_planner.model.workspace import Workspace

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REGIONS = ("ITH5", "ES52", "SE31", "PL41", "PL22", "UKE4")
#: Where Word, LibreOffice and reportlab may break a cell's text (not at a no-break space).
BREAKS = re.compile(r"[ \t\n]+")


@pytest.fixture(scope="module")
def exports(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Each demo plan exported alone to Word and PDF, as the CLI's ``--region`` does."""
    folder = tmp_path_factory.mktemp("layout")
    path = folder / "demo.actionplan"
    shutil.copyfile(demo_template, path)
    workspace = Workspace.open(path)
    services = Services(workspace)
    plans = {p.region_code: p for p in services.plans.list()}
    files = {
        (code, fmt): EXPORTERS[fmt]().export(services, ExportRequest((plans[code].id,), folder / f"{code}.{fmt}"))
        for code in REGIONS
        for fmt in ("docx", "pdf")
    }
    yield {"services": services, "plans": plans, "files": files}
    workspace.close()


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return text.split("\f")[:-1]


def _lines(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def _page_of(code: str, exports: dict[str, Any]) -> str:
    return labels_for(exports["plans"][code].language)(captions.PAGE_OF)


# -- 1. the page footer in the plan's language -------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ITH5", "Pagina 2 di"),
        ("ES52", "Página 2 de"),
        ("SE31", "Sida 2 av"),
        ("PL41", "Strona 2 z"),
        ("UKE4", "Page 2 of"),
    ],
)
def test_the_pdf_footer_says_page_x_of_y_in_the_plans_language(
    exports: dict[str, Any], code: str, expected: str
) -> None:
    pages = _pages(exports["files"][code, "pdf"])
    assert _lines(pages[1])[-1] == f"{expected} {len(pages)}"
    assert not any(line.startswith(("Page ", "Pagina ", "Strona ")) for line in _lines(pages[0]))  # title page


@pytest.mark.parametrize(
    ("code", "expected"), [("ITH5", "Pagina 1 di 1"), ("SE31", "Sida 1 av 1"), ("PL22", "Strona 1 z 1")]
)
def test_the_word_footer_says_page_x_of_y_in_the_plans_language(
    exports: dict[str, Any], code: str, expected: str
) -> None:
    footer = docx.Document(str(exports["files"][code, "docx"])).sections[0].footer
    paragraph = footer.paragraphs[0]
    assert paragraph.text == expected  # the two fields show 1 until Word or LibreOffice updates them
    fields = [t.text.strip() for t in paragraph._p.iter(W + "instrText")]
    assert fields == ["PAGE", "NUMPAGES"]


# -- 2. table cells: no word broken mid-letter ---------------------------------------------------------


def _cells(path: Path) -> Iterator[tuple[float, str, bool]]:
    """Every table cell of the Word export: its text width in points (the cell margins taken off), its text, bold."""
    document = docx.Document(str(path))
    for table in document.element.body.iter(W + "tbl"):
        for tr in table.iter(W + "tr"):
            header = tr.find(f"{W}trPr/{W}tblHeader") is not None
            for tc in tr.iter(W + "tc"):
                width = int(tc.find(f"{W}tcPr/{W}tcW").get(W + "w")) / 20 - 2 * 90 / 20
                for run in tc.iter(W + "r"):
                    text = "".join(t.text or "" for t in run.iter(W + "t"))
                    bold = header or run.find(f"{W}rPr/{W}b") is not None
                    yield width, text, bold


@pytest.mark.parametrize("code", REGIONS)
def test_every_word_of_a_word_table_cell_fits_its_column(exports: dict[str, Any], code: str) -> None:
    """Measured in DejaVu Sans at the cells' 9 pt, the font LibreOffice draws Arial with where Arial and Liberation
    Sans are missing (this machine, CI), and wider than Arial: a word wider than its cell is broken mid-letter."""
    register_fonts()
    too_wide = sorted(
        {
            f"{word} ({stringWidth(word, BOLD if bold else FONT, 9):.0f} > {width:.0f} pt)"
            for width, text, bold in _cells(exports["files"][code, "docx"])
            for word in BREAKS.split(text)
            if stringWidth(word, BOLD if bold else FONT, 9) > width
        }
    )
    assert too_wide == []


def _table_words(path: Path) -> set[str]:
    return {word for _, text, _ in _cells(path) for word in text.replace("\xa0", " ").split()}


@pytest.mark.parametrize("code", REGIONS)
def test_no_word_of_a_pdf_table_is_split_over_two_lines(exports: dict[str, Any], code: str) -> None:
    """reportlab breaks a word that does not fit its column mid-letter ("Obiettiv" / "o"): every word of every
    table (as the Word export has them: the same document) must come out of the PDF whole."""
    text = subprocess.run(
        ["pdftotext", str(exports["files"][code, "pdf"]), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    shown = set(text.replace("\xa0", " ").split())
    assert sorted(_table_words(exports["files"][code, "docx"]) - shown) == []


# -- 3. months as each language writes them ---------------------------------------------------------


def _texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in document.element.body.iter(W + "p")]


@pytest.mark.parametrize(
    ("code", "month", "wrong"),
    [
        ("ES52", "enero de 2027", "enero 2027"),
        ("ITH5", "gennaio 2027", "gennaio di 2027"),
        ("SE31", "januari 2027", "januari av 2027"),
        ("PL41", "styczeń 2027", "stycznia 2027"),  # the stand-alone month (nominative)
        ("UKE4", "January 2027", "January of 2027"),
    ],
)
def test_a_timeframe_names_months_as_the_language_does(
    exports: dict[str, Any], code: str, month: str, wrong: str
) -> None:
    timeframes = [t for t in _texts(exports["files"][code, "docx"]) if " – " in t and "2027" in t]
    assert any(t.startswith(month) for t in timeframes)
    assert not any(wrong in t for t in timeframes)
    assert month in "".join(_pages(exports["files"][code, "pdf"]))


# -- 4. headings and labels stay with what follows; no blank page -------------------------------------

LABELS = (
    captions.BACKGROUND, captions.ACTION, captions.PLAYERS, captions.TIMEFRAME, captions.COSTS, captions.FUNDING,
    captions.OWNER, captions.INDICATORS, captions.BY_THEME, captions.BY_SOURCE, captions.BY_YEAR,
)  # fmt: skip


@pytest.mark.parametrize("code", REGIONS)
def test_no_pdf_page_ends_with_a_label(exports: dict[str, Any], code: str) -> None:
    tr = labels_for(exports["plans"][code].language)
    labels = {tr(label) for label in LABELS}
    endings = [(number, _lines(page)[-2]) for number, page in enumerate(_pages(exports["files"][code, "pdf"]), 1)]
    assert [(number, line) for number, line in endings if line in labels] == []


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("code", ["PL41", "ITH5"])
def test_the_word_export_through_libreoffice_has_no_blank_page(
    exports: dict[str, Any], code: str, tmp_path: Path
) -> None:
    """A table that ends at the foot of a page used to be followed by an empty paragraph, which fell onto a page
    of its own before the next action's heading started a new page: PL41 had a page with only header and footer."""
    source = exports["files"][code, "docx"]
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=240,
    )
    pages = _pages(tmp_path / f"{code}.pdf")
    title = exports["plans"][code].title
    blank = [number for number, page in enumerate(pages, 1) if len(_lines(page)) <= 2]
    assert blank == []
    assert _lines(pages[0])[-1] != _page_of(code, exports).format(page=1, pages=len(pages))  # a clean title page
    assert _lines(pages[1])[0] == title
    assert _lines(pages[1])[-1] == _page_of(code, exports).format(page=2, pages=len(pages))  # "Strona 2 z 17"


# -- 5. the English summary: amounts and pilots as English writes them ---------------------------------


def _english_summary(path: Path) -> list[str]:
    texts = _texts(path)
    start = texts.index(captions.ENGLISH_SUMMARY)
    return texts[start : start + 40]


def test_the_english_summary_spaces_a_currency_code_from_its_figure(exports: dict[str, Any]) -> None:
    services: Services = exports["services"]
    for code, currency in (("SE31", "SEK"), ("PL41", "PLN"), ("ITH5", "EUR")):
        summary = " ".join(_english_summary(exports["files"][code, "docx"]))
        assert re.findall(rf"{currency}\d", summary) == []
        totals = services.budget.plan_totals(exports["plans"][code].id).plan
        assert totals is not None
        figure = {"EUR": "€"}.get(currency, f"{currency}\xa0") + f"{totals.total:,.2f}"
        assert f"Planned costs: {figure}." in summary


def test_the_english_summary_names_the_pilot_action_in_a_sentence(exports: dict[str, Any]) -> None:
    summary = _english_summary(exports["files"]["ES52", "docx"])
    assert "Action 2 is run as a pilot." in summary  # the demo runs each plan's second action as a pilot
    assert not any("no. 2" in text for text in summary)


def test_two_pilots_are_named_together(export_to: Any, demo: Services) -> None:
    plan = next(p for p in demo.plans.list() if p.region_code == "SE31")
    demo.actions.update(demo.actions.list(plan.id)[4].id, pilot=True)
    summary = _english_summary(export_to("docx", (plan.id,)))
    assert "Actions 2 and 5 are run as pilots." in summary


# -- 6. the partner's own summary matches its plan ------------------------------------------------------

#: Words a summary would use to claim a theme.
THEME_WORDS = {
    "partnership": ("partnership working", "cluster"),
    "digitisation": ("digital", "technology", "e-commerce", "online"),
    "liveability": ("attractiveness", "liveability", "quality of life", "territorial brand", "talent"),
}


def _partners_words(path: Path) -> str:
    summary = _english_summary(path)
    return summary[summary.index("In the partner's words") + 1]


def test_each_partners_summary_is_its_own_and_claims_no_theme_without_money(exports: dict[str, Any]) -> None:
    services: Services = exports["services"]
    plans: dict[str, PlanView] = exports["plans"]
    written = {code: _partners_words(exports["files"][code, "docx"]) for code in REGIONS if code != "UKE4"}
    assert len(set(written.values())) == len(written)
    for code, text in written.items():
        assert text == plans[code].english_summary
        totals = services.budget.plan_totals(plans[code].id).plan
        assert totals is not None
        empty = [theme for theme in THEME_WORDS if not totals.by_theme.get(theme)]
        claimed = [(theme, word) for theme in empty for word in THEME_WORDS[theme] if word in text.lower()]
        assert claimed == [], code
