"""Word and PDF exports carry their own identity: properties, language, plan names in the navigation, contents."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
import pypdf
import pytest

from action_planner.cli import main
from action_planner.export import captions
from action_planner.export.data import plan_locale
from action_planner.export.formats import Formatter
from action_planner.model.services import Services
from action_planner.model.views import PlanView

if TYPE_CHECKING:
    from tests.export.conftest import DemoExports

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEMPLATE_LEFTOVERS = (b"python-docx", b"2013-12-23", b"Microsoft Macintosh Word", b"thumbnail")


def _lang(reader: pypdf.PdfReader) -> object:
    """The PDF's document language (the catalogue's /Lang)."""
    root: Any = reader.trailer["/Root"]
    return root["/Lang"]


def _style(paragraph: Any) -> str:
    return str(paragraph.style.name) if paragraph.style is not None else ""


def _plan(demo: Services, language: str) -> PlanView:
    return next(p for p in demo.plans.list() if p.language == language)


def _recent(moment: datetime | None, before: datetime, after: datetime) -> bool:
    assert moment is not None
    return before - timedelta(seconds=1) <= moment <= after + timedelta(seconds=1)


def _default_language(document: Any) -> str:
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    return str(lang.get(f"{W}val"))


def _run_languages(document: Any, text: str) -> set[str | None]:
    """The w:lang of every run of the paragraphs whose text is ``text`` (None: the document's language)."""
    found: set[str | None] = set()
    for p in document.element.body.iter(f"{W}p"):
        if "".join(t.text or "" for t in p.iter(f"{W}t")) == text:
            for run in p.iter(f"{W}r"):
                lang = run.find(f"{W}rPr/{W}lang")
                found.add(None if lang is None else lang.get(f"{W}val"))
    return found


def test_one_italian_plan_is_titled_authored_dated_and_in_italian(
    export_to: Callable[..., Path], demo: Services
) -> None:
    plan = _plan(demo, "it")
    region = demo.regions.get(plan.region_id)
    before = datetime.now(UTC)
    path = export_to("docx", (plan.id,))
    after = datetime.now(UTC)
    document = docx.Document(str(path))
    core = document.core_properties
    assert core.title == plan.title
    assert core.author == plan.partner_organisation == "ERVET / ART-ER"
    assert core.last_modified_by == plan.contact_name
    assert core.subject == f"Piano d'azione – {plan.project}"
    assert plan.project in core.keywords
    assert region.code in core.keywords
    assert core.language == "it-IT"
    assert core.comments == ""
    assert core.revision == 1
    assert _recent(core.created, before, after)
    assert _recent(core.modified, before, after)
    assert _default_language(document) == "it-IT"  # Word spell-checks the plan in Italian
    # the English summary says it is English; the plan's own text carries no language of its own
    assert _run_languages(document, captions.NATURE) == {"en-GB"}
    assert _run_languages(document, "Parte I – Informazioni generali") == {None}
    with zipfile.ZipFile(path) as package:
        props = b"".join(package.read(n) for n in package.namelist() if n.startswith("docProps/"))
        names = package.namelist()
    assert not [leftover for leftover in TEMPLATE_LEFTOVERS if leftover in props]
    assert "docProps/thumbnail.jpeg" not in names
    assert "word/stylesWithEffects.xml" not in names  # the template's styles in en-US, which Word 2010 kept
    assert b"<Application>Action Planner</Application>" in props


def test_the_whole_workspace_is_titled_by_the_workspace_and_each_plan_keeps_its_language(
    demo_exports: DemoExports,
) -> None:
    document = docx.Document(str(demo_exports.files["docx"]))
    core = document.core_properties
    workspace = demo_exports.services.workspace.path.stem
    assert core.title == workspace
    assert core.language == "en-GB"  # six plans in five languages: the programme's language overall
    assert _default_language(document) == "en-GB"
    partners = [p.partner_organisation for p in demo_exports.plans]
    assert core.author == "; ".join(partners)
    assert core.created is not None
    assert core.created.year > 2013
    for plan in demo_exports.plans:
        region = demo_exports.services.regions.get(plan.region_id)
        tag = plan_locale(plan.language, region.country_code).replace("_", "-")
        expected = None if tag == "en-GB" else tag
        assert _run_languages(document, plan.title) == {expected}, plan.title
        part_one = Formatter(plan_locale(plan.language, region.country_code)).tr(captions.PART_I)
        assert expected in _run_languages(document, part_one)


def test_the_pdf_carries_title_author_subject_keywords_language_and_an_outline_per_plan(
    demo_exports: DemoExports,
) -> None:
    reader = pypdf.PdfReader(str(demo_exports.files["pdf"]))
    info = reader.metadata
    assert info is not None
    assert info.title == demo_exports.services.workspace.path.stem
    assert info.author == "; ".join(p.partner_organisation for p in demo_exports.plans)
    assert info.subject == "Action Plan – Compete-In"
    assert "West Yorkshire (UKE4)" in str(info["/Keywords"])
    assert _lang(reader) == "en-GB"
    outline = reader.outline
    tops = [item.title for item in outline if not isinstance(item, list)]
    assert tops == [p.title for p in demo_exports.plans]
    # under each plan its parts and actions, in the order (and at the levels) of the Word export's headings
    flat: list[tuple[int, str]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                flat.append((depth, item.title))

    walk(outline, 0)
    word = docx.Document(str(demo_exports.files["docx"]))
    headings = [(int(_style(p)[-1]) - 1, p.text) for p in word.paragraphs if _style(p).startswith("Heading")]
    assert flat == headings


def test_one_plan_pdf_names_its_partner_and_language(export_to: Callable[..., Path], demo: Services) -> None:
    plan = _plan(demo, "sv")
    reader = pypdf.PdfReader(str(export_to("pdf", (plan.id,))))
    info = reader.metadata
    assert info is not None
    assert info.title == plan.title
    assert info.author == plan.partner_organisation
    assert _lang(reader) == "sv-SE"
    assert [item.title for item in reader.outline if not isinstance(item, list)] == [plan.title]


def _contents(document: Any) -> tuple[list[str], list[str]]:
    """The contents' heading and entries (by style), and the bookmarks the entries' page numbers refer to."""
    entries = [p for p in document.paragraphs if _style(p).startswith("toc ")]
    refs = [
        instr.text.split()[1]
        for p in entries
        for instr in p._p.iter(f"{W}instrText")
        if instr.text.strip().startswith("PAGEREF")
    ]
    return [p.text.rstrip("\t") for p in entries], refs  # the tab before the page number


def test_a_table_of_contents_lists_every_heading_on_request(demo: Services, tmp_path: Path) -> None:
    plain, with_toc = tmp_path / "plain.docx", tmp_path / "toc.docx"
    workspace = str(demo.workspace.path)
    assert main(["export", workspace, "--format", "docx", "--output", str(plain)]) == 0
    assert main(["export", workspace, "--format", "docx", "--output", str(with_toc), "--toc"]) == 0
    assert _contents(docx.Document(str(plain))) == ([], [])  # off by default
    document = docx.Document(str(with_toc))
    assert _style(document.paragraphs[0]) == "TOC Heading"
    assert document.paragraphs[0].text == captions.CONTENTS
    headings = [p for p in document.paragraphs if _style(p).startswith("Heading")]
    texts, refs = _contents(document)
    assert texts == [p.text for p in headings]
    assert [p.text for p in headings if _style(p) == "Heading 1"] == [p.title for p in demo.plans.list()]
    # each entry's page number refers to the bookmark on its own heading
    marks = [
        next(n for b in p._p.iter(f"{W}bookmarkStart") if (n := b.get(f"{W}name")).startswith("_Toc")) for p in headings
    ]
    assert refs == marks
    assert len(set(marks)) == len(marks)
    instructions = [i.text for i in document.element.body.iter(f"{W}instrText")]
    assert any(i.strip().startswith("TOC \\o") for i in instructions)
    assert document.settings.element.find(f"{W}updateFields") is not None  # Word fills the numbers in on opening


def test_toc_is_refused_for_a_workbook(demo: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "plans.xlsx"
    code = main(["export", str(demo.workspace.path), "--format", "xlsx", "--output", str(output), "--toc"])
    assert code == 2
    assert "--toc is for Word exports" in capsys.readouterr().err
    assert not output.exists()


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_identity_contents_and_plan_headings(demo_exports: DemoExports, tmp_path: Path) -> None:
    from action_planner.export.registry import EXPORTERS
    from action_planner.export.request import ExportRequest
    from tests.export.test_libreoffice import convert

    services = demo_exports.services
    source = EXPORTERS["docx"]().export(services, ExportRequest((), tmp_path / "plans.docx", table_of_contents=True))
    pdf = convert(source, "pdf", tmp_path / "lo")
    reader = pypdf.PdfReader(str(pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == services.workspace.path.stem
    assert info.author == "; ".join(p.partner_organisation for p in demo_exports.plans)
    assert _lang(reader) == "en-GB"
    # LibreOffice's own bookmarks come from the headings: the plans by name at the top level
    assert [i.title for i in reader.outline if not isinstance(i, list)] == [p.title for p in demo_exports.plans]
    first = reader.pages[0].extract_text()
    assert first.lstrip().startswith(captions.CONTENTS)
    assert demo_exports.plans[0].title in first
    assert "python-docx" not in "".join(page.extract_text() for page in reader.pages[:3])
