"""Review import timing: reading a returned review of the large workspace, beside openpyxl reading it alone.

Run: ``python benchmarks/review_bench.py [--repeat N]``. The large workspace (50 plans × 40 actions, 3 KPIs and
2 budget lines an action) is sent for review as one workbook, 100 titles and 100 amounts are changed with
openpyxl, and the import (``read_review``: zip and row checks, read-only openpyxl, id checks, the services'
checks of every cell, the three-way comparison) is timed. The floor is openpyxl's fastest honest path to the
same content: ``load_workbook(read_only=True)`` and ``iter_rows(values_only=True)`` over the same sheets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workspace import build_large

from action_planner.export.review_import import read_review
from action_planner.export.review_workbook import ACTIONS, BUDGET, KPIS, PROPOSALS, export_review
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def floor(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    cells = 0
    for name in (ACTIONS, BUDGET, KPIS, PROPOSALS):
        for row in book[name].iter_rows(values_only=True):
            cells += len(row)
    book.close()
    return cells


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = build_large(Path(folder) / "large.actionplan")
        with Workspace.open(path) as workspace:
            services = Services(workspace)
            plans = [p.id for p in services.plans.list()]
            started = time.perf_counter()
            sent = export_review(services, plans, Path(folder) / "review.xlsx", reviewer="Bench")
            export_s = time.perf_counter() - started
            book = openpyxl.load_workbook(sent.path)
            for row in range(2, 102):
                book[ACTIONS].cell(row, 4).value = f"Retitled {row}"
                book[BUDGET].cell(row, 5).value = 1000 + row
            book.save(sent.path)
            size = sent.path.stat().st_size / 1e6
            found = read_review(services, sent.path)
            import_s = best(lambda: read_review(services, sent.path), args.repeat)
            floor_s = best(lambda: floor(sent.path), args.repeat)
        print(f"review workbook: {sent.rows:,} record rows, {size:.1f} MB, written in {export_s:.2f} s")
        print(f"import found {len(found.differences)} differences, {len(found.refused)} refused rows")
        print(
            f"review_import_s {import_s:.2f}  floor (openpyxl read-only) {floor_s:.2f}  ratio {import_s / floor_s:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
