"""Issue 16's figures at scale: exports, ``info``, edits, plan switches and the catalogue import at 500 to 50,000
actions.

``python benchmarks/run.py --scale [--max 50000] [--json]`` runs this. Each workspace has 50 actions per plan
(10, 40, 240 and 1,000 plans). Every figure is measured in a fresh child process: its CPU seconds
(``time.process_time`` around the work, imports and set-up left out) and its peak memory (the child's own
``VmHWM``, which includes the interpreter and the libraries). Each figure's growth exponent is the slope of
log(CPU) against log(actions) between two sizes: 1.0 is linear, 2.0 quadratic.

Each floor is the library's fastest honest path to the same content, and the run checks the sameness:

- docx: python-docx's template with the body appended as lxml elements (no python-docx call per paragraph):
  the same paragraphs (style, text) and tables (style, column widths, cell texts) read back from the export
  itself; sameness: the two files' paragraph texts, in order, are equal.
- xlsx: openpyxl ``write_only`` writing everything the export wrote, read back from the export itself (in a
  child of its own, not timed): every cell's value and style (font, fill, border, alignment, protection,
  number format), column widths and styles, row heights, merged ranges, data validations, sheet protection,
  freeze panes, autofilter and print set-up. Rows are appended in order, a ``WriteOnlyCell`` per styled cell,
  each distinct style made once through openpyxl's public attributes and its style array shared by every
  cell of that style. Sameness (both files reopened in a third child): per sheet, the non-empty cells'
  positions, values and types, the count of cells per distinct style, the data validations, column widths
  and protection, row heights, merged ranges, sheet protection, view (freeze panes, autofilter, print titles)
  and print set-up are equal; the sheets that differ are named in ``differ``.
- pdf: reportlab platypus building the exporter's own flowables (same builder, styles and tables) into a
  ``SimpleDocTemplate``, without page headers, numbering or outline; sameness: the two files' page counts.
- catalogue import: ``csv`` + sqlite3 ``executemany`` of the same rows into the same table in one
  transaction; sameness: the count of interventions after the import (both counted with SQL ``count``).

The field edit is ``services.actions.update`` of a title based on the title shown, as the window sends it. The
window's figures come from a main window on Qt's offscreen platform with the workspace open: a plan switch is
selecting the next plan in the navigator until the events are processed (the table, editor, totals and plan
details filled and painted), and a title edit in the window is the editor's undoable command with every view
refreshed; each reports its median CPU and the SQL statements it sent.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ACTIONS_PER_PLAN = 50
SIZES = (500, 2_000, 12_000, 50_000)
#: Floors are measured up to this size (the 50,000-action floors would only repeat what 12,000 shows).
FLOOR_MAX = 12_000
#: The export formats, in the order they are measured.
FORMATS = ("xlsx", "docx", "pdf")
CATALOGUE_ROWS = 100_000
EDITS = 200
#: Plan switches (and title edits) in the window per size, each timed on its own; the median is reported.
SWITCHES = 40

#: Shared by every child: its peak memory and a CPU clock.
PRELUDE = r"""
import json, sys, time, gc

def peak_mb():
    with open("/proc/self/status") as status:
        return int(next(l for l in status if l.startswith("VmHWM:")).split()[1]) / 1024

def report(cpu, **extra):
    print(json.dumps({"cpu_s": cpu, "peak_mb": peak_mb(), **extra}))
"""

EXPORT_CHILD = r"""
import action_planner.export
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
import docx, openpyxl, reportlab.platypus  # imported before the clock starts, as in the app
from action_planner.export.pdf_styles import styles
styles()

fmt, source, output = sys.argv[1:4]
with Workspace.open(source) as workspace:
    services = Services(workspace)
    started = time.process_time()
    EXPORTERS[fmt]().export(services, ExportRequest((), output))
    cpu = time.process_time() - started
report(cpu, bytes=__import__("os").path.getsize(output))
"""

DOCX_FLOOR_CHILD = r"""
import zipfile
import docx
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
exported, output = sys.argv[1:3]

def blocks(path):
    with zipfile.ZipFile(path) as z, z.open("word/document.xml") as f:
        body = etree.parse(f).getroot().find(W + "body")
    out = []
    for el in body:
        if el.tag == W + "p":
            style = el.find(f"{W}pPr/{W}pStyle")
            name = style.get(W + "val") if style is not None else None
            out.append(("p", name, [t.text or "" for t in el.iter(W + "t")]))
        elif el.tag == W + "tbl":
            style = el.find(f"{W}tblPr/{W}tblStyle").get(W + "val")
            widths = [g.get(W + "w") for g in el.iter(W + "gridCol")]
            rows = [[[t.text or "" for t in tc.iter(W + "t")] for tc in tr.iter(W + "tc")] for tr in el.iter(W + "tr")]
            out.append(("t", style, (widths, rows)))
    return out

def texts(path):
    with zipfile.ZipFile(path) as z, z.open("word/document.xml") as f:
        return ["".join(t.text or "" for t in p.iter(W + "t")) for _, p in etree.iterparse(f, tag=W + "p")]

content = blocks(exported)
cell_style = next((s for k, s, _ in content if k == "p" and s and s.startswith("Table")), "Normal")
gc.collect()
started = time.process_time()
document = docx.Document()
body = document.element.body
sect = body[-1]
SE = etree.SubElement

def paragraph(parent, style, lines):
    p = etree.Element(W + "p") if parent is None else SE(parent, W + "p")
    if style:
        SE(SE(p, W + "pPr"), W + "pStyle", {W + "val": style})
    if lines:
        r = SE(p, W + "r")
        for index, line in enumerate(lines):
            if index:
                SE(r, W + "br")
            SE(r, W + "t").text = line
    return p

for kind, style, value in content:
    if kind == "p":
        sect.addprevious(paragraph(None, style, value))
    else:
        widths, rows = value
        tbl = etree.Element(W + "tbl")
        pr = SE(tbl, W + "tblPr")
        SE(pr, W + "tblStyle", {W + "val": style})
        grid = SE(tbl, W + "tblGrid")
        for width in widths:
            SE(grid, W + "gridCol", {W + "w": width})
        for cells in rows:
            tr = SE(tbl, W + "tr")
            for lines, width in zip(cells, widths):
                tc = SE(tr, W + "tc")
                SE(SE(tc, W + "tcPr"), W + "tcW", {W + "w": width, W + "type": "dxa"})
                paragraph(tc, cell_style, lines)
        sect.addprevious(tbl)
document.save(output)
cpu = time.process_time() - started
same = texts(exported) == texts(output)
report(cpu, same=same, blocks=len(content))
"""

#: Reads everything the xlsx export wrote (openpyxl's normal mode, not timed) into a pickle for the floor: per
#: sheet its cells (row, column, value, data type, style number), the distinct styles as openpyxl's own style
#: objects (font, fill, border, alignment, protection, number format; None where the default), column widths
#: and styles, row heights, merged ranges, data validations, protection, freeze panes, autofilter and print set-up.
XLSX_READ_CHILD = r"""
import pickle
from copy import copy
import openpyxl
exported, content_path = sys.argv[1:3]
book = openpyxl.load_workbook(exported)
styles, style_ids = [], {}

def style_of(cell):
    key = tuple(cell._style)
    found = style_ids.get(key)
    if found is None:
        s = cell._style
        found = style_ids[key] = len(styles)
        styles.append((
            book._fonts[s.fontId] if s.fontId else None,
            book._fills[s.fillId] if s.fillId else None,
            book._borders[s.borderId] if s.borderId else None,
            book._alignments[s.alignmentId] if s.alignmentId else None,
            book._protections[s.protectionId] if s.protectionId else None,
            cell.number_format if s.numFmtId else None,
        ))
    return found

sheets = []
for ws in book.worksheets:
    rows = []
    for row in ws.iter_rows():
        # An empty text (written as an inline string without text) reads back as None: it is "" again.
        cells = [(c.column, "" if c.value is None and c.data_type == "inlineStr" else c.value, c.data_type,
                  style_of(c) if c.has_style else None)
                 for c in row if c.value is not None or c.has_style]
        rows.append(cells)
    dimensions = ws.column_dimensions.items()
    columns = {letter: (d.width, copy(d.protection) if d.has_style else None) for letter, d in dimensions}
    heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height is not None}
    fields = ("orientation", "paperSize", "scale", "fitToWidth", "fitToHeight")
    setup = {name: getattr(ws.page_setup, name) for name in fields}
    sheets.append(dict(
        title=ws.title, state=ws.sheet_state, rows=rows, columns=columns, heights=heights,
        merged=[str(r) for r in ws.merged_cells.ranges], validations=list(ws.data_validations.dataValidation),
        protection=copy(ws.protection), freeze=ws.freeze_panes, filter=ws.auto_filter.ref, setup=setup,
        fit=ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        margins=copy(ws.page_margins), options=copy(ws.print_options), footer=ws.oddFooter.center.text,
        title_rows=ws.print_title_rows, title_cols=ws.print_title_cols, col_breaks=[b.id for b in ws.col_breaks.brk],
    ))
workbook = dict(title=book.properties.title, creator=book.properties.creator, styles=styles, sheets=sheets)
with open(content_path, "wb") as f:
    pickle.dump(workbook, f, protocol=pickle.HIGHEST_PROTOCOL)
report(0.0, cells=sum(len(r) for s in sheets for r in s["rows"]), styles=len(styles))
"""

#: openpyxl's fastest honest path to that same content: ``write_only`` sheets appended row by row, a
#: ``WriteOnlyCell`` per styled cell sharing the style array of its style (each distinct style made once
#: through openpyxl's public attributes). Setting the six attributes on every cell instead costs 1.3× more.
XLSX_FLOOR_CHILD = r"""
import pickle
import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break
content_path, output = sys.argv[1:3]
with open(content_path, "rb") as f:
    workbook = pickle.load(f)
gc.collect()
started = time.process_time()
book = openpyxl.Workbook(write_only=True)
book.properties.title, book.properties.creator = workbook["title"], workbook["creator"]
book.calculation.fullCalcOnLoad = True
styles, looks = workbook["styles"], {}

def look(ws, style):
    # The style array of one distinct style: a cell styled once through openpyxl's public attributes, its
    # array then shared by every cell of that style (a written cell is never changed).
    found = looks.get(style)
    if found is None:
        template = WriteOnlyCell(ws)
        font, fill, border, alignment, protection, number_format = styles[style]
        if font is not None:
            template.font = font
        if fill is not None:
            template.fill = fill
        if border is not None:
            template.border = border
        if alignment is not None:
            template.alignment = alignment
        if protection is not None:
            template.protection = protection
        if number_format is not None:
            template.number_format = number_format
        found = looks[style] = template._style
    return found

for content in workbook["sheets"]:
    ws = book.create_sheet(content["title"])
    ws.sheet_state = content["state"]
    for letter, (width, protection) in content["columns"].items():
        dimension = ws.column_dimensions[letter]
        dimension.width = width
        if protection is not None:
            dimension.protection = protection
    for row, height in content["heights"].items():
        ws.row_dimensions[row].height = height
    ws.freeze_panes = content["freeze"]
    ws.auto_filter.ref = content["filter"]
    for ref in content["merged"]:
        ws.merged_cells.add(CellRange(ref))
    for validation in content["validations"]:
        ws.data_validations.append(validation)
    ws.protection = content["protection"]
    for name, value in content["setup"].items():
        setattr(ws.page_setup, name, value)
    if content["fit"] is not None:
        ws.sheet_properties.pageSetUpPr.fitToPage = content["fit"]
    ws.page_margins, ws.print_options = content["margins"], content["options"]
    ws.oddFooter.center.text = content["footer"]
    if content["title_rows"]:
        ws.print_title_rows = content["title_rows"]
    if content["title_cols"]:
        ws.print_title_cols = content["title_cols"]
    for column in content["col_breaks"]:
        ws.col_breaks.append(Break(id=column))
    for cells in content["rows"]:
        out = [None] * (cells[-1][0] if cells else 0)
        for column, value, data_type, style in cells:
            if style is None and not (data_type == "s" and isinstance(value, str) and value.startswith("=")):
                out[column - 1] = value
                continue
            cell = WriteOnlyCell(ws, value)
            if data_type == "s":
                cell.data_type = "s"
            if style is not None:
                cell._style = look(ws, style)
            out[column - 1] = cell
        ws.append(out)
book.save(output)
cpu = time.process_time() - started
report(cpu, cells=sum(len(r) for s in workbook["sheets"] for r in s["rows"]))
"""

#: The sameness check: both files reopened (openpyxl's normal mode), compared sheet by sheet.
XLSX_SAME_CHILD = r"""
from collections import Counter
import openpyxl
exported, output = sys.argv[1:3]

def look(book, cell, cache):
    key = tuple(cell._style)
    found = cache.get(key)
    if found is None:
        s = cell._style
        found = cache[key] = (book._fonts[s.fontId], book._fills[s.fillId], book._borders[s.borderId],
                              book._alignments[s.alignmentId], book._protections[s.protectionId], cell.number_format)
    return found

def signature(path):
    book = openpyxl.load_workbook(path)
    sheets, cache = [], {}
    for ws in book.worksheets:
        values, looks = [], Counter()
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    values.append((c.row, c.column, c.value, c.data_type))
                if c.has_style:
                    looks[look(book, c, cache)] += 1
        sheets.append({
            "title": ws.title, "state": ws.sheet_state, "values": values, "styles": looks,
            "validations": sorted(
                (v.type, str(v.sqref), v.formula1, v.formula2, v.operator, v.error, v.errorTitle, v.allow_blank)
                for v in ws.data_validations.dataValidation
            ),
            "widths": {k: d.width for k, d in ws.column_dimensions.items()},
            "column_protection": {k: d.protection.locked for k, d in ws.column_dimensions.items()},
            "heights": {r: d.height for r, d in ws.row_dimensions.items() if d.height is not None},
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "protection": (ws.protection.sheet, ws.protection.sort, ws.protection.autoFilter, ws.protection.insertRows),
            "view": (ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows, ws.print_title_cols),
            "print": (ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.scale, ws.page_setup.fitToWidth,
                      ws.page_setup.fitToHeight, [b.id for b in ws.col_breaks.brk], ws.oddFooter.center.text),
        })
    return sheets

a, b = signature(exported), signature(output)
differ = sorted({f"{x['title']}.{k}" for x, y in zip(a, b) for k in x if x[k] != y[k]})
if len(a) != len(b):
    differ.append("sheets")
report(0.0, same=not differ, differ=differ[:10], cells=sum(len(s["values"]) for s in a),
       styles=sum(len(s["styles"]) for s in a))
"""

PDF_FLOOR_CHILD = r"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate
from action_planner.export.data import gather
from action_planner.export.pdf_export import _Builder
from action_planner.export.pdf_styles import MARGIN_MM, styles
from action_planner.export.plan_document import build_document
from action_planner.export.request import Steps
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

source, exported, output = sys.argv[1:4]
with Workspace.open(source) as workspace:
    document = build_document(gather(Services(workspace), (), Steps(1, None, None)))
styles()
gc.collect()
started = time.process_time()
doc = SimpleDocTemplate(output, pagesize=A4, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
                        topMargin=MARGIN_MM * mm, bottomMargin=MARGIN_MM * mm)
builder = _Builder(doc.width)
story = []
for index, section in enumerate(document.sections):
    if index:
        story.append(PageBreak())
    for block in section.title_page.blocks:
        story += builder.block(block)
    for part in section.parts:
        if part.new_page:
            story.append(PageBreak())
        for block in part.blocks:
            story += builder.block(block)
doc.build(story)
cpu = time.process_time() - started

def pages(path):
    return len(re.findall(rb"/Type /Page\b(?!s)", open(path, "rb").read()))

report(cpu, same=pages(exported) == pages(output), pages=pages(output), exported_pages=pages(exported))
"""

INFO_CHILD = r"""
from action_planner.cli import info_document
started = time.process_time()
document = info_document(sys.argv[1])
json.dumps(document)
cpu = time.process_time() - started
report(cpu, actions=sum(len(p["actions"]) for r in document["regions"] for p in r["plans"]))
"""

EDIT_CHILD = r"""
import random, sqlite3, statistics, shutil
from sqlalchemy import text
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

source, floor_copy, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.copyfile(source, floor_copy)
times = []
with Workspace.open(source) as workspace:
    services = Services(workspace)
    with workspace.reading() as session:
        titles = dict(session.execute(text("SELECT id, title FROM actions")).all())
    ids = list(titles)
    rng = random.Random(16)
    chosen = [rng.choice(ids) for _ in range(edits)]
    for number, ident in enumerate(chosen):
        title = f"Edited title {number}"
        started = time.process_time()
        services.actions.update(ident, {"title": titles[ident]}, title=title)  # based on what was shown, as the window
        times.append(time.process_time() - started)
        titles[ident] = title
db = sqlite3.connect(floor_copy, isolation_level=None)
for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
    db.execute(f"PRAGMA {pragma}")
floors = []
for number, ident in enumerate(chosen):
    started = time.process_time()
    db.execute("BEGIN")
    db.execute("UPDATE actions SET title = ? WHERE id = ?", (f"Edited title {number}", ident))
    db.execute("COMMIT")
    floors.append(time.process_time() - started)
db.close()
report(statistics.median(times), floor_cpu_s=statistics.median(floors), edits=edits)
"""

WINDOW_CHILD = r"""
import os, statistics, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same platform on every machine
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, event
app = QApplication([])
from action_planner.ui.commands.actions import EditAction
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings

source, rounds = sys.argv[1], int(sys.argv[2])
sent = []
event.listen(Engine, "before_cursor_execute", lambda *args: sent.append(1))
document = Document.open(source)
window = MainWindow(document, AppSettings())
window.resize(1366, 768)
window.show()
for _ in range(5):
    app.processEvents()
plans = document.services.plans.list()

def switch(number):
    window.navigator.select_plan(plans[number % len(plans)].id)
    app.processEvents()

for number in range(3):  # the first switches warm Qt's caches
    switch(number)
switches, switch_statements = [], []
for number in range(3, 3 + rounds):
    sent.clear()
    started = time.process_time()
    switch(number)
    switches.append(time.process_time() - started)
    switch_statements.append(len(sent))
edits, edit_statements = [], []
for number in range(rounds):
    view = window.action_editor.view
    values, shown = {"title": f"Edited in the window {number}"}, {"title": view.title}
    sent.clear()
    started = time.process_time()
    document.undo_stack.run(EditAction(document.services, view.id, values, "Edit title", shown))
    app.processEvents()
    edits.append(time.process_time() - started)
    edit_statements.append(len(sent))
window.close()
document.close()
report(
    statistics.median(switches),
    switch_statements=statistics.median(switch_statements),
    window_edit_cpu_s=statistics.median(edits),
    window_edit_statements=statistics.median(edit_statements),
    rounds=rounds,
)
"""

CATALOGUE_CHILD = r"""
from sqlalchemy import func, select
from action_planner.export.catalogue_files import import_catalogue
from action_planner.model.entities import Intervention
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

target, csv_path = sys.argv[1:3]
with Workspace.open(target) as workspace:
    services = Services(workspace)
    started = time.process_time()
    result = import_catalogue(services, csv_path)
    cpu = time.process_time() - started
    with workspace.reading() as session:  # counted in SQL as the floor counts: listing 100,000 views is no import
        count = session.scalar(select(func.count()).select_from(Intervention))
report(cpu, interventions=count)
"""

CATALOGUE_FLOOR_CHILD = r"""
import csv, sqlite3
target, csv_path = sys.argv[1:3]
started = time.process_time()
db = sqlite3.connect(target, isolation_level=None)
db.execute("PRAGMA foreign_keys = ON")
themes = dict(db.execute("SELECT code, id FROM themes"))
with open(csv_path, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.DictReader(f))
db.execute("BEGIN")
db.executemany(
    "INSERT INTO interventions (code, name, theme_id, description, cost_facts, source, builtin) "
    "VALUES (?, ?, ?, ?, '', '', 0)",
    [(r["code"], r["name"], themes[r["theme"]], r.get("description", "")) for r in rows],
)
db.execute("COMMIT")
cpu = time.process_time() - started
count = db.execute("SELECT count(*) FROM interventions").fetchone()[0]
db.close()
report(cpu, interventions=count)
"""


def run_child(code: str, *args: str, env: dict[str, str], timeout: float = 3600) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its last line of output is its JSON figure."""
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit {done.returncode}"}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def exponent(small: tuple[int, float], large: tuple[int, float]) -> float | None:
    """The slope of log(cost) against log(size) between two measurements."""
    (n1, c1), (n2, c2) = small, large
    if min(c1, c2) <= 0 or n1 == n2:
        return None
    return math.log(c2 / c1) / math.log(n2 / n1)


def measure_size(
    actions: int,
    work: Path,
    env: dict[str, str],
    *,
    floors: bool,
    exports: Sequence[str] = FORMATS,
    reads: bool = True,
) -> dict[str, Any]:
    """Every figure at one size: the ``exports`` (each with its floor when ``floors``), then unless ``reads`` is
    False ``info``, the edits and the window; the workspace is built first (not measured)."""
    from benchmarks.large_workspace import build_large

    source = work / f"ws-{actions}.actionplan"
    build_large(source, regions=max(1, actions // ACTIONS_PER_PLAN), actions=ACTIONS_PER_PLAN)
    figures: dict[str, Any] = {}
    for fmt in exports:
        output = work / f"export-{actions}.{fmt}"
        figures[f"{fmt}_export"] = run_child(EXPORT_CHILD, fmt, str(source), str(output), env=env)
        print(f"  {actions:>6} {fmt} export {figures[f'{fmt}_export']}", file=sys.stderr)
        if floors and "error" not in figures[f"{fmt}_export"]:
            floor = work / f"floor-{actions}.{fmt}"
            if fmt == "pdf":
                figures["pdf_floor"] = run_child(PDF_FLOOR_CHILD, str(source), str(output), str(floor), env=env)
            elif fmt == "xlsx":
                figures["xlsx_floor"] = xlsx_floor(output, floor, work, env)
            else:
                figures["docx_floor"] = run_child(DOCX_FLOOR_CHILD, str(output), str(floor), env=env)
            print(f"  {actions:>6} {fmt} floor  {figures[f'{fmt}_floor']}", file=sys.stderr)
            floor.unlink(missing_ok=True)
        output.unlink(missing_ok=True)
    if not reads:
        for leftover in work.glob(f"ws-{actions}.actionplan*"):
            leftover.unlink()
        return figures
    figures["info_json"] = run_child(INFO_CHILD, str(source), env=env)
    figures["field_edit"] = run_child(EDIT_CHILD, str(source), str(work / "edit-floor.actionplan"), str(EDITS), env=env)
    figures["plan_switch"] = run_child(WINDOW_CHILD, str(source), str(SWITCHES), env=env)
    print(f"  {actions:>6} info {figures['info_json']}  edit {figures['field_edit']}", file=sys.stderr)
    print(f"  {actions:>6} plan switch and window edit {figures['plan_switch']}", file=sys.stderr)
    for leftover in work.glob(f"ws-{actions}.actionplan*"):
        leftover.unlink()
    for leftover in work.glob("edit-floor.actionplan*"):
        leftover.unlink()
    return figures


def xlsx_floor(exported: Path, floor: Path, work: Path, env: dict[str, str]) -> dict[str, Any]:
    """The xlsx floor in three children: the export's content read (not timed), the floor writing it (timed, its
    own peak), and both files compared (``same``, with the first parts that differ)."""
    content = work / "xlsx-content.pickle"
    try:
        read = run_child(XLSX_READ_CHILD, str(exported), str(content), env=env)
        if "error" in read:
            return read
        figure = run_child(XLSX_FLOOR_CHILD, str(content), str(floor), env=env)
        if "error" in figure:
            return figure
        check = run_child(XLSX_SAME_CHILD, str(exported), str(floor), env=env)
        if "error" in check:
            return {**figure, "same": False, "differ": [check["error"]]}
        return {**figure, "same": check["same"], "differ": check["differ"], "styles": read["styles"]}
    finally:
        content.unlink(missing_ok=True)


def catalogue_csv(path: Path, rows: int) -> Path:
    """``rows`` new interventions in the catalogue's CSV layout, spread over the four themes."""
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "name", "theme", "description"])
        for number in range(rows):
            theme = ("partnership", "digitisation", "liveability", "export")[number % 4]
            writer.writerow([f"X{number:06d}", f"Imported intervention {number}", theme, f"Description {number}."])
    return path


def measure_catalogue(work: Path, env: dict[str, str], rows: int = CATALOGUE_ROWS) -> dict[str, Any]:
    from action_planner.model.workspace import Workspace

    csv_path = catalogue_csv(work / "catalogue.csv", rows)
    results: dict[str, Any] = {"rows": rows}
    for key, child in (("import", CATALOGUE_CHILD), ("floor", CATALOGUE_FLOOR_CHILD)):
        target = work / f"catalogue-{key}.actionplan"
        with Workspace.create(target):
            pass
        results[key] = run_child(child, str(target), str(csv_path), env=env)
        print(f"  catalogue {key} {results[key]}", file=sys.stderr)
    return results


def _ratio(figures: dict[str, Any], fmt: str) -> float | None:
    export, floor = figures.get(f"{fmt}_export", {}), figures.get(f"{fmt}_floor", {})
    if "cpu_s" not in export or "cpu_s" not in floor:
        return None
    return float(export["cpu_s"]) / float(floor["cpu_s"])


def run_scale(
    sizes: Sequence[int],
    env: dict[str, str],
    *,
    catalogue: bool = True,
    exports: Sequence[str] = FORMATS,
    reads: bool = True,
    floor_max: int = FLOOR_MAX,
) -> dict[str, Any]:
    """The figures at every size, the exponents between sizes, the floors' ratios, the catalogue import."""
    work = Path(tempfile.mkdtemp(prefix="action-planner-scale-"))
    try:
        by_size = {n: measure_size(n, work, env, floors=n <= floor_max, exports=exports, reads=reads) for n in sizes}
        catalogue_figures = measure_catalogue(work, env) if catalogue else None
    finally:
        for leftover in sorted(work.glob("*"), reverse=True):
            leftover.unlink()
        work.rmdir()
    keys = ("xlsx_export", "docx_export", "pdf_export", "info_json", "field_edit", "plan_switch")
    exponents: dict[str, dict[str, float | None]] = {}
    ordered = sorted(by_size)
    for key in keys:
        exponents[key] = {}
        for small, large in itertools.pairwise(ordered):
            a, b = by_size[small].get(key, {}), by_size[large].get(key, {})
            if "cpu_s" in a and "cpu_s" in b:
                exponents[key][f"{small}->{large}"] = exponent((small, a["cpu_s"]), (large, b["cpu_s"]))
    ratios = {f"{fmt}_vs_floor": {str(n): _ratio(by_size[n], fmt) for n in ordered} for fmt in ("docx", "xlsx", "pdf")}
    return {
        "measured_on": date.today().isoformat(),
        "cpus": os.cpu_count(),
        "actions_per_plan": ACTIONS_PER_PLAN,
        "sizes": {str(n): by_size[n] for n in ordered},
        "exponents": exponents,
        "ratios": ratios,
        "catalogue_import": catalogue_figures,
    }


def scale_table(result: dict[str, Any]) -> str:
    """A Markdown table of CPU seconds / peak MiB per size, then exponents and ratios."""
    sizes = list(result["sizes"])
    lines = ["| figure | " + " | ".join(f"{int(n):,}" for n in sizes) + " |", "|---" * (len(sizes) + 1) + "|"]
    for key in ("xlsx_export", "xlsx_floor", "docx_export", "docx_floor", "pdf_export", "pdf_floor", "info_json"):
        cells = []
        for n in sizes:
            figure = result["sizes"][n].get(key)
            if figure is None:
                cells.append("–")
            elif "error" in figure:
                cells.append(f"error: {figure['error'][:40]}")
            else:
                cells.append(f"{figure['cpu_s']:.2f} / {figure['peak_mb']:.0f}")
        lines.append(f"| {key}, CPU s / peak MiB | " + " | ".join(cells) + " |")
    edits = []
    for n in sizes:
        figure = result["sizes"][n].get("field_edit", {})
        edits.append(f"{figure['cpu_s'] * 1000:.2f} ({figure['floor_cpu_s'] * 1000:.2f})" if "cpu_s" in figure else "–")
    lines.append("| field edit, CPU ms median (UPDATE+COMMIT floor) | " + " | ".join(edits) + " |")
    switches, window_edits = [], []
    for n in sizes:
        figure = result["sizes"][n].get("plan_switch", {})
        if "cpu_s" in figure:
            switches.append(f"{figure['cpu_s'] * 1000:.1f} ({figure['switch_statements']:.0f} statements)")
            window_edits.append(f"{figure['window_edit_cpu_s'] * 1000:.1f} ({figure['window_edit_statements']:.0f})")
        else:
            switches.append("–")
            window_edits.append("–")
    lines.append("| plan switch in the window, CPU ms median | " + " | ".join(switches) + " |")
    lines.append("| title edit in the window, CPU ms median (statements) | " + " | ".join(window_edits) + " |")
    lines.append("")
    for key, slopes in result["exponents"].items():
        shown = ", ".join(f"{span}: {value:.2f}" for span, value in slopes.items() if value is not None)
        lines.append(f"- exponent {key}: {shown}")
    for key, values in result["ratios"].items():
        shown = ", ".join(f"{n}: {value:.2f}" for n, value in values.items() if value is not None)
        lines.append(f"- {key}: {shown}")
    catalogue = result.get("catalogue_import")
    if catalogue and "cpu_s" in catalogue.get("import", {}) and "cpu_s" in catalogue.get("floor", {}):
        imp, floor = catalogue["import"], catalogue["floor"]
        lines.append(
            f"- catalogue import of {catalogue['rows']:,} rows: {imp['cpu_s']:.2f} s / {imp['peak_mb']:.0f} MiB, "
            f"floor {floor['cpu_s']:.2f} s / {floor['peak_mb']:.0f} MiB, ratio {imp['cpu_s'] / floor['cpu_s']:.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Some of the figures alone, such as one format's export: ``python benchmarks/scale.py --formats pdf
    --sizes 12000,50000 --json`` (``run.py --scale`` measures them all)."""
    import argparse

    if str(ROOT) not in sys.path:  # run as a script from a checkout
        sys.path.insert(0, str(ROOT))
    from benchmarks.run import _child_env

    parser = argparse.ArgumentParser(description="Issue 16's figures at scale, some of them.")
    parser.add_argument("--sizes", type=lambda text: [int(n) for n in text.split(",")], default=list(SIZES))
    parser.add_argument("--formats", type=lambda text: text.split(","), default=list(FORMATS), help="e.g. pdf")
    parser.add_argument("--reads", action="store_true", help="also info, the field edit and the window's figures")
    parser.add_argument("--catalogue", action="store_true", help="also the catalogue import")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)
    unknown = set(args.formats) - set(FORMATS)
    if unknown:
        parser.error(f"unknown format(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="action-planner-env-") as home:
        result = run_scale(
            args.sizes, _child_env(Path(home)), catalogue=args.catalogue, exports=args.formats, reads=args.reads
        )
    print(json.dumps(result, indent=2) if args.json else scale_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
