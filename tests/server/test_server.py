"""A team workspace on a real PostgreSQL server: the same content as the file, copies both ways, upgrades
asked for, passwords kept out of sight, and clear refusals for a database that is not a workspace."""

from __future__ import annotations

import concurrent.futures
import json
import select
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from sqlalchemy import create_engine

from action_planner.cli import main
from action_planner.model import migrate
from action_planner.model.address import ServerAddress
from action_planner.model.changes import Change
from action_planner.model.entities import Organisation
from action_planner.model.errors import NotAWorkspaceError, ServerUnreachableError, UpgradeNeededError, WorkspaceError
from action_planner.model.server import ServerWorkspace
from action_planner.model.services import Services
from action_planner.model.transfer import fingerprint
from action_planner.model.workspace import EVERYTHING, Workspace

if TYPE_CHECKING:
    from tests.conftest import ServerDatabases


def info(target: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["info", target, "--json"]) == 0
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    document.pop("path")
    return document


def test_info_of_the_demo_is_identical_on_a_file_and_on_the_server(
    demo_path: Path, server_workspace: object, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_workspace("demo")  # type: ignore[operator]
    on_file, on_server = info(str(demo_path), capsys), info(url, capsys)
    assert on_server == on_file
    assert on_file["regions"], "the demo has regions"


def _workbook_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}
    finally:
        workbook.close()


def _document_text(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [paragraph.text for paragraph in document.paragraphs] + cells


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True, text=True).stdout


def test_every_export_of_the_demo_is_the_same_from_the_server_as_from_the_file(
    demo_path: Path, server_workspace: Callable[[str], str], tmp_path: Path
) -> None:
    url = server_workspace("demo")
    readers: dict[str, Callable[[Path], object]] = {"xlsx": _workbook_values, "docx": _document_text, "pdf": _pdf_text}
    for fmt, read in readers.items():
        from_file, from_server = tmp_path / f"file.{fmt}", tmp_path / f"server.{fmt}"
        assert main(["export", str(demo_path), "--format", fmt, "--output", str(from_file)]) == 0
        assert main(["export", url, "--format", fmt, "--output", str(from_server)]) == 0
        assert read(from_server) == read(from_file), f"the {fmt} export differs"
        assert read(from_file), f"the {fmt} export is empty"


def test_copy_moves_every_row_and_id_to_the_server_and_back(
    demo_path: Path, server_databases: ServerDatabases, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_databases.new()
    assert main(["copy", str(demo_path), url]) == 0
    up = capsys.readouterr().out
    back = tmp_path / "offline.actionplan"
    assert main(["copy", url, str(back)]) == 0
    down = capsys.readouterr().out
    with Workspace.open(demo_path) as original:
        expected = fingerprint(original)
        plans = [(p.id, p.title) for p in Services(original).plans.list()]
    assert f"Fingerprint {expected}" in up
    assert f"Fingerprint {expected}" in down
    with Workspace.open(back) as offline:
        assert fingerprint(offline) == expected
        assert [(p.id, p.title) for p in Services(offline).plans.list()] == plans
    with Workspace.open(url) as server:
        services = Services(server)
        highest = max(o.id for o in services.organisations.list())
        added = services.organisations.add("A partner added on the server")
        assert added.id > highest, "the server's id sequence continues after the copied rows"


def test_a_copy_never_overwrites(
    demo_path: Path, server_workspace: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_workspace("empty")  # type: ignore[operator]
    with Workspace.open(url) as server:
        before = fingerprint(server)
    assert main(["copy", str(demo_path), url]) == 2
    assert "not empty" in capsys.readouterr().err
    with Workspace.open(url) as server:
        assert fingerprint(server) == before
    existing = tmp_path / "existing.actionplan"
    existing.write_bytes(demo_path.read_bytes())
    assert main(["copy", url, str(existing)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == demo_path.read_bytes()


def test_an_older_server_workspace_is_upgraded_only_when_the_planner_confirms(
    server_databases: ServerDatabases, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_databases.new()
    engine = create_engine(ServerAddress.parse(url).connect_url())
    migrate.upgrade(engine, "0001")
    engine.dispose()
    with pytest.raises(UpgradeNeededError, match="pg_dump") as refused:
        Workspace.open(url)
    assert "format 1" in str(refused.value)
    assert main(["upgrade", url]) == 2
    assert "--yes" in capsys.readouterr().err
    with pytest.raises(UpgradeNeededError):
        Workspace.open(url)  # still format 1: nothing was changed without the confirmation
    assert main(["upgrade", url, "--yes"]) == 0
    with Workspace.open(url) as upgraded:
        assert Services(upgraded).plans.list() == []


def test_a_password_in_the_address_is_never_shown_or_kept() -> None:
    address = ServerAddress.parse("postgresql://alice:s3cret@127.0.0.1:9/team")
    assert "s3cret" not in str(address)
    assert address.name == "team"
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open(address)
    assert "s3cret" not in str(refused.value)
    assert "refused the connection" in str(refused.value)


def test_a_database_that_is_not_a_workspace_is_refused_in_words(server_databases: ServerDatabases) -> None:
    empty = server_databases.new()
    with pytest.raises(NotAWorkspaceError, match="the database is empty"):
        Workspace.open(empty)
    foreign = server_databases.new()
    with psycopg.connect(foreign, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id serial primary key, amount numeric)")
    with pytest.raises(NotAWorkspaceError, match="not an Action Planner workspace"):
        Workspace.open(foreign)


def test_money_is_exact_to_the_cent_on_the_server(server_workspace: object) -> None:
    url = server_workspace("demo")  # type: ignore[operator]
    with ServerWorkspace.open_server(url) as server:
        services = Services(server)
        plan = services.plans.list()[0]
        action = services.actions.list(plan.id)[0]
        line = services.budget.add(action.id, "98765432.10", year=2027)
        assert str(line.amount) == "98765432.10"
        lines = [str(b.amount) for b in services.actions.get(action.id).budget_lines]
    with Workspace.open(url) as again:
        assert [str(b.amount) for b in Services(again).actions.get(action.id).budget_lines] == lines


def _terminate(server_admin: str, backend_pid: int) -> None:
    """End a server process as a dropped network would, and wait (on the server's word) until it is gone."""
    with psycopg.connect(server_admin, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s, 60000)", (backend_pid,))  # waits for it to end


def _write_while_the_connection_drops(workspace: Workspace, server_admin: str) -> None:
    with workspace.transaction() as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        _terminate(server_admin, raw.info.backend_pid)  # the network drops, or the server restarts
        session.add(Organisation(name="Never stored", kind="", country_code="", website=""))
        session.flush()


def test_a_connection_lost_mid_write_is_said_and_nothing_is_stored(
    server_workspace: Callable[[str], str], server_admin: str
) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as workspace:
        services = Services(workspace)
        before = fingerprint(workspace)
        with pytest.raises(ServerUnreachableError, match="could not be reached"):
            _write_while_the_connection_drops(workspace, server_admin)
        assert fingerprint(workspace) == before
        services.organisations.add("Stored after the reconnect")  # the next action reconnects by itself
        assert "Stored after the reconnect" in [o.name for o in services.organisations.list()]


def test_after_a_lost_connection_the_listener_reconnects_and_reads_everything_again(
    server_workspace: Callable[[str], str], server_admin: str
) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as workspace:
        assert workspace.others_changes() == []  # the first look starts listening: the window just read all
        assert isinstance(workspace, ServerWorkspace)
        listener = workspace._listener
        assert listener is not None
        _terminate(server_admin, listener.info.backend_pid)
        # The server closes the terminated listener's socket: wait until that can be read, then until
        # the reconnect on its own thread has finished (bounds for a loaded machine, not figures under test).
        select.select([listener.fileno()], [], [], 60)
        seen: list[list[Change]] = []
        for _ in range(10):  # lost → reconnect started → reconnect finished: three looks are enough
            seen.append(workspace.others_changes())  # never blocks: the reconnect runs on its own thread
            if list(EVERYTHING) in seen:
                break
            if workspace._reconnecting is not None:
                concurrent.futures.wait([workspace._reconnecting], timeout=60)
        assert list(EVERYTHING) in seen, "a reconnect is followed by a full refresh"
        assert workspace.reachable
        assert workspace._listener is not listener
