"""Nothing lost when the world pushes back: a second writer, a locked or full file, a foreign journal,
a file deleted or replaced while open, and backups that are whole or absent (issue 11, items 1–6)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event

from action_planner.model.errors import (
    BusyError,
    DamagedError,
    DiskFullError,
    HeldElsewhereError,
    ReadOnlyWindowError,
    WorkspaceGoneError,
)
from action_planner.model.fileformat import APPLICATION_ID
from action_planner.model.migrate import upgrade
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace, backup_name
from action_planner.model.writer import lock_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def organisation_names(path: Path) -> set[str]:
    with Workspace.open(path) as workspace:
        return {o.name for o in Services(workspace).organisations.list()}


@pytest.fixture
def opened(demo_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_path)
    yield workspace
    workspace.close()


# -- one writer per file -------------------------------------------------------------------------


def test_a_second_writer_is_refused_naming_the_holder_and_may_open_read_only(opened: Workspace) -> None:
    with pytest.raises(HeldElsewhereError) as refused:
        Workspace.open(opened.path)
    assert "already open for writing by" in str(refused.value)
    assert "read-only" in str(refused.value)
    holder = json.loads(lock_path(opened.file).read_text())
    assert holder["host"] in str(refused.value)

    reader = Workspace.open(opened.path, read_only=True)
    try:
        assert reader.read_only
        seen = reader.data_version()
        Services(opened).organisations.add("Written by the writer")
        assert reader.data_version() != seen  # what the window polls to refresh
        assert "Written by the writer" in {o.name for o in Services(reader).organisations.list()}
        with pytest.raises(ReadOnlyWindowError, match="open read-only"):
            Services(reader).organisations.add("Written by the reader")
    finally:
        reader.close()
    opened.close()
    assert "Written by the reader" not in organisation_names(opened.file)


def test_another_process_writing_is_refused_and_its_crash_releases_the_lock(demo_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom action_planner.model.workspace import Workspace\n"
            "w = Workspace.open(sys.argv[1])\nprint('open', flush=True)\nsys.stdin.readline()\n",
            str(demo_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(HeldElsewhereError, match=f"process {holder.pid}"):
            Workspace.open(demo_path)
    finally:
        holder.kill()  # a crash: the lock file stays, the OS lock goes
        holder.communicate()
    assert lock_path(demo_path).exists()
    with Workspace.open(demo_path) as workspace:  # the stale lock is taken over
        Services(workspace).organisations.add("After the crash")
    assert "After the crash" in organisation_names(demo_path)


def test_the_cli_refuses_a_write_beside_a_writer_in_one_line_and_reads_beside_it(
    opened: Workspace, tmp_path: Path
) -> None:
    catalogue = tmp_path / "catalogue.csv"
    command = [sys.executable, "-m", "action_planner"]
    exported = subprocess.run(
        [*command, "catalogue", "export", str(opened.path), str(catalogue)], check=False, capture_output=True
    )
    assert exported.returncode == 0, exported.stderr
    imported = subprocess.run(
        [*command, "catalogue", "import", str(opened.path), str(catalogue)], check=False, capture_output=True, text=True
    )
    assert imported.returncode == 2
    assert imported.stderr.count("\n") == 1
    assert "already open for writing" in imported.stderr
    info = subprocess.run([*command, "info", str(opened.path)], check=False, capture_output=True, text=True)
    assert info.returncode == 0, info.stderr
    assert "Reporting currency" in info.stdout


# -- the database's refusals ---------------------------------------------------------------------


def _limit_pages(engine: Engine, pages: int) -> None:
    def limit(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", limit)
    engine.dispose()  # the next session connects anew, with the limit


def _fill(services: Services) -> None:
    for number in range(200):
        services.organisations.add(f"Filler {number} " + "x" * 250)


def test_a_full_disk_is_a_plain_refusal_and_changes_nothing(opened: Workspace) -> None:
    pages = int(sqlite3.connect(opened.file).execute("PRAGMA page_count").fetchone()[0])
    _limit_pages(opened.engine, pages)  # SQLite now answers SQLITE_FULL, as on a full disk
    services = Services(opened)
    with pytest.raises(DiskFullError, match="the disk is full"):
        _fill(services)
    opened.close()
    names = organisation_names(opened.file)
    assert not any(name.startswith("Filler 199") for name in names)


#: The command line in a process of its own whose every SQLite connection may not grow the file past
#: its current size: SQLite then answers SQLITE_FULL exactly where a full disk would.
FULL_DISK_CLI = r"""
import sqlite3, sys
from sqlalchemy import Engine, event
from action_planner import cli

pages = int(sys.argv[1])

@event.listens_for(Engine, "connect")
def limit(connection, _record):
    connection.execute(f"PRAGMA max_page_count = {pages}")

sys.exit(cli.main(sys.argv[2:]))
"""


def test_a_catalogue_import_on_a_full_disk_is_one_line_exit_2_and_changes_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "action_planner"]
    catalogue = tmp_path / "catalogue.csv"
    exported = subprocess.run(
        [*command, "catalogue", "export", str(demo_path), str(catalogue)], check=False, capture_output=True
    )
    assert exported.returncode == 0, exported.stderr
    with catalogue.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    with catalogue.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        for number, row in enumerate(rows * 5):  # 5 × the catalogue as new entries, long enough to need pages
            writer.writerow(row | {"code": f"N{number:03d}", "description": row["description"] + " more" * 600})
    pages = int(sqlite3.connect(demo_path).execute("PRAGMA page_count").fetchone()[0])
    before = digest(demo_path)
    imported = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CLI, str(pages), "catalogue", "import", str(demo_path), str(catalogue)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 2, imported.stderr
    assert imported.stderr.count("\n") == 1, imported.stderr  # one line, no traceback, no SQL
    assert "the disk is full" in imported.stderr
    assert "Traceback" not in imported.stderr
    assert digest(demo_path) == before
    info = subprocess.run([*command, "info", "--json", str(demo_path)], check=False, capture_output=True, text=True)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["catalogue"]["interventions"] == len(rows)  # none of the new ones


def test_a_lock_held_by_another_process_past_the_timeout_is_a_plain_refusal(opened: Workspace) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\nprint('held', flush=True)\nsys.stdin.readline()\n",
            str(opened.path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(BusyError, match="another program kept the file locked"):
            Services(opened).organisations.add("Blocked")
    finally:
        holder.kill()
        holder.communicate()
    Services(opened).organisations.add("After the lock")
    names = {o.name for o in Services(opened).organisations.list()}
    assert "After the lock" in names
    assert "Blocked" not in names


EDITOR = r"""
import sys
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

workspace = Workspace.open(sys.argv[1], exclusive=False)  # two writers on purpose: SQLite's locks decide
services = Services(workspace)
print("ready", flush=True)
sys.stdin.readline()
for number in range(300):
    services.organisations.add(f"{sys.argv[2]} {number}")
workspace.close()
print("done", flush=True)
"""


def test_two_processes_making_300_edits_each_lose_nothing(demo_path: Path) -> None:
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(demo_path), tag],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("first", "second")
    ]
    for editor in editors:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "ready"
    for editor in editors:  # both start together
        assert editor.stdin is not None
        editor.stdin.write("go\n")
        editor.stdin.flush()
    for editor in editors:
        out, err = editor.communicate()
        assert editor.returncode == 0, err
        assert out.strip() == "done"
    names = organisation_names(demo_path)
    for tag in ("first", "second"):
        assert {f"{tag} {n}" for n in range(300)} <= names


# -- the file under the window is the file the user opened ---------------------------------------

CRASHING_WRITER = r"""
import os, sys
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

workspace = Workspace.open(sys.argv[1])
Services(workspace).organisations.add("Only in the other workspace")
os._exit(0)  # no checkpoint: the edit stays in its -wal
"""


def test_a_wal_from_another_workspace_is_refused_and_both_files_stay(demo_path: Path, empty_template: Path) -> None:
    other = demo_path.with_name("other.actionplan")
    shutil.copyfile(empty_template, other)
    subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(other)], check=True)
    foreign = other.with_name(other.name + "-wal")
    assert foreign.stat().st_size > 0
    planted = demo_path.with_name(demo_path.name + "-wal")
    shutil.copyfile(foreign, planted)
    before = digest(demo_path), digest(planted)
    with pytest.raises(DamagedError, match="belongs to another database") as refused:
        Workspace.open(demo_path)
    assert demo_path.name in str(refused.value)
    assert planted.name in str(refused.value)
    assert (digest(demo_path), digest(planted)) == before
    assert "Only in the other workspace" in organisation_names(other)  # its own -wal is its own


def test_a_crashed_writers_own_wal_is_applied_even_before_its_record_names_the_log(demo_path: Path) -> None:
    subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(demo_path)], check=True)
    record = lock_path(demo_path)
    held = json.loads(record.read_text())
    assert held.get("wal") is not None
    held.pop("wal")  # as a kill between the first commit and the record's rewrite leaves it
    record.write_text(json.dumps(held))
    with Workspace.open(demo_path) as workspace:
        assert "Only in the other workspace" in {o.name for o in Services(workspace).organisations.list()}


def test_a_workspace_deleted_while_open_stops_writing_and_can_be_saved_anew(opened: Workspace) -> None:
    services = Services(opened)
    services.organisations.add("Before the delete")
    opened.file.unlink()
    with pytest.raises(WorkspaceGoneError, match="deleted or moved"):
        services.organisations.add("Into nowhere")
    rescued = opened.backup_to(opened.file.with_name("rescued.actionplan"))
    assert "Before the delete" in organisation_names(rescued)


def test_a_workspace_replaced_while_open_stops_writing_and_leaves_the_new_file(
    opened: Workspace, empty_template: Path
) -> None:
    replacement = opened.file.with_name("restored.actionplan")
    shutil.copyfile(empty_template, replacement)
    replacement.replace(opened.file)
    before = digest(opened.file)
    with pytest.raises(WorkspaceGoneError, match="replaced"):
        Services(opened).organisations.add("Into the wrong file")
    assert digest(opened.file) == before


# -- backups whole or absent ---------------------------------------------------------------------


def _format_1(path: Path) -> Path:
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.close()
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    return path


def test_an_empty_pre_upgrade_backup_is_remade_before_the_upgrade(tmp_path: Path) -> None:
    path = _format_1(tmp_path / "old.actionplan")
    kept = backup_name(path, 1)
    kept.write_bytes(b"")  # what a kill during the copy left, before this change
    Workspace.open(path).close()
    raw = sqlite3.connect(kept)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, kept.name])
