"""Word comments import timing: the large workspace's Word export with partners' comments, beside lxml alone.

Run: ``python benchmarks/word_review_bench.py [--repeat N] [--comments N]``. The large workspace (50 plans × 40
actions) is exported to Word as one file, python-docx adds N comments (default 200) on action headings spread
over the plans, and ``read_review`` is timed: size and zip-bomb checks, custom properties, python-docx opening
the file, the walk over the body placing each comment, the services' reads of the plans' actions and of the
comments already kept. The floor is the fastest honest path to the same content: lxml parsing
``word/document.xml`` and ``word/comments.xml`` from the zip and iterating the same bookmark and comment marks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workspace import build_large

from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
from action_planner.export.review_import import read_review
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def floor(path: Path) -> int:
    """Parse the body and the comments with lxml and visit every mark the import looks at."""
    parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"), parser)
        comments = etree.fromstring(archive.read("word/comments.xml"), parser)
    tags = (f"{W}bookmarkStart", f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}commentReference", f"{W}t")
    marks = sum(1 for _ in body.iter(*tags))
    return marks + sum(1 for _ in comments.iter(f"{W}comment"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--comments", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = build_large(Path(folder) / "large.actionplan")
        with Workspace.open(path) as workspace:
            services = Services(workspace)
            started = time.perf_counter()
            word = EXPORTERS["docx"]().export(services, ExportRequest((), Path(folder) / "plans.docx"))
            export_s = time.perf_counter() - started
            document = docx.Document(str(word))
            headings = [p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 3"]
            step = max(1, len(headings) // args.comments)
            for index, heading in enumerate(headings[::step][: args.comments]):
                document.add_comment(heading.runs, text=f"Comment {index} on this action.", author="Bench Reviewer")
            document.save(str(word))
            size = word.stat().st_size / 1e6
            found = read_review(services, word)
            import_s = best(lambda: read_review(services, word), args.repeat)
            floor_s = best(lambda: floor(word), args.repeat)
        print(f"Word export: {len(headings):,} actions, {size:.1f} MB, written in {export_s:.2f} s")
        print(f"import placed {len(found.comments)} comments on actions, {len(found.unattached)} not attached")
        print(f"word_review_import_s {import_s:.2f}  floor (lxml) {floor_s:.2f}  ratio {import_s / floor_s:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
