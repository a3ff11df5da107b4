"""PDF export of the demo: A4, embedded DejaVu fonts, the same content as the Word document, totals to the cent."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pytest

from action_planner.export import captions
from action_planner.export.data import plan_locale
from action_planner.export.formats import Formatter

if TYPE_CHECKING:
    from tests.export.conftest import DemoExports

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ").replace("\u202f", " "))


def _pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout


@pytest.fixture(scope="module")
def text(demo_exports: DemoExports) -> str:
    return _flat(_pdftotext(demo_exports.files["pdf"]))


def test_every_action_title_and_total_is_in_the_pdf(demo_exports: DemoExports, text: str) -> None:
    for plan in demo_exports.plans:
        region = demo_exports.services.regions.get(plan.region_id)
        fmt = Formatter(plan_locale(plan.language, region.country_code))
        totals = demo_exports.totals[plan.id]
        assert totals.plan is not None
        assert _flat(fmt.money(totals.plan.total, plan.currency)) in text
        for action in demo_exports.actions[plan.id]:
            assert _flat(fmt.tr(captions.ACTION_HEADING).format(number=action.number, title=action.title)) in text
            assert action.total is not None
            assert _flat(fmt.money(action.total, plan.currency)) in text
            for line in action.budget_lines:
                assert _flat(fmt.money(line.amount, line.currency)) in text


def test_polish_swedish_and_spanish_letters_survive(text: str) -> None:
    for word in (
        "Śląskie",
        "Urząd Marszałkowski",
        "Gävleborg",
        "Företagspartner",
        "Cámara de Comercio",
        "zł",
        "☒",
        "☐",
    ):
        assert word in text


def test_a4_pages_with_page_x_of_y_and_embedded_fonts(demo_exports: DemoExports) -> None:
    info = subprocess.run(
        ["pdfinfo", str(demo_exports.files["pdf"])], check=True, capture_output=True, text=True
    ).stdout
    found = re.search(r"Pages:\s+(\d+)", info)
    assert found is not None, info
    pages = int(found.group(1))
    assert "(A4)" in info
    assert f"Page 2 of {pages}" in _flat(_pdftotext(demo_exports.files["pdf"], "-f", "2", "-l", "2"))
    first = _flat(_pdftotext(demo_exports.files["pdf"], "-f", "1", "-l", "1"))
    assert "Page 1 of" not in first  # the title page stays clean
    fonts = subprocess.run(
        ["pdffonts", str(demo_exports.files["pdf"])], check=True, capture_output=True, text=True
    ).stdout
    assert "DejaVuSans" in fonts
    assert "Helvetica" not in fonts


def test_pdf_and_word_show_the_same_headings(demo_exports: DemoExports, text: str) -> None:
    word = docx.Document(str(demo_exports.files["docx"]))
    headings = [p.text for p in word.paragraphs if p.style is not None and p.style.name in ("Heading 1", "Heading 2")]
    position = 0
    for heading in headings:
        found = text.find(_flat(heading), position)
        assert found >= 0, heading
        position = found


def test_the_page_header_names_each_plan(demo_exports: DemoExports) -> None:
    layout = _pdftotext(demo_exports.files["pdf"], "-layout")
    pages = layout.split("\f")
    for plan in demo_exports.plans:
        assert any(page.lstrip().startswith(plan.title) for page in pages[1:]), plan.title


def test_outline_lists_plans_and_parts(demo_exports: DemoExports) -> None:
    raw = demo_exports.files["pdf"].read_bytes()
    assert b"/Outlines" in raw
    assert b"/PageMode /UseOutlines" in raw
