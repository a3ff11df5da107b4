"""Crash safety: SIGKILL a process at random moments while it edits or exports, then check nothing was lost.

A child process runs a stream of real service calls on a workspace. Before each call it prints an
``intent`` line and after the call returned (so after the commit) a ``done`` line, each flushed. The
parent kills the child with SIGKILL after a random delay, then checks that the workspace opens, that
SQLite's integrity check passes, and that every edit reported done is still there. The one call that was
running when the kill came may or may not have been committed; the checks accept either outcome for it.
The same file is reused for every kill, so damage would accumulate.

The next child is started (and has imported everything) while the parent checks the previous kill, so
the kills cost little more than the random delays.
"""

from __future__ import annotations

import contextlib
import csv
import json
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from action_planner.model.services import Services
from action_planner.model.views import ActionView
from action_planner.model.workspace import Workspace

# the kills run in Qt-free child processes, already covered by the main run: not repeated headless
pytestmark = [pytest.mark.slow, pytest.mark.not_headless]

EDIT_KILLS = 20  # the short tier, by default and on CI; `pytest -m soak` runs SOAK_EDIT_KILLS
#: Children started ahead, so that their start-up overlaps the checks of the previous kill.
WARM_AHEAD = 2
EXPORT_KILLS = 6
IMPORT_KILLS = 6
UPGRADE_KILLS = 10
#: The ``soak`` run (``pytest -m soak``): together with its upgrade kills, well over 1,000 SIGKILLs.
SOAK_EDIT_KILLS = 900
SOAK_UPGRADE_KILLS = 150
SOAK_EXPORT_KILLS = 60
SOAK_IMPORT_KILLS = 60
SEED = 20260611

#: The editing child: imports, says "warm", waits for a line on stdin, then edits until it is killed.
EDIT_CHILD = r"""
import json, random, sys
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import event

from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

path, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)


def emit(**values):
    print(json.dumps(values), flush=True)


def children(view):
    return {"lines": [line.id for line in view.budget_lines], "kpis": [k.id for k in view.kpis]}


emit(ev="warm")
sys.stdin.readline()
workspace = Workspace.open(path)


def _frequent_checkpoints(connection, _record):
    connection.execute("PRAGMA wal_autocheckpoint = 16")  # so that some kills land inside a checkpoint


event.listen(workspace.engine, "connect", _frequent_checkpoints)
services = Services(workspace)
emit(ev="ready")
plans = [p.id for p in services.plans.list()]
themes = [t.code for t in services.catalogue.themes()]
indicators = [i.code for i in services.catalogue.indicators()]
snapshots = []
known = {}  # plan id -> its actions as last listed (refreshed now and then, and after reorders)
counter = 0
OPS = {
    "add_action": 3, "update_title": 4, "update_fields": 3, "add_line": 4, "update_line": 5, "delete_line": 3,
    "add_kpi": 3, "update_kpi": 4, "delete_kpi": 2, "move": 3, "duplicate": 1, "delete_action": 3, "restore": 2,
}
while True:
    counter += 1
    tag = f"{seed}-{counter}"
    plan = rng.choice(plans)
    if plan not in known or rng.random() < 0.15:
        known[plan] = services.actions.list(plan)
    actions = known[plan]
    op = rng.choices(list(OPS), weights=list(OPS.values()))[0]
    action = rng.choice(actions) if actions else None
    if action is None and op not in ("add_action", "restore"):
        op = "add_action"
    if op == "restore" and not snapshots:
        op = "add_action"
    if op in ("add_action", "duplicate", "delete_action", "restore", "move", "add_line", "add_kpi"):
        known.pop(plan, None)  # list again next time
    if op in ("delete_line", "delete_kpi", "restore"):
        known.clear()
    if op == "add_action":
        title = f"Action {tag}"
        emit(ev="intent", op=op, plan=plan)
        view = services.actions.add(plan, title, rng.choice(themes), position=rng.randint(0, len(actions)))
        emit(ev="done", op=op, plan=plan, id=view.id, title=view.title)
    elif op == "update_title":
        title = f"Title {tag} " + rng.choice(["", "é", "中文", "עברית"])
        emit(ev="intent", op=op, plan=plan, id=action.id, title=title.strip())
        view = services.actions.update(action.id, title=title)
        emit(ev="done", op=op, plan=plan, id=view.id, title=view.title)
    elif op == "update_fields":
        start = date(2027, 1, 1) + timedelta(days=rng.randint(0, 700))
        notes = f"Notes {tag}\nsecond line"
        emit(ev="intent", op=op, plan=plan, id=action.id, notes=notes)
        view = services.actions.update(
            action.id, notes=notes, start_date=start, end_date=start + timedelta(days=rng.randint(0, 900)),
            status=rng.choice(["planned", "in_progress", "done", "delayed"]), impact=rng.randint(1, 5),
        )
        emit(ev="done", op=op, plan=plan, id=view.id, notes=view.notes)
    elif op == "add_line":
        currency = rng.choice(["EUR", "SEK", "PLN", "GBP"])
        amount = f"{rng.randint(0, 10**9)}.{rng.randint(0, 99):02d}"
        emit(ev="intent", op=op, plan=plan, action=action.id)
        line = services.budget.add(action.id, amount, currency=currency, year=2027)
        emit(ev="done", op=op, plan=plan, action=action.id, id=line.id, amount=str(line.amount))
    elif op in ("update_line", "delete_line"):
        lines = [line for a in actions for line in a.budget_lines]
        if not lines:
            continue
        line = rng.choice(lines)
        if op == "update_line":
            amount = f"{rng.randint(0, 10**9)}.{rng.randint(0, 99):02d}"
            emit(ev="intent", op=op, plan=plan, action=line.action_id, id=line.id, amount=amount)
            view = services.budget.update(line.id, amount=amount, currency=line.currency)
            emit(ev="done", op=op, plan=plan, action=line.action_id, id=view.id, amount=str(view.amount))
        else:
            emit(ev="intent", op=op, plan=plan, action=line.action_id, id=line.id)
            services.budget.delete(line.id)
            emit(ev="done", op=op, plan=plan, action=line.action_id, id=line.id)
    elif op == "add_kpi":
        emit(ev="intent", op=op, plan=plan, action=action.id)
        if rng.random() < 0.5:
            kpi = services.kpis.add(action.id, indicator=rng.choice(indicators), target=rng.randint(1, 500))
        else:
            target = rng.randint(1, 500)
            kpi = services.kpis.add(action.id, name=f"KPI {tag}", kind="result", unit="firms", target=target)
        emit(ev="done", op=op, plan=plan, action=action.id, id=kpi.id, target=str(kpi.target))
    elif op in ("update_kpi", "delete_kpi"):
        kpis = [k for a in actions for k in a.kpis]
        if not kpis:
            continue
        kpi = rng.choice(kpis)
        if op == "update_kpi":
            target = str(rng.randint(0, 10**6))
            emit(ev="intent", op=op, plan=plan, action=kpi.action_id, id=kpi.id, target=target)
            view = services.kpis.update(kpi.id, target=target, baseline=rng.randint(0, 10))
            emit(ev="done", op=op, plan=plan, action=kpi.action_id, id=view.id, target=str(view.target))
        else:
            emit(ev="intent", op=op, plan=plan, action=kpi.action_id, id=kpi.id)
            services.kpis.delete(kpi.id)
            emit(ev="done", op=op, plan=plan, action=kpi.action_id, id=kpi.id)
    elif op == "move":
        to_index = rng.randrange(len(actions))
        emit(ev="intent", op=op, plan=plan, id=action.id)
        services.actions.move(action.id, to_index)
        known[plan] = services.actions.list(plan)
        order = [a.id for a in known[plan]]
        emit(ev="done", op=op, plan=plan, id=action.id, order=order)
    elif op == "duplicate":
        emit(ev="intent", op=op, plan=plan, id=action.id)
        view = services.actions.duplicate(action.id)
        emit(ev="done", op=op, plan=plan, id=view.id, title=view.title, **children(view))
    elif op == "delete_action":
        if len(actions) < 3:
            continue
        emit(ev="intent", op=op, plan=plan, id=action.id)
        snapshots.append(services.actions.delete(action.id))
        emit(ev="done", op=op, plan=plan, id=action.id)
    elif op == "restore":
        snap = snapshots.pop()
        emit(ev="intent", op=op, plan=plan, id=snap.root_id)
        view = services.actions.restore(snap)
        emit(ev="done", op=op, plan=view.plan_id, id=view.id, title=view.title, **children(view))
    if op in ("add_action", "add_line", "add_kpi", "duplicate"):
        snapshots.clear()  # undo is last-in first-out: a restore never follows an insert (ids may be reused)
"""

#: The exporting child: imports, says "warm", waits for a line on stdin, exports, says "done".
EXPORT_CHILD = r"""
import sys, time
from pathlib import Path

from action_planner.export.run import export_workspace

print("warm", flush=True)
sys.stdin.readline()
started = time.perf_counter()
export_workspace(Path(sys.argv[1]), "xlsx", Path(sys.argv[2]))
print(f"done {time.perf_counter() - started:.4f}", flush=True)
"""


class Child:
    """A child process whose stdout lines are collected by a thread, so the parent never blocks on them."""

    def __init__(self, code: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self._first = threading.Event()
        self._more = threading.Condition()
        self._stderr: list[str] = []
        self._threads = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._more:
                self.lines.append(line.rstrip("\n"))
                self._more.notify_all()
            self._first.set()
        self._first.set()
        with self._more:
            self._more.notify_all()

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        self._stderr.extend(self.process.stderr)

    def wait_warm(self, timeout: float = 60) -> None:
        """Wait until the child has imported everything and waits for the go."""
        assert self._first.wait(timeout), "the child did not start"
        assert self.lines, f"the child died while starting:\n{self.stderr()}"

    def wait_for(self, text: str, count: int, timeout: float = 60) -> None:
        """Wait until ``count`` lines of output contain ``text`` (or the child ended)."""
        with self._more:
            self._more.wait_for(
                lambda: sum(text in line for line in self.lines) >= count or self.process.poll() is not None, timeout
            )

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def kill(self) -> int:
        """SIGKILL the child (if it is still running), wait for it, and collect the rest of its output."""
        self.process.send_signal(signal.SIGKILL)  # does nothing once the child has ended and been reaped
        code = self.process.wait(timeout=30)
        for thread in self._threads:
            thread.join(timeout=30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        return code

    def stderr(self) -> str:
        return "".join(self._stderr)


class Relay:
    """Children started a few ahead of their turn, so that their start-up overlaps the parent's checks."""

    def __init__(self, code: str, arguments: list[list[str]], ahead: int = WARM_AHEAD) -> None:
        self._code = code
        self._pending = iter(arguments)
        self._warm: deque[Child] = deque()
        self.started: list[Child] = []
        for _ in range(ahead):
            self._start_next()

    def _start_next(self) -> None:
        if (arguments := next(self._pending, None)) is not None:
            self.started.append(Child(self._code, *arguments))
            self._warm.append(self.started[-1])

    def __iter__(self) -> Iterator[Child]:
        while self._warm:
            child = self._warm.popleft()
            self._start_next()
            yield child

    def close(self) -> None:
        """Kill every child still running (after a failed check, the ones waiting their turn)."""
        for child in self.started:
            child.kill()


# -- what the parent knows was committed ---------------------------------------------------------

#: Calls that insert rows, by the kinds of rows they insert (SQLite may reuse the id of a deleted row).
INSERTS = {
    "add_action": {"action"},
    "duplicate": {"action", "line", "kpi"},
    "restore": {"action", "line", "kpi"},
    "add_line": {"line"},
    "add_kpi": {"kpi"},
}
#: Calls that change the order of a plan's actions.
REORDERS = {"add_action", "duplicate", "restore", "delete_action", "move"}


@dataclass
class Committed:
    """Facts reported committed by the children, checked after every kill."""

    titles: dict[int, str] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    amounts: dict[int, Decimal] = field(default_factory=dict)
    targets: dict[int, Decimal] = field(default_factory=dict)
    owner: dict[tuple[str, int], int] = field(default_factory=dict)  # (kind, id) -> action id
    absent: dict[str, set[int]] = field(default_factory=lambda: {"action": set(), "line": set(), "kpi": set()})
    orders: dict[int, list[int]] = field(default_factory=dict)
    done: int = 0

    def apply(self, event: dict[str, Any]) -> None:
        """Record one call that committed (a ``done`` line, or the call cut short that took effect)."""
        self.done += 1
        op, ident, plan = event["op"], event["id"], event["plan"]
        if "action" in INSERTS.get(op, ()):
            self.absent["action"].discard(ident)
        for kind, key in (("line", "lines"), ("kpi", "kpis")):
            self.absent[kind].difference_update(event.get(key, ()))
        if op in ("add_action", "duplicate", "restore", "update_title"):
            self.titles[ident] = event["title"]
        elif op == "update_fields":
            self.notes[ident] = event["notes"]
        elif op == "delete_action":
            self._forget(ident)
            self.absent["action"].add(ident)
        elif op in ("add_line", "update_line"):
            self.amounts[ident] = Decimal(event["amount"])
            self.owner["line", ident] = event["action"]
            self.absent["line"].discard(ident)
        elif op in ("add_kpi", "update_kpi"):
            self.targets[ident] = Decimal(event["target"])
            self.owner["kpi", ident] = event["action"]
            self.absent["kpi"].discard(ident)
        elif op in ("delete_line", "delete_kpi"):
            kind = op.removeprefix("delete_")
            (self.amounts if kind == "line" else self.targets).pop(ident, None)
            self.absent[kind].add(ident)
        if op == "move":
            self.orders[plan] = event["order"]
        elif op in REORDERS:
            self.orders.pop(plan, None)

    def _forget(self, action: int) -> None:
        """A deleted action takes its budget lines and KPIs with it (a restore brings them back unreported)."""
        self.titles.pop(action, None)
        self.notes.pop(action, None)
        for (kind, ident), owner in list(self.owner.items()):
            if owner == action:
                (self.amounts if kind == "line" else self.targets).pop(ident, None)
                del self.owner[kind, ident]


@dataclass(frozen=True)
class Seen:
    """What the services read back after a kill."""

    actions: dict[int, ActionView]
    amounts: dict[int, Decimal]
    targets: dict[int, Decimal | None]
    orders: dict[int, list[int]]


def read_back(services: Services) -> Seen:
    actions: dict[int, ActionView] = {}
    orders: dict[int, list[int]] = {}
    for plan in services.plans.list():
        views = services.actions.list(plan.id)
        assert [a.number for a in views] == list(range(1, len(views) + 1)), "positions are not contiguous"
        orders[plan.id] = [a.id for a in views]
        actions.update((a.id, a) for a in views)
    amounts = {line.id: line.amount for a in actions.values() for line in a.budget_lines}
    targets = {k.id: k.target for a in actions.values() for k in a.kpis}
    return Seen(actions, amounts, targets, orders)


def took_effect(call: dict[str, Any], seen: Seen) -> dict[str, Any] | None:
    """The ``done`` event of the call cut short by the kill if it committed, else None (unknowable: None)."""
    op, ident = call["op"], int(call.get("id", -1))
    action = seen.actions.get(ident)
    done: dict[str, Any] | None = None
    if op == "update_title" and action is not None and action.title == call["title"]:
        done = {"title": action.title}
    elif op == "update_fields" and action is not None and action.notes == call["notes"]:
        done = {"notes": action.notes}
    elif op == "update_line" and seen.amounts.get(ident) == Decimal(call["amount"]):
        done = {"amount": str(seen.amounts[ident])}
    elif op == "update_kpi" and seen.targets.get(ident) == Decimal(call["target"]):
        done = {"target": str(seen.targets[ident])}
    elif op in ("delete_line", "delete_kpi", "delete_action"):
        rows: dict[str, dict[int, Any]] = {"delete_line": seen.amounts, "delete_kpi": seen.targets}
        present = rows.get(op, seen.actions)
        done = None if ident in present else {}
    elif op == "restore" and action is not None:
        done = {"title": action.title, "plan": action.plan_id}
    return None if done is None else {**call, "ev": "done", **done}


def check(facts: Committed, seen: Seen, cut_short: dict[str, Any] | None) -> None:
    """Assert that every call reported committed is in the workspace."""
    if cut_short is not None and (done := took_effect(cut_short, seen)) is not None:
        facts.apply(done)
    inserted = INSERTS.get(cut_short["op"], set()) if cut_short else set()
    if cut_short is not None and cut_short["op"] in REORDERS:
        facts.orders.pop(cut_short["plan"], None)  # added, duplicated or moved, or not: both are right

    for ident, title in facts.titles.items():
        assert ident in seen.actions, f"action {ident} (“{title}”) was lost"
        assert seen.actions[ident].title == title, f"action {ident}: title {seen.actions[ident].title!r}, not {title!r}"
    for ident, notes in facts.notes.items():
        assert ident in seen.actions, f"action {ident} (with notes {notes!r}) was lost"
        assert seen.actions[ident].notes == notes, f"action {ident}: notes {seen.actions[ident].notes!r}"
    for ident, amount in facts.amounts.items():
        assert seen.amounts.get(ident) == amount, f"budget line {ident}: {seen.amounts.get(ident)}, not {amount}"
    for ident, target in facts.targets.items():
        assert ident in seen.targets, f"KPI {ident} was lost"
        assert seen.targets[ident] == target, f"KPI {ident}: target {seen.targets[ident]}, not {target}"
    for kind, present in (("action", seen.actions), ("line", seen.amounts), ("kpi", seen.targets)):
        back = facts.absent[kind] & set(present)
        if kind in inserted:
            facts.absent[kind] -= back  # the call cut short may have reused a deleted row's id
        else:
            assert not back, f"deleted {kind} rows are back: {sorted(back)}"
    for plan, order in facts.orders.items():
        assert seen.orders[plan] == order, f"plan {plan}: order {seen.orders[plan]}, not {order}"


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` through a read-only connection (it reads a pending -wal). A hot rollback
    journal (a kill inside the upgrade's transaction) must be rolled back first, which only a writer can
    do (a reader gets "attempt to write a readonly database"): SQLite does that on a read-write open, as
    the app's own open does."""
    hot = path.with_name(path.name + "-journal").exists()
    connection = sqlite3.connect(path) if hot else sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def parse(lines: list[str]) -> Iterator[dict[str, Any]]:
    for line in lines:
        if line.startswith("{"):
            yield json.loads(line)


# -- the tests -------------------------------------------------------------------------------------


def test_edits_reported_committed_survive_sigkill_at_random_moments(demo_path: Path) -> None:
    _edit_kills(demo_path, EDIT_KILLS)


@pytest.mark.soak
@pytest.mark.timeout(3600)  # 900 kills take minutes by design; the default 6 minutes is for ordinary tests
def test_soak_edits_reported_committed_survive_many_sigkills(demo_path: Path) -> None:
    _edit_kills(demo_path, SOAK_EDIT_KILLS)


def _edit_kills(demo_path: Path, kills: int) -> None:
    rng = random.Random(SEED)
    facts = Committed()
    kills_during_open = 0
    arguments = [[str(demo_path), str(SEED + n)] for n in range(kills)]
    with contextlib.closing(Relay(EDIT_CHILD, arguments)) as relay:
        for number, child in enumerate(relay):
            child.wait_warm()
            child.go()
            if number % 5 == 0:
                time.sleep(rng.uniform(0.0, 0.01))  # while the workspace is being opened (that takes longer)
            else:
                child.wait_for('"ev": "done"', rng.randint(1, 8))
                time.sleep(rng.uniform(0.0, 0.04))  # within the next call: before, during or after its commit
            code = child.kill()
            assert code == -signal.SIGKILL, f"the child ended by itself ({code}):\n{child.stderr()}"
            events = list(parse(child.lines))
            kills_during_open += not any(e["ev"] == "ready" for e in events)
            cut_short: dict[str, Any] | None = None
            for event in events:
                if event["ev"] == "intent":
                    cut_short = event
                elif event["ev"] == "done":
                    facts.apply(event)
                    cut_short = None

            assert integrity(demo_path) == "ok"
            with Workspace.open(demo_path) as workspace:
                check(facts, read_back(Services(workspace)), cut_short)
    assert facts.done > 3 * kills, f"only {facts.done} edits were committed: the kills came too early"
    print(f"{kills} edit kills, {facts.done} committed edits checked")  # the soak's figures (pytest -s)
    assert kills_during_open > 0
    assert integrity(demo_path) == "ok"


TEMP_NAME = r"\.{name}\.[0-9a-f]{{8}}\.part"


def test_a_killed_xlsx_export_leaves_the_old_file_or_a_complete_new_one(demo_path: Path, tmp_path: Path) -> None:
    _export_kills(demo_path, tmp_path, EXPORT_KILLS)


@pytest.mark.soak
@pytest.mark.timeout(3600)  # many kills take minutes by design
def test_soak_killed_exports_leave_the_old_file_or_a_complete_new_one(demo_path: Path, tmp_path: Path) -> None:
    _export_kills(demo_path, tmp_path, SOAK_EXPORT_KILLS)


def _export_kills(demo_path: Path, tmp_path: Path, kills: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "plans.xlsx"
    old = b"the export from last week, which must not be lost\n"
    temp_pattern = re.compile(TEMP_NAME.format(name=re.escape(target.name)))

    complete = Child(EXPORT_CHILD, str(demo_path), str(target))
    complete.wait_warm()
    complete.go()
    assert complete.process.wait(timeout=120) == 0, complete.stderr()
    complete.kill()
    duration = float(next(line for line in complete.lines if line.startswith("done")).split()[1])
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames
    book.close()
    target.unlink()

    rng = random.Random(SEED)
    outcomes = {"old": 0, "new": 0, "absent": 0}
    arguments = [[str(demo_path), str(target)]] * kills
    with contextlib.closing(Relay(EXPORT_CHILD, arguments)) as relay:
        for round_number, child in enumerate(relay):
            if round_number % 4 == 0:
                target.unlink(missing_ok=True)
            elif round_number % 2 == 0 or not target.exists():
                target.write_bytes(old)
            before = target.read_bytes() if target.exists() else None
            child.wait_warm()
            child.go()
            time.sleep(rng.uniform(0.0, duration * 1.1))
            child.kill()

            leftovers = sorted(p.name for p in out.iterdir() if p != target)
            assert all(temp_pattern.fullmatch(name) for name in leftovers), leftovers
            if not target.exists():
                assert before is None, "the old export disappeared"
                outcomes["absent"] += 1
            elif target.read_bytes() == before:
                outcomes["old"] += 1
            else:
                book = openpyxl.load_workbook(target, read_only=True)  # raises if the file is partial
                assert book.sheetnames
                book.close()
                outcomes["new"] += 1
            for name in leftovers:
                (out / name).unlink()  # a leftover from SIGKILL; a hidden, clearly named temp file
    assert sum(outcomes.values()) == kills
    print(f"{kills} export kills: {outcomes}")  # the soak's figures (pytest -s)
    assert integrity(demo_path) == "ok"
    with Workspace.open(demo_path) as workspace:
        assert Services(workspace).plans.list()


# -- kills during a catalogue import ---------------------------------------------------------------

#: The importing child: imports, says "warm", waits for a line on stdin, imports the catalogue file.
IMPORT_CHILD = r"""
import sys, time
from action_planner.export.catalogue_files import import_catalogue
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

print("warm", flush=True)
sys.stdin.readline()
started = time.perf_counter()
with Workspace.open(sys.argv[1]) as workspace:
    import_catalogue(Services(workspace), sys.argv[2])
print(f"done {time.perf_counter() - started:.4f}", flush=True)
"""
#: How many new entries the imported file brings (each round's all-or-nothing check counts them).
IMPORTED = 200


def test_a_killed_catalogue_import_brings_every_entry_or_none(demo_path: Path, tmp_path: Path) -> None:
    _import_kills(demo_path, tmp_path, IMPORT_KILLS)


@pytest.mark.soak
@pytest.mark.timeout(3600)  # many kills take minutes by design
def test_soak_killed_catalogue_imports_bring_every_entry_or_none(demo_path: Path, tmp_path: Path) -> None:
    _import_kills(demo_path, tmp_path, SOAK_IMPORT_KILLS)


def _new_codes(path: Path) -> int:
    with Workspace.open(path, read_only=True) as workspace:
        return sum(item.code.startswith("N") for item in Services(workspace).catalogue.interventions())


def _import_kills(demo_path: Path, tmp_path: Path, kills: int) -> None:
    from action_planner.export.catalogue_files import export_catalogue

    source = tmp_path / "catalogue.csv"
    with Workspace.open(demo_path) as workspace:
        export_catalogue(Services(workspace), source)
    with source.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        for number in range(IMPORTED):
            writer.writerow(rows[number % len(rows)] | {"code": f"N{number:03d}"})
    assert _new_codes(demo_path) == 0
    template = tmp_path / "template.actionplan"
    shutil.copyfile(demo_path, template)
    work = tmp_path / "work"
    work.mkdir()
    path = work / "demo.actionplan"
    shutil.copyfile(template, path)
    complete = Child(IMPORT_CHILD, str(path), str(source))
    complete.wait_warm()
    complete.go()
    assert complete.process.wait(timeout=120) == 0, complete.stderr()
    complete.kill()
    duration = float(next(line for line in complete.lines if line.startswith("done")).split()[1])
    assert _new_codes(path) == IMPORTED
    rng = random.Random(SEED)
    outcomes = {"all": 0, "none": 0}
    with contextlib.closing(Relay(IMPORT_CHILD, [[str(path), str(source)]] * kills)) as relay:
        for child in relay:
            for leftover in work.iterdir():
                leftover.unlink()
            shutil.copyfile(template, path)
            child.wait_warm()
            child.go()
            time.sleep(rng.uniform(0.0, duration * 1.1))  # a random moment during (or just after) the import
            child.kill()
            assert integrity(path) == "ok"
            found = _new_codes(path)
            assert found in (0, IMPORTED), f"a killed import left {found} of {IMPORTED} entries"
            if any(line.startswith("done") for line in child.lines):
                assert found == IMPORTED, "an import reported done is not there"
            outcomes["all" if found else "none"] += 1
    assert sum(outcomes.values()) == kills
    print(f"{kills} import kills: {outcomes}")  # the soak's figures (pytest -s)


# -- kills while an older file is upgraded ---------------------------------------------------------

#: The upgrading child: imports, says "warm", waits for a line on stdin, opens (so upgrades) the file.
UPGRADE_CHILD = r"""
import sys
from action_planner.model.workspace import Workspace

print("warm", flush=True)
sys.stdin.readline()
Workspace.open(sys.argv[1]).close()
print("done", flush=True)
"""


def _format_1_file(path: Path) -> None:
    from sqlalchemy import create_engine

    from action_planner.model.fileformat import APPLICATION_ID
    from action_planner.model.migrate import upgrade

    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.close()
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO regions (id, code, name, scheme, level, country_code, country_name, position) "
            "VALUES (1, 'ITH5', 'Emilia-Romagna', 'NUTS 2024', 2, 'IT', 'Italy', 0)"
        )
    engine.dispose()


def test_a_killed_upgrade_leaves_a_whole_backup_or_none(tmp_path: Path) -> None:
    _upgrade_kills(tmp_path, UPGRADE_KILLS)


@pytest.mark.soak
@pytest.mark.timeout(3600)  # as above: 150 upgrade kills
def test_soak_killed_upgrades_leave_whole_backups_or_none(tmp_path: Path) -> None:
    _upgrade_kills(tmp_path, SOAK_UPGRADE_KILLS)


def _upgrade_kills(folder: Path, kills: int) -> None:
    from action_planner.model.workspace import backup_name

    rng = random.Random(SEED)
    template = folder / "template.actionplan"
    _format_1_file(template)
    work = folder / "work"
    work.mkdir()
    path = work / "old.actionplan"
    outcomes = {"upgraded": 0, "backup only": 0, "untouched": 0}
    with contextlib.closing(Relay(UPGRADE_CHILD, [[str(path)]] * kills)) as relay:
        for child in relay:
            for leftover in work.iterdir():
                leftover.unlink()
            shutil.copyfile(template, path)
            child.wait_warm()
            child.go()
            time.sleep(rng.uniform(0.0, 0.8))  # before, during or after the copy and the migration
            child.kill()
            kept = backup_name(path, 1)
            assert integrity(path) == "ok"
            if kept.exists():
                assert kept.stat().st_size > 0, "an empty backup"
                assert integrity(kept) == "ok"
                raw = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
                assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
                raw.close()
            with Workspace.open(path) as workspace:  # finishes the upgrade if the kill stopped it
                assert [r.code for r in Services(workspace).regions.list()] == ["ITH5"]
            assert integrity(kept) == "ok"
            outcomes["upgraded" if "done" in child.lines else "backup only" if kept.exists() else "untouched"] += 1
    assert sum(outcomes.values()) == kills
    print(f"{kills} upgrade kills: {outcomes}")  # the soak's figures (pytest -s)
