"""Workspace files from partners and accidents, beyond the failed opens of ``test_workspace.py``.

Each file is either opened correctly or refused with a :class:`WorkspaceError` that names it; a refused
file (and its journal) keeps every byte, and no journal or lock file is left beside it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from action_planner.model.errors import DamagedError, NewerSchemaError, NotAWorkspaceError, WorkspaceError
from action_planner.model.fileformat import APPLICATION_ID, SCHEMA_VERSION
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

Make = Callable[[Path, Path], Path]


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its digest; SQLite's shared-memory index (-shm) by name only."""
    return {
        p.name: "" if p.name.endswith("-shm") else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def refuse(path: Path) -> WorkspaceError:
    """Open ``path`` expecting a refusal; fail (closing the workspace) if it opens."""
    try:
        workspace = Workspace.open(path)
    except WorkspaceError as refused:
        return refused
    workspace.close()
    pytest.fail(f"{path.name} was opened")


def assert_refused_untouched(path: Path, error: type[WorkspaceError], words: str) -> None:
    before = folder_state(path.parent)
    refused = refuse(path)
    assert isinstance(refused, error), repr(refused)
    assert words in str(refused), str(refused)
    assert str(path) in str(refused)
    assert folder_state(path.parent) == before


def copy_demo(demo_path: Path, folder: Path, name: str = "partner.actionplan") -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / name
    target.write_bytes(demo_path.read_bytes())
    return target


def with_sql(sql: str, *, functions: tuple[str, ...] = ()) -> Make:
    """A copy of the demo changed by ``sql`` (run with foreign keys off, as another tool would)."""

    def make(demo_path: Path, folder: Path) -> Path:
        target = copy_demo(demo_path, folder)
        connection = sqlite3.connect(target)
        for name in functions:  # functions the other application defines, unknown to Action Planner
            connection.create_function(name, 1, lambda value: value, deterministic=True)
        connection.executescript(sql)
        connection.close()
        return target

    return make


def committed_in_journal(sql: str) -> Make:
    """A copy of the demo with ``sql`` committed to its write-ahead journal but not yet to the file.

    That is how a workspace looks after the program that changed it crashed (or the laptop died).
    """

    def make(demo_path: Path, folder: Path) -> Path:
        target = copy_demo(demo_path, folder)
        code = (
            "import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
            "c.executescript(sys.argv[2])\n"
            "from pathlib import Path\n"
            "from action_planner.model import wal\n"
            "from action_planner.model.writer import WriterLock\n"
            "WriterLock.acquire(Path(sys.argv[1])).write(wal=wal.salts(Path(sys.argv[1])))  # as our writer does\n"
            "os._exit(0)  # no checkpoint, no clean close: the change stays in the journal\n"
        )
        subprocess.run([sys.executable, "-c", code, str(target), sql], check=True)
        assert target.with_name(target.name + "-wal").stat().st_size > 0
        return target

    return make


def with_bytes(change: Callable[[bytes], bytes]) -> Make:
    def make(demo_path: Path, folder: Path) -> Path:
        target = copy_demo(demo_path, folder)
        target.write_bytes(change(target.read_bytes()))
        return target

    return make


def header_field(data: bytes, offset: int, value: int, size: int = 4) -> bytes:
    return data[:offset] + value.to_bytes(size, "big") + data[offset + size :]


def magic_then_garbage(*, ours: bool) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        garbage = bytearray(os.urandom(16 * 1024))
        garbage[:16] = b"SQLite format 3\x00"
        if ours:  # a header that passes the first checks: our application id and a known schema
            garbage[60:64] = SCHEMA_VERSION.to_bytes(4, "big")
            garbage[68:72] = APPLICATION_ID.to_bytes(4, "big")
        return bytes(garbage)

    return change


def with_garbage_journal(make: Make) -> Make:
    def make_with_journal(demo_path: Path, folder: Path) -> Path:
        target = make(demo_path, folder)
        target.with_name(target.name + "-wal").write_bytes(os.urandom(64 * 1024))
        return target

    return make_with_journal


# -- refused, untouched ------------------------------------------------------------------------


REFUSED: list[tuple[str, Make, type[WorkspaceError], str]] = [
    (
        "trigger-on-settings",
        with_sql("CREATE TRIGGER audit AFTER INSERT ON settings BEGIN DELETE FROM budget_lines; END;"),
        DamagedError,
        "did not create",
    ),
    (
        "trigger-on-catalogue",
        with_sql("CREATE TRIGGER keep BEFORE DELETE ON indicators BEGIN SELECT RAISE(ABORT, 'no'); END;"),
        DamagedError,
        "did not create",
    ),
    (
        "view-shadowing-a-table",
        with_sql("ALTER TABLE themes RENAME TO themes_data; CREATE VIEW themes AS SELECT * FROM themes_data;"),
        DamagedError,
        "did not create",
    ),
    (
        "table-of-another-app",
        with_sql(
            "CREATE TABLE sync_state (id INTEGER PRIMARY KEY, token TEXT); INSERT INTO sync_state VALUES (1, 'x');"
        ),
        DamagedError,
        "did not create",
    ),
    (
        "index-on-random",
        with_sql(
            "PRAGMA writable_schema = ON;"
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
            "('index', 'ix_shuffle', 'actions', 0, 'CREATE INDEX ix_shuffle ON actions(random())');"
        ),
        DamagedError,
        "damaged",
    ),
    ("truncated-1%", with_bytes(lambda d: d[: len(d) // 100]), DamagedError, "damaged"),
    ("truncated-50%", with_bytes(lambda d: d[: len(d) // 2]), DamagedError, "damaged"),
    ("truncated-99%", with_bytes(lambda d: d[: len(d) * 99 // 100]), DamagedError, "damaged"),
    ("truncated-last-page", with_bytes(lambda d: d[: len(d) - 4096]), DamagedError, "damaged"),
    ("page-count-too-big", with_bytes(lambda d: header_field(d, 28, 100_000)), DamagedError, "damaged"),
    ("page-size-garbage", with_bytes(lambda d: header_field(d, 16, 1234, size=2)), DamagedError, "damaged"),
    ("first-page-then-zeros", with_bytes(lambda d: d[:4096] + bytes(len(d) - 4096)), DamagedError, "damaged"),
    ("magic-then-garbage", with_bytes(magic_then_garbage(ours=False)), NotAWorkspaceError, "another application"),
    ("our-header-then-garbage", with_bytes(magic_then_garbage(ours=True)), DamagedError, "damaged"),
    ("zeros-1MB", with_bytes(lambda d: bytes(1 << 20)), NotAWorkspaceError, "not a SQLite"),
    (
        "application-id-changed",
        with_bytes(lambda d: header_field(d, 68, 0x4750_4B47)),
        NotAWorkspaceError,
        "another application",
    ),
    ("user-version-maximum", with_bytes(lambda d: header_field(d, 60, 2**31 - 1)), NewerSchemaError, "newer version"),
    (
        "hostile-trigger-in-journal",
        committed_in_journal("CREATE TRIGGER wipe AFTER UPDATE ON actions BEGIN DELETE FROM budget_lines; END;"),
        DamagedError,
        "did not create",
    ),
]


@pytest.mark.parametrize(("make", "error", "words"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_a_hostile_or_damaged_file_is_refused_clearly_and_left_untouched(
    demo_path: Path, tmp_path: Path, make: Make, error: type[WorkspaceError], words: str
) -> None:
    assert_refused_untouched(make(demo_path, tmp_path / "in"), error, words)


# -- refused: schema objects, journals and links that earlier checks missed ---------------------------------

SUBTLE: list[tuple[str, Make, type[WorkspaceError], str]] = [
    (
        "trigger-named-sqlitex",
        with_sql("CREATE TRIGGER sqlitextrigger AFTER UPDATE ON actions BEGIN DELETE FROM budget_lines; END;"),
        DamagedError,
        "did not create",
    ),
    (
        "view-named-sqlite1",
        with_sql("CREATE VIEW sqlite1view AS SELECT * FROM plans;"),
        DamagedError,
        "did not create",
    ),
    (
        "index-on-unknown-function",
        with_sql("CREATE INDEX ix_sortable ON actions(collate_key(title));", functions=("collate_key",)),
        DamagedError,
        "did not create",
    ),
    (
        "known-table-redefined",
        with_sql(
            "ALTER TABLE actions ADD COLUMN audit TEXT CHECK (audit IS NULL OR audited(audit));",
            functions=("audited",),
        ),
        DamagedError,
        "did not create",
    ),
    (
        "newer-schema-in-journal",
        committed_in_journal(f"PRAGMA user_version = {SCHEMA_VERSION + 1};"),
        NewerSchemaError,
        "newer version",
    ),
    (
        "application-id-in-journal",
        committed_in_journal("PRAGMA application_id = 1196444487;"),
        NotAWorkspaceError,
        "another application",
    ),
]


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [pytest.param(*r[1:], id=r[0]) for r in SUBTLE],
)
def test_a_subtly_hostile_file_is_refused(
    demo_path: Path, tmp_path: Path, make: Make, error: type[WorkspaceError], words: str
) -> None:
    assert_refused_untouched(make(demo_path, tmp_path / "in"), error, words)


def test_a_hostile_trigger_in_the_journal_is_refused_through_a_symlink(demo_path: Path, tmp_path: Path) -> None:
    real = committed_in_journal("CREATE TRIGGER wipe AFTER UPDATE ON actions BEGIN DELETE FROM budget_lines; END;")(
        demo_path, tmp_path / "real"
    )
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "shared.actionplan"
    link.symlink_to(real)
    before = folder_state(real.parent)
    refused = refuse(link)
    assert isinstance(refused, DamagedError)
    assert "did not create" in str(refused)
    assert folder_state(real.parent) == before


def test_a_refused_file_with_a_garbage_journal_gets_no_new_files_beside_it(demo_path: Path, tmp_path: Path) -> None:
    path = with_garbage_journal(with_sql("CREATE VIEW spy AS SELECT * FROM plans;"))(demo_path, tmp_path / "in")
    assert_refused_untouched(path, DamagedError, "did not create")


def unfinished_in_rollback_journal(make: Make, sql: str) -> Make:
    """``make``'s file in rollback-journal mode, with ``sql`` half done: the program writing it was killed
    mid-transaction, leaving a hot -journal (how a file from an older tool or a copy can look)."""

    def make_unfinished(demo_path: Path, folder: Path) -> Path:
        target = make(demo_path, folder)
        connection = sqlite3.connect(target)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.close()
        code = (
            "import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA cache_size = 1')  # spill changed pages into the file before the commit\n"
            "c.execute('BEGIN')\n"
            "for statement in sys.argv[2].split(';'):\n"
            "    c.execute(statement)\n"
            "os._exit(0)  # killed mid-change: no commit, no rollback\n"
        )
        subprocess.run([sys.executable, "-c", code, str(target), sql], check=True)
        assert target.with_name(target.name + "-journal").stat().st_size > 0
        return target

    return make_unfinished


UNFINISHED = "UPDATE actions SET title = 'UNCOMMITTED ' || title; UPDATE budget_lines SET amount = '1'"


def test_a_hostile_file_with_an_unfinished_change_is_refused_and_keeps_its_journal(
    demo_path: Path, tmp_path: Path
) -> None:
    hostile = with_sql("CREATE TRIGGER audit AFTER INSERT ON settings BEGIN DELETE FROM budget_lines; END;")
    path = unfinished_in_rollback_journal(hostile, UNFINISHED)(demo_path, tmp_path / "in")
    assert_refused_untouched(path, DamagedError, "did not create")  # the undo ran on a copy only


# -- opened, correctly ---------------------------------------------------------------------------


def plan_titles(path: Path) -> list[str]:
    """The plans' titles read with plain sqlite3 from exactly ``path`` (no URI parsing)."""
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM plans ORDER BY id")]
    finally:
        connection.close()


@pytest.mark.parametrize(
    "journal",
    [
        pytest.param(lambda: os.urandom(64 * 1024), id="random-bytes"),
        pytest.param(
            lambda: struct.pack(">8I", 0x377F0682, 3007000, 4096, 0, 1234, 5678, 0, 0) + os.urandom(3 * (24 + 4096)),
            id="valid-header-garbage-frames",
        ),
    ],
)
def test_a_garbage_journal_beside_a_good_workspace_is_ignored(
    demo_path: Path, tmp_path: Path, journal: Callable[[], bytes]
) -> None:
    path = copy_demo(demo_path, tmp_path / "in")
    expected = plan_titles(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    path.with_name(path.name + "-wal").write_bytes(journal())
    with Workspace.open(path) as workspace:
        assert [p.title for p in Services(workspace).plans.list()] == expected
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_an_unfinished_change_in_a_rollback_journal_is_undone_on_open(demo_path: Path, tmp_path: Path) -> None:
    path = unfinished_in_rollback_journal(copy_demo, UNFINISHED)(demo_path, tmp_path / "in")
    with Workspace.open(path) as workspace:
        services = Services(workspace)
        plan = services.plans.list()[0]
        actions = services.actions.list(plan.id)
    with Workspace.open(demo_path) as original:
        assert actions == Services(original).actions.list(plan.id)  # the change that never committed is gone
    assert not path.with_name(path.name + "-journal").exists()


def test_a_symlink_to_a_workspace_opens_and_edits_land_in_the_target(demo_path: Path, tmp_path: Path) -> None:
    real = copy_demo(demo_path, tmp_path / "real")
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "shared.actionplan"
    link.symlink_to(real)
    with Workspace.open(link) as workspace:
        services = Services(workspace)
        plan = services.plans.list()[0]
        services.plans.update(plan.id, title="Edited through a link")
    assert link.is_symlink()
    assert plan_titles(real)[0] == "Edited through a link"
    assert sorted(p.name for p in (tmp_path / "links").iterdir()) == [link.name]
    assert sorted(p.name for p in real.parent.iterdir()) == [real.name]


@pytest.mark.parametrize(
    "name",
    [
        "with spaces.actionplan",
        "Gävleborg – Śląskie 計画.actionplan",
        "plan #2.actionplan",
        "100% done.actionplan",
        "what?.actionplan",
        "draft?mode=ro.actionplan",
        "plan%20one.actionplan",
    ],
)
def test_a_workspace_with_any_file_name_is_created_and_reopened_in_that_very_file(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "my plans" / "ünïcode & co"
    folder.mkdir(parents=True)
    path = folder / name
    with Workspace.create(path) as workspace:
        services = Services(workspace)
        region = services.regions.add("SE31")
        services.plans.add(region.id, "Gävleborg plan")
    assert sorted(p.name for p in folder.iterdir()) == [name]
    assert plan_titles(path) == ["Gävleborg plan"]
    with Workspace.open(path) as workspace:
        assert [p.title for p in Services(workspace).plans.list()] == ["Gävleborg plan"]
    assert sorted(p.name for p in folder.iterdir()) == [name]
