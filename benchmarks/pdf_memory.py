"""The PDF export's memory by phase: resident and peak memory at each step of one headless export.

``python benchmarks/pdf_memory.py WORKSPACE.actionplan [--json]`` opens the workspace and exports every plan to
a temporary PDF the way ``scale.py``'s export child does, printing ``VmRSS`` (resident now) and ``VmHWM`` (the
process's peak so far) in MiB at each phase: the workspace open, the data gathered, every 1,000 pages laid out,
the last page laid out, the file written, the export done. A phase whose ``VmHWM`` is higher than the one
before it holds the peak. Phases are found by wrapping the exporter's and reportlab's own methods in this
process only; the export itself is unchanged. Build the workspace first with ``large_workspace.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

#: Pages laid out between two progress lines.
PAGE_STEP = 1_000


def memory_mib() -> tuple[float, float]:
    """This process's resident memory now and its peak so far, in MiB."""
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


class Phases:
    """The phases seen so far, each with its memory and the CPU seconds since the export began."""

    def __init__(self, echo: bool) -> None:
        self.rows: list[dict[str, Any]] = []
        self.echo = echo
        self.started = time.process_time()

    def mark(self, name: str, **extra: Any) -> None:
        rss, hwm = memory_mib()
        row = {"phase": name, "rss_mib": round(rss, 1), "hwm_mib": round(hwm, 1)}
        row |= {"cpu_s": round(time.process_time() - self.started, 2), **extra}
        self.rows.append(row)
        if self.echo:
            print(json.dumps(row), file=sys.stderr, flush=True)


def wrap(owner: Any, name: str, before: Callable[[], None] | None, after: Callable[[], None] | None) -> None:
    """Call ``before`` and ``after`` around ``owner.name`` (a method) in this process."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if before is not None:
            before()
        result = original(*args, **kwargs)
        if after is not None:
            after()
        return result

    setattr(owner, name, wrapper)


def measure(source: Path, echo: bool) -> list[dict[str, Any]]:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen.canvas import Canvas

    from action_planner.export import pdf_file
    from action_planner.export.pdf_export import PdfExporter
    from action_planner.export.pdf_styles import styles
    from action_planner.export.request import ExportRequest
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    styles()
    phases = Phases(echo)
    pages = [0]

    def page_done() -> None:
        pages[0] += 1
        if pages[0] % PAGE_STEP == 0:
            phases.mark("pages laid out", pages=pages[0])

    wrap(PdfExporter, "write", lambda: phases.mark("data gathered"), lambda: phases.mark("pdf written"))
    wrap(Canvas, "showPage", None, page_done)

    def last_page() -> None:
        phases.mark("last page laid out", pages=pages[0])

    wrap(pdfdoc.PDFDocument, "SaveToFile", last_page, None)  # reportlab's own save
    if hasattr(pdf_file, "save_document"):
        wrap(pdf_file, "save_document", last_page, None)  # the export's own save, object by object
    with tempfile.TemporaryDirectory(prefix="pdf-memory-") as folder, Workspace.open(source) as workspace:
        output = Path(folder) / "export.pdf"
        phases.mark("workspace open")
        PdfExporter().export(Services(workspace), ExportRequest((), output))
        phases.mark("export done", bytes=output.stat().st_size)
    return phases.rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The PDF export's memory by phase.")
    parser.add_argument("workspace", type=Path, help="an .actionplan file (large_workspace.py writes one)")
    parser.add_argument("--json", action="store_true", help="print the phases as one JSON list")
    args = parser.parse_args(argv)
    rows = measure(args.workspace, echo=not args.json)
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
