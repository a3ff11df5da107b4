"""Team workspace figures: a field edit, a plan read and a plan switch in the window on PostgreSQL, beside
the same on a SQLite file and beside the floor of plain SQL on the same server.

``python benchmarks/server_bench.py --server postgresql://admin@/postgres?host=/tmp/sock [--edits 200]``
(a superuser URL of a server it may create a database on; ``ACTION_PLANNER_TEST_SERVER`` is used when
given). It copies the demo workspace into a new database, measures, and drops it. Wall-clock and CPU
milliseconds per operation, medians and 95th percentiles; figures, not tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))


def _timed(step: Callable[[int], object], count: int) -> dict[str, float]:
    wall: list[float] = []
    cpu: list[float] = []
    for number in range(count):
        started, started_cpu = time.perf_counter(), time.process_time()
        step(number)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    wall.sort()
    return {
        "median_ms": round(statistics.median(wall), 2),
        "p95_ms": round(wall[int(len(wall) * 0.95) - 1], 2),
        "cpu_median_ms": round(statistics.median(cpu), 2),
    }


def _services_figures(target: str | Path, edits: int) -> dict[str, Any]:
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    with Workspace.open(target) as workspace:
        services = Services(workspace)
        plans = services.plans.list()
        ids = [a.id for plan in plans for a in services.actions.list(plan.id)]
        rng = random.Random(14)
        chosen = [rng.choice(ids) for _ in range(edits)]
        edit = _timed(lambda n: services.actions.update(chosen[n], title=f"Edited title {n}"), edits)
        reads = _timed(lambda n: services.reports.plan_reports([plans[n % len(plans)].id]), edits)
    return {"edit": edit, "plan_read": reads, "chosen": chosen}


def _switch_figures(target: str | Path, switches: int) -> dict[str, Any]:
    """A plan switch as the planner makes it: the main window (offscreen) shows each plan in turn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from action_planner.ui.document import Document
    from action_planner.ui.main_window import MainWindow
    from action_planner.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    document = Document.open(target)
    window = MainWindow(document, AppSettings())
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    plans = [plan.id for plan in document.services.plans.list()]

    def switch(number: int) -> None:
        window._plan_selected(plans[number % len(plans)])
        app.processEvents()

    figures = _timed(switch, switches)
    window.close()
    document.close()
    return {**figures, "plans": plans}


#: What a plan switch reads, with plain SQL: the plan with its region, its actions with theme and owner,
#: their players, budget lines and KPIs with indicators, and the rates (the same rows the window shows).
SWITCH_FLOOR = (
    "SELECT * FROM plans JOIN regions ON regions.id = plans.region_id WHERE plans.id = %(plan)s",
    "SELECT a.*, o.name, p.name, p.email, t.code, t.name FROM actions a JOIN themes t ON t.id = a.theme_id "
    "LEFT JOIN organisations o ON o.id = a.owner_organisation_id LEFT JOIN people p ON p.id = a.owner_person_id "
    "WHERE a.plan_id = %(plan)s ORDER BY a.position",
    "SELECT * FROM action_players JOIN organisations ON organisations.id = organisation_id "
    "JOIN actions ON actions.id = action_id WHERE actions.plan_id = %(plan)s",
    "SELECT b.* FROM budget_lines b JOIN actions a ON a.id = b.action_id WHERE a.plan_id = %(plan)s",
    "SELECT k.*, i.* FROM kpis k LEFT JOIN indicators i ON i.id = k.indicator_id JOIN actions a ON a.id = k.action_id "
    "WHERE a.plan_id = %(plan)s",
    "SELECT * FROM exchange_rates",
)


def _switch_floor(url: str, plans: list[int], switches: int) -> dict[str, float]:
    import psycopg

    with psycopg.connect(url) as connection:

        def read(number: int) -> None:
            for statement in SWITCH_FLOOR:
                connection.execute(statement, {"plan": plans[number % len(plans)]}).fetchall()
            connection.commit()

        return _timed(read, switches)


def _floor(url: str, chosen: list[int]) -> dict[str, float]:
    import psycopg

    with psycopg.connect(url) as connection:
        settings = {name: connection.execute(f"SHOW {name}").fetchone() for name in ("fsync", "synchronous_commit")}
        print(f"server settings: {settings}", file=sys.stderr)  # a floor without fsync is not a disk's floor
        return _timed(
            lambda n: (
                connection.execute("UPDATE actions SET title = %s WHERE id = %s", (f"Floor {n}", chosen[n])),
                connection.commit(),
            ),
            len(chosen),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=os.environ.get("ACTION_PLANNER_TEST_SERVER"))
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--switches", type=int, default=60)
    args = parser.parse_args()
    if not args.server:
        parser.error("give --server (a superuser URL) or set ACTION_PLANNER_TEST_SERVER")
    import psycopg

    from action_planner.model.demo import build_demo
    from action_planner.model.transfer import copy_workspace
    from action_planner.model.workspace import Workspace

    name = f"ap_bench_{os.getpid()}"
    head, _, query = args.server.partition("?")
    url = f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")
    with tempfile.TemporaryDirectory() as folder:
        demo = build_demo(Path(folder) / "demo.actionplan")
        with psycopg.connect(args.server, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]  # a name made here
        try:
            with Workspace.open(demo) as source:
                copy_workspace(source, url)
            on_file = _services_figures(demo, args.edits)
            on_server = _services_figures(url, args.edits)
            floor = _floor(url, on_server["chosen"])
            switch_file = _switch_figures(demo, args.switches)
            switch_server = _switch_figures(url, args.switches)
            switch_floor = _switch_floor(url, switch_server["plans"], args.switches)
        finally:
            with psycopg.connect(args.server, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]
    figures = {
        "edits": args.edits,
        "sqlite_edit": on_file["edit"],
        "postgresql_edit": on_server["edit"],
        "postgresql_floor_edit": floor,
        "sqlite_plan_read": on_file["plan_read"],
        "postgresql_plan_read": on_server["plan_read"],
        "sqlite_plan_switch": {k: v for k, v in switch_file.items() if k != "plans"},
        "postgresql_plan_switch": {k: v for k, v in switch_server.items() if k != "plans"},
        "postgresql_floor_plan_switch": switch_floor,
        "floor": "psycopg on the same database: UPDATE one title and COMMIT",
        "switch_floor": "psycopg on the same database: the plan's rows the window shows, in six SELECTs",
    }
    json.dump(figures, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
