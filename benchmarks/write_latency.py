"""How late a GUI-like main thread runs while a worker thread streams a big file to disk, without reportlab.

``python benchmarks/write_latency.py [--mib 60] [--folder /tmp] [--rounds 3] [--qt] [--json]``
``python benchmarks/write_latency.py --pages 13000 --page-kib 3 --small 2 [--buffer 8192] --qt``

The worker writes ``--mib`` MiB in PDF-object-sized pieces (a page stream of ``--page-kib`` KiB, then
``--small`` small objects of ~300 bytes; each piece first made by a little Python work that holds the
interpreter, as formatting an object does) into a new file in ``--folder`` through a buffered ``open(...,
"wb")`` as ``pdf_file.save_document`` does, then ``os.fsync``-s it as ``safe_write.atomic_output`` does.
The main thread meanwhile ticks every 10 ms (a ``QTimer`` with ``--qt``, else ``time.sleep``) and records each
tick's lateness. With ``--pages`` the worker does what the PDF export does instead: it keeps that many page
streams in a ``pdf_file.PageSpill``, then writes the document object by object, each page read back from the
spill, through ``pdf_file``'s buffers (``--buffer`` sets ``pdf_file.BUFFER_BYTES``, to compare).

A separate sampler process reads ``/proc/<pid>/task/<tid>/{stat,wchan,stack}`` of both threads every ~2 ms
(``stack`` needs root), so each tick more than ``--stall-ms`` late is reported with the states the two
threads were seen in during it (R running, S sleeping, D uninterruptible: disk or page-fault I/O), their
kernel wait channels, the innermost kernel frames, and each thread's major page faults over the tick.
"""

from __future__ import annotations

import argparse
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

INTERVAL_S = 0.010

SAMPLER = r"""
import os, sys, time
pid, tids, period = sys.argv[1], sys.argv[2].split(","), float(sys.argv[3])
out = sys.stdout
def read(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("ascii", "replace")
    except OSError:
        return ""
while True:
    now = time.monotonic()
    parts = [f"{now:.6f}"]
    for tid in tids:
        base = f"/proc/{pid}/task/{tid}/"
        stat = read(base + "stat")
        if not stat:
            sys.exit(0)
        fields = stat[stat.rindex(")") + 2:].split()
        state, majflt = fields[0], fields[9]
        wchan = read(base + "wchan") or "-"
        frames = []
        if state == "D":  # reading a stack costs: only where the thread waits on the disk (or a fault)
            frames = [line.split("] ", 1)[-1].split("+")[0] for line in read(base + "stack").splitlines()[:6]]
        parts.append(f"{state}|{majflt}|{wchan}|{'<'.join(frames) or '-'}")
    out.write("\t".join(parts) + "\n")
    out.flush()
    time.sleep(period)
"""


def start_sampler(tids: list[int], period_s: float) -> tuple[subprocess.Popen[bytes], Any]:
    """A process sampling this process's threads ``tids`` every ``period_s`` until stopped, into a file (a
    pipe nobody reads while the benchmark runs would fill up and stop it)."""
    out = tempfile.TemporaryFile()  # noqa: SIM115  (closed by stop_sampler)
    command = [sys.executable, "-c", SAMPLER, str(os.getpid()), ",".join(map(str, tids)), str(period_s)]
    return subprocess.Popen(command, stdout=out), out


def stop_sampler(sampler: tuple[subprocess.Popen[bytes], Any]) -> list[tuple[float, list[list[str]]]]:
    """The samples (time, per thread: state, major faults, wait channel, kernel frames) of a sampler."""
    process, out = sampler
    process.terminate()
    process.wait()
    out.seek(0)
    text = out.read().decode("ascii", "replace")
    out.close()
    samples = []
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) > 1:
            samples.append((float(fields[0]), [f.split("|", 3) for f in fields[1:]]))
    return samples


def describe(
    samples: list[tuple[float, list[list[str]]]], start: float, end: float, names: tuple[str, ...]
) -> dict[str, Any]:
    """What the sampled threads were seen doing between ``start`` and ``end`` (``time.monotonic``)."""
    seen = [s for t, s in samples if start < t < end]
    found: dict[str, Any] = {"samples": len(seen)}
    for index, name in enumerate(names):
        found[f"{name}_states"] = dict(Counter(s[index][0] for s in seen))
        found[f"{name}_wchan"] = dict(Counter(s[index][2] for s in seen if s[index][0] != "R").most_common(3))
        found[f"{name}_stack"] = dict(Counter(s[index][3] for s in seen if s[index][0] == "D").most_common(2))
        if seen:
            found[f"{name}_majflt"] = int(seen[-1][index][1]) - int(seen[0][index][1])
    return found


def majflt(tid: int) -> int:
    """Thread ``tid`` of this process's major page faults so far (Linux)."""
    stat = Path(f"/proc/self/task/{tid}/stat").read_text(encoding="ascii")
    return int(stat[stat.rindex(")") + 2 :].split()[9])


def steal_ms() -> float:
    """The time the hypervisor kept this machine's CPUs from it so far (``/proc/stat``'s steal, all CPUs), in ms."""
    with open("/proc/stat", "rb") as stat:
        fields = stat.readline().split()
    return int(fields[8]) * 1000 / os.sysconf("SC_CLK_TCK")


def vmstat(keys: tuple[str, ...]) -> dict[str, int]:
    values = dict(line.split() for line in Path("/proc/vmstat").read_text(encoding="ascii").splitlines())
    return {k: int(values.get(k, 0)) for k in keys}


VMSTAT_KEYS = ("pgmajfault", "workingset_refault_file", "pgpgin", "pgpgout", "compact_stall", "pgscan_direct")


def _piece(size: int, seed: int) -> bytes:
    """``size`` bytes made by some interpreter work (a formatted object is Python's work, not one C call)."""
    words = [f"{seed + i} 0 R /K{i % 97} [{i * 3} {i * 7}]" for i in range(max(1, size // 24))]
    return (" ".join(words).encode("ascii") + b"\n" * size)[:size]


def _write(path: Path, args: argparse.Namespace, state: dict[str, Any]) -> None:
    total, page, small = args.mib << 20, args.page_kib << 10, args.small
    state["tid"] = threading.get_native_id()
    written = 0
    seed = 0
    with open(path, "wb") as file:
        while written < total:
            for size in (page, *([300] * small)):
                data = _piece(size, seed)
                seed += 1
                file.write(data)
                written += len(data)
        state["write_end"] = time.monotonic()
    fsync_start = time.monotonic()
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    state["fsync_s"] = time.monotonic() - fsync_start
    state["done"] = True


def _save(path: Path, args: argparse.Namespace, state: dict[str, Any]) -> None:
    """As the PDF export does: ``--pages`` page streams kept in a :class:`pdf_file.PageSpill` as they are made,
    then the document written object by object (each page read back) through ``pdf_file``'s buffers."""
    from action_planner.export import pdf_file

    state["tid"] = threading.get_native_id()
    spill = pdf_file.PageSpill(path.parent)
    places = [spill.keep(_piece(args.page_kib << 10, page)) for page in range(args.pages)]
    state["save_start"] = time.monotonic()
    with open(path, "wb", buffering=pdf_file.BUFFER_BYTES) as file:
        output = pdf_file._Output(file)
        for page, place in enumerate(places):
            output.add(b"%d 0 obj\n" % page + spill.read(*place) + b"endobj\n")
            for small in range(args.small):
                output.add(_piece(300, page * 10 + small))
        state["write_end"] = time.monotonic()
    spill.close()
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    state["fsync_s"] = time.monotonic() - state["write_end"]
    state["done"] = True


def one_round(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    path = Path(tempfile.mkstemp(dir=folder, prefix=".write-latency-")[1])
    state: dict[str, Any] = {"done": False}
    worker = threading.Thread(
        target=_save if args.pages else _write,
        args=(path, args, state),
        daemon=True,
    )
    gui = threading.get_native_id()
    lateness: list[float] = []
    ticks: list[tuple[float, float, int, float]] = []  # (tick start, tick end, GUI major faults, steal ms)
    if args.qt:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.instance() or QCoreApplication([])
    before = vmstat(VMSTAT_KEYS)
    worker.start()
    while "tid" not in state:
        time.sleep(0.001)
    sampler = start_sampler([gui, state["tid"]], args.sample_s)
    started = time.monotonic()
    previous, faults, stolen = started, majflt(gui), steal_ms()
    steal_started = stolen

    def tick() -> bool:
        nonlocal previous, faults, stolen
        now = time.monotonic()
        late = (now - previous - INTERVAL_S) * 1000
        gui_faults, steal = majflt(gui), steal_ms()
        lateness.append(max(late, 0.0))
        ticks.append((previous, now, gui_faults - faults, steal - stolen))
        previous, faults, stolen = now, gui_faults, steal
        return not state["done"]

    if args.qt:
        from PySide6.QtCore import QCoreApplication, Qt, QTimer

        app = QCoreApplication.instance() or QCoreApplication([])
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(round(INTERVAL_S * 1000))
        timer.timeout.connect(lambda: tick() or app.quit())
        timer.start()
        app.exec()
        timer.stop()
    else:
        while tick():
            time.sleep(INTERVAL_S)
    worker.join()
    wall = time.monotonic() - started
    samples = stop_sampler(sampler)
    after = vmstat(VMSTAT_KEYS)
    path.unlink()
    stalls = []
    for (start, end, gui_faults, steal), late in zip(ticks, lateness, strict=True):
        if late <= args.stall_ms:
            continue
        stall: dict[str, Any] = {
            "late_ms": round(late, 1),
            "at_s": round(start - started, 2),
            "phase": "fsync"
            if start > state.get("write_end", end)
            else ("save" if start > state.get("save_start", end) else "write"),
            "gui_majflt": gui_faults,
            "steal_ms": steal,
            **describe(samples, start, end, ("gui", "worker")),
        }
        stalls.append(stall)
    ordered = sorted(lateness)
    return {
        "mib": args.mib,
        "pages": args.pages,
        "buffer": args.buffer,
        "save_s": round(state.get("write_end", 0) - state.get("save_start", 0), 2) if args.pages else None,
        "wall_s": round(wall, 2),
        "fsync_s": round(state.get("fsync_s", 0.0), 3),
        "ticks": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
        "max_ms": round(ordered[-1], 1),
        "over_100ms": sum(1 for late in ordered if late > 100),
        "steal_ms": round(stolen - steal_started),
        "vmstat": {k: after[k] - before[k] for k in VMSTAT_KEYS},
        "load": round(os.getloadavg()[0], 2),
        "stalls": stalls,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="GUI-thread lateness while a worker thread streams a file.")
    parser.add_argument("--mib", type=int, default=60)
    parser.add_argument("--folder", type=Path, default=Path("/tmp"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--page-kib", type=int, default=16, help="size of each page-stream piece")
    parser.add_argument("--small", type=int, default=6, help="small objects after each page stream")
    parser.add_argument("--pages", type=int, default=0, help="instead: keep this many pages in a spill, then save")
    parser.add_argument("--buffer", type=int, default=0, help="with --pages: pdf_file.BUFFER_BYTES (0: as it is)")
    parser.add_argument("--qt", action="store_true", help="tick with a QTimer in a Qt event loop")
    parser.add_argument("--stall-ms", type=float, default=50.0)
    parser.add_argument("--sample-s", type=float, default=0.002)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.buffer:
        from action_planner.export import pdf_file

        pdf_file.BUFFER_BYTES = args.buffer
    rounds = [one_round(args, args.folder) for _ in range(args.rounds)]
    if args.json:
        print(json.dumps(rounds, indent=1))
    else:
        for r in rounds:
            print(
                f"{r['mib']} MiB pages {r['pages']} buffer {r['buffer']} "
                f"save {r['save_s']} s: wall {r['wall_s']} s fsync {r['fsync_s']} s "
                f"p50 {r['p50_ms']} p99 {r['p99_ms']} max {r['max_ms']} >100ms {r['over_100ms']} "
                f"steal {r['steal_ms']} ms load {r['load']} vm {r['vmstat']}"
            )
            for s in r["stalls"]:
                print("   ", json.dumps(s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
