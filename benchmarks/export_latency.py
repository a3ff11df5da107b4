"""How late the window's event loop runs while File ▸ Export writes the whole 12,000-action workspace.

``python benchmarks/export_latency.py [--workspace W.actionplan] [--formats docx,pdf,xlsx] [--json]``

Without ``--workspace`` it first builds the workspace of issue 16 (``large_workspace.py --regions 240
--actions 50``: 12,000 actions) in a temporary folder. Each format is then measured in a fresh child process:
the real :class:`MainWindow` opens the workspace (offscreen, 1366×768), the benchmark answers the save dialog
(``FilePrompts.save_path``, as the window tests do) and triggers the File ▸ Export menu's "whole workspace"
action, so the export runs exactly as a planner's does: ``ExportRunner`` → the window's ``JobRunner`` worker,
with its progress dialog. While the job runs, a 10 ms ``Qt.TimerType.PreciseTimer`` on the GUI thread records
each tick's lateness (the gap since the previous tick less 10 ms); the figures are its p50, p99 and maximum,
and the count of ticks more than 100 ms late. Triggering the action itself (it imports the exporters on
first use) is timed apart as ``start_ms``.

Each tick more than ``--stall-ms`` late (default 100) is recorded with what the kernel says the two threads
did meanwhile (Linux ``/proc/self/task/<tid>/schedstat``: time on a CPU, time waiting on a runqueue): the GUI
thread's wait for a CPU, and the worker's time running and waiting for a CPU. A tick the GUI thread spent
mostly waiting for a CPU, or blocked while the worker (which then holds the interpreter) waited for one, was
the operating system's doing; a tick the worker spent mostly running, with the GUI thread neither running
nor waiting for a CPU, is the interpreter held in this process (a long C call, or a collector pass), and one
the GUI thread spent running is its own work. Each stall gets the largest of those as its ``cause``; the
same sums over the whole job are reported too. The kernel's run time of a thread still on its CPU is brought
up to date at its scheduler tick, so each split is good to a few ms; ``process_cpu_ms`` (all threads, exact)
checks it.

``--stacks`` also records, at each such tick, where the worker thread is (its innermost frames): the Python
frame that called the long C function that held the interpreter is still on top, or has just returned from
it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

FORMATS = ("docx", "pdf", "xlsx")
INTERVAL_MS = 10


def peak_mib() -> float:
    """This process's peak resident memory (``VmHWM``), in MiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile of ``values`` (already sorted)."""
    if not values:
        return 0.0
    rank = max(1, min(len(values), round(fraction * len(values) + 0.5)))
    return values[rank - 1]


def schedstat(tid: int | None) -> tuple[float, float]:
    """Thread ``tid``'s time on a CPU and time waiting on a runqueue so far, in ms (Linux; zeros elsewhere).

    The kernel adds a wait when the thread gets its CPU, so a thread still waiting shows it only later."""
    if tid is None:
        return 0.0, 0.0
    try:
        ran, waited, _slices = Path(f"/proc/self/task/{tid}/schedstat").read_text(encoding="ascii").split()
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(ran) / 1e6, int(waited) / 1e6


#: What a late tick is put down to: the largest share of its lateness (see the module's doc).
CAUSES = {
    "gui_ran": "in-process: the GUI thread itself was busy (e.g. a collector pass)",
    "gui_runqueue": "os: the GUI thread waited for a CPU",
    "worker_runqueue": "os: the worker waited for a CPU",
    "worker_ran": "in-process: the worker held the interpreter",
    "unaccounted": "neither ran nor waited for a CPU (blocked: I/O, page faults)",
}


def _worker_frames(worker: int | None, depth: int = 4) -> str:
    """The innermost ``depth`` frames of thread ``worker``, innermost first, as ``file:line function``."""
    frame = sys._current_frames().get(worker) if worker is not None else None
    parts: list[str] = []
    while frame is not None and len(parts) < depth:
        code = frame.f_code
        parts.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return " < ".join(parts) or "(worker not in Python)"


def _thread_faults(tid: int | None) -> int:
    """Thread ``tid`` of this process's major page faults so far (those that waited for the disk; Linux)."""
    if tid is None:
        return 0
    try:
        stat = Path(f"/proc/self/task/{tid}/stat").read_text(encoding="ascii")
    except OSError:
        return 0
    return int(stat[stat.rindex(")") + 2 :].split()[9])


class Probe:
    """What the GUI thread sees while a job runs: each tick's lateness, the stalls' worker frames, and the
    cyclic collector's passes of 10 ms or more (with the thread they ran on)."""

    def __init__(self, *, stacks: bool, stall_ms: float, kernel: bool = False) -> None:
        self.stacks, self.stall_ms, self.kernel = stacks, stall_ms, kernel
        self.sampler: Any = None  # with kernel: write_latency's sampler process, once the worker is known
        self.lateness: list[float] = []
        self.stalls: list[dict[str, Any]] = []
        self.passes: list[dict[str, Any]] = []
        self.worker: int | None = None
        self.gui_tid = threading.get_native_id()
        self.worker_tid: int | None = None  # the worker's kernel thread id, from its first call (see measure)
        self.previous = time.perf_counter()
        self._began = 0.0
        self._sched = self._sample()
        self.totals = dict.fromkeys(("gui_ran", "gui_runqueue", "worker_ran", "worker_runqueue"), 0.0)

    def _sample(self) -> tuple[float, ...]:
        from benchmarks.write_latency import steal_ms

        return (
            *schedstat(self.gui_tid),
            *schedstat(self.worker_tid),
            time.process_time() * 1000,
            _thread_faults(self.gui_tid),
            _thread_faults(self.worker_tid),
            steal_ms(),
        )

    def start(self) -> None:
        self.previous = time.perf_counter()
        self._sched = self._sample()

    def tick(self) -> None:
        now = time.perf_counter()
        late = (now - self.previous) * 1000 - INTERVAL_MS
        began, self.previous = self.previous, now
        self.lateness.append(max(late, 0.0))
        sample = self._sample()
        gui_ran, gui_wait, worker_ran, worker_wait, cpu, gui_faults, worker_faults, steal = (
            b - a for a, b in zip(self._sched, sample, strict=True)
        )
        if self.kernel and self.sampler is None and self.worker_tid is not None:
            from benchmarks.write_latency import start_sampler

            self.sampler = start_sampler([self.gui_tid, self.worker_tid], 0.003)
        if self._sched[2:4] == (0.0, 0.0):  # the worker's id was not known at the tick before: no figure
            worker_ran = worker_wait = 0.0
        self._sched = sample
        for key, value in zip(self.totals, (gui_ran, gui_wait, worker_ran, worker_wait), strict=True):
            self.totals[key] += value
        if late > self.stall_ms:
            shares = {
                "gui_ran": gui_ran,
                "gui_runqueue": gui_wait,
                "worker_runqueue": worker_wait,
                "worker_ran": worker_ran,
                "unaccounted": late + INTERVAL_MS - gui_ran - gui_wait - worker_ran - worker_wait,
            }
            stall: dict[str, Any] = {
                "late_ms": round(late, 1),
                "gui_ran_ms": round(gui_ran, 1),
                "gui_runqueue_ms": round(gui_wait, 1),
                "worker_ran_ms": round(worker_ran, 1),
                "worker_runqueue_ms": round(worker_wait, 1),
                "process_cpu_ms": round(cpu, 1),
                "gui_majflt": int(gui_faults),
                "worker_majflt": int(worker_faults),
                "steal_ms": round(steal),
                "cause": max(shares, key=lambda k: shares[k]),
                "span": (began, now),  # perf_counter is CLOCK_MONOTONIC on Linux, as the sampler's clock
            }
            if self.stacks:
                stall["worker"] = _worker_frames(self.worker)
            self.stalls.append(stall)

    def kernel_view(self) -> None:
        """Put the sampler's view of each stall into it, and drop the spans."""
        from benchmarks.write_latency import describe, stop_sampler

        samples = stop_sampler(self.sampler) if self.sampler is not None else []
        for stall in self.stalls:
            start, end = stall.pop("span")
            if self.kernel:
                stall.update(describe(samples, start, end, ("gui", "worker")))

    def find_worker(self) -> None:
        """The pool's thread (Qt's, so unknown to ``threading``), once it runs the job."""
        known = {t.ident for t in threading.enumerate()}
        self.worker = next((ident for ident in sys._current_frames() if ident not in known), None)

    def collector(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
            return
        took = (time.perf_counter() - self._began) * 1000
        if took >= 10:
            on = "gui" if threading.current_thread() is threading.main_thread() else "worker"
            self.passes.append(
                {"ms": round(took, 1), "generation": info["generation"], "collected": info["collected"], "thread": on}
            )


def _learn_worker_tid(probe: Probe) -> None:
    """The job's first ``cancelled()`` check (``Exporter.export`` makes it at once) tells ``probe`` which kernel
    thread is the worker."""
    from action_planner.ui.jobs import Progress

    asked = Progress.cancelled

    def cancelled(progress: Progress) -> bool:
        if probe.worker_tid is None:
            probe.worker_tid = threading.get_native_id()
        return asked(progress)

    Progress.cancelled = cancelled  # type: ignore[method-assign,assignment]


def measure(
    fmt: str, workspace: Path, out: Path, *, stacks: bool, stall_ms: float, kernel: bool = False
) -> dict[str, Any]:
    """Export ``workspace`` to ``fmt`` through the window's menu while timing the GUI thread's ticks."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from action_planner.ui.dialogs import FilePrompts
    from action_planner.ui.document import Document
    from action_planner.ui.main_window import MainWindow
    from action_planner.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    document = Document.open(workspace)
    window = MainWindow(document, AppSettings())
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    target = out / f"workspace.{fmt}"
    FilePrompts.save_path = classmethod(lambda cls, *args: target)  # type: ignore[method-assign,assignment]
    probe = Probe(stacks=stacks, stall_ms=stall_ms, kernel=kernel)
    _learn_worker_tid(probe)
    outcome: list[str] = []  # the title of the dialog that ended the export

    def tick() -> None:
        probe.tick()
        if window.exports.task is None:  # the outcome came back on this thread: the job has ended
            dialog = window.exports.last_dialog
            outcome.append(dialog.windowTitle() if dialog is not None else "")
            timer.stop()
            app.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(tick)
    gc.callbacks.append(probe.collector)
    load = os.getloadavg()[0]
    cpu_started, started = time.process_time(), time.perf_counter()
    window.menus.export_all[fmt].trigger()
    start_ms = (time.perf_counter() - started) * 1000
    if window.exports.task is None:
        raise SystemExit(f"{fmt}: the export did not start")
    probe.start()
    timer.start()
    QTimer.singleShot(50, probe.find_worker)
    app.exec()
    gc.callbacks.remove(probe.collector)
    probe.kernel_view()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    finished = outcome == [window.exports.tr("Export finished")] and target.is_file()
    result: dict[str, Any] = {
        "format": fmt,
        "finished": finished,
        "outcome": outcome[0] if outcome else "",
        "bytes": target.stat().st_size if target.is_file() else 0,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_mib": round(peak_mib(), 1),
        "start_ms": round(start_ms, 1),
        "ticks": len(probe.lateness),
        **_summary(probe.lateness),
        "gc_passes_over_10ms": probe.passes,
        "stall_ms": stall_ms,
        "stalls": probe.stalls,
        "stall_causes": dict(Counter(s["cause"] for s in probe.stalls)),
        "sched_ms": {key: round(value, 1) for key, value in probe.totals.items()},
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    if stacks:
        result["stall_sites"] = Counter(s["worker"] for s in probe.stalls).most_common(12)
    window.close()
    document.close()
    return result


def _summary(lateness: list[float]) -> dict[str, float | int]:
    ordered = sorted(lateness)
    return {
        "p50_ms": round(statistics.median(ordered), 1) if ordered else 0.0,
        "p99_ms": round(percentile(ordered, 0.99), 1),
        "max_ms": round(ordered[-1], 1) if ordered else 0.0,
        "over_100ms": sum(1 for late in ordered if late > 100),
    }


def run_child(fmt: str, workspace: Path, home: Path, args: argparse.Namespace) -> dict[str, Any]:
    """One format in a fresh interpreter, its settings kept in ``home``; its last output line is its JSON."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, str(Path(__file__).resolve()), "--child", fmt, "--workspace", str(workspace)]
    command += ["--out", str(home), "--stall-ms", str(args.stall_ms)] + (["--stacks"] if args.stacks else [])
    command += ["--kernel"] if args.kernel else []
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return {"format": fmt, "error": lines[-1] if lines else f"exit {done.returncode}"}
    return {**json.loads(done.stdout.strip().splitlines()[-1])}


def table(results: list[dict[str, Any]]) -> str:
    rows = [
        "| format | p50 ms | p99 ms | max ms | ticks > 100 ms | ticks | export wall s / CPU s | peak MiB | start ms "
        "| longest GC pass | GUI thread ran / waited for a CPU s | worst stall: GUI waited, worker ran / waited ms "
        "| stalls by cause |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if "error" in r:
            rows.append(f"| {r['format']} | error: {r['error']} |")
            continue
        done = "" if r["finished"] else " (not finished)"
        longest = max(r["gc_passes_over_10ms"], key=lambda p: p["ms"], default=None)
        collector = f"{longest['ms']} ms on the {longest['thread']} thread" if longest else "< 10 ms"
        rows.append(
            f"| {r['format']}{done} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} | {r['over_100ms']} | "
            f"{r['ticks']} | {r['wall_s']} / {r['cpu_s']} | {r['peak_mib']} | {r['start_ms']} | {collector} | "
            f"{_sched_cells(r)} |"
        )
    return "\n".join(rows)


def _sched_cells(r: dict[str, Any]) -> str:
    """The table's three scheduler columns: the GUI thread's totals, the worst stall's split, the causes."""
    sched = r["sched_ms"]
    gui = f"{sched['gui_ran'] / 1000:.1f} / {sched['gui_runqueue'] / 1000:.1f}"
    worst = max(r["stalls"], key=lambda s: s["late_ms"], default=None)
    split = "–"
    if worst is not None:
        split = (
            f"{worst['late_ms']}: {worst['gui_runqueue_ms']}, {worst['worker_ran_ms']} / {worst['worker_runqueue_ms']}"
        )
    causes = ", ".join(f"{k} {v}" for k, v in r["stall_causes"].items()) or f"none > {r['stall_ms']:g} ms"
    return f"{gui} | {split} | {causes}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Event-loop latency of the window during each export.")
    parser.add_argument("--workspace", type=Path, help="an existing workspace (default: build 240 × 50 actions)")
    parser.add_argument("--regions", type=int, default=240, help="plans of the built workspace")
    parser.add_argument("--actions", type=int, default=50, help="actions per plan of the built workspace")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated, default docx,pdf,xlsx")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--stacks", action="store_true", help="record the worker's frames at each stall")
    parser.add_argument(
        "--kernel", action="store_true", help="sample both threads' kernel state at each stall (root: stacks)"
    )
    parser.add_argument("--stall-ms", type=float, default=100.0, help="lateness recorded as a stall (--stacks)")
    parser.add_argument("--child", choices=FORMATS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        figures = measure(
            args.child, args.workspace, args.out, stacks=args.stacks, stall_ms=args.stall_ms, kernel=args.kernel
        )
        print(json.dumps(figures))
        return 0
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    with tempfile.TemporaryDirectory(prefix="export-latency-") as folder:
        workspace = args.workspace
        if workspace is None:
            from benchmarks.large_workspace import build_large

            workspace = build_large(Path(folder) / "eu.actionplan", regions=args.regions, actions=args.actions)
        results = []
        for fmt in formats:
            home = Path(folder) / fmt
            home.mkdir()
            results.append(run_child(fmt, workspace.resolve(), home, args))
            if not args.json:
                print(table(results[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    report = {"workspace": str(args.workspace or f"built: {args.regions} × {args.actions}"), "results": results}
    print(json.dumps(report, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
