"""Move a workspace between a file and a server, both ways, with every row and id intact.

A copy is all or nothing: a file is written under a temporary name and renamed once whole; a server
database gets every row in one transaction, and its tables are removed again if the copy fails. The
content :func:`fingerprint` is equal on both sides of a copy (``action-planner copy`` prints it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select, text

from action_planner.model.address import ServerAddress, is_server_url
from action_planner.model.entities import Base
from action_planner.model.errors import Location, WorkspaceError
from action_planner.model.fileformat import locate
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.workspace import Workspace

#: Rows read and written per round trip.
CHUNK = 2000


def tables() -> list[Table]:
    """The workspace's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def _rows(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    result = connection.execution_options(yield_per=CHUNK).execute(select(table).order_by(*order))
    for chunk in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in chunk]


def _high_water(connection: Connection) -> dict[str, int]:
    """The highest id each table ever gave out (ids are never reused, so undo can restore them)."""
    marks: dict[str, int] = {}
    if connection.dialect.name == "sqlite":
        for name, seq in connection.execute(text("SELECT name, seq FROM sqlite_sequence")):
            marks[str(name)] = int(seq)
        return marks
    for table in tables():
        if "id" not in table.c:
            continue
        sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if sequence:
            last, called = connection.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
            marks[table.name] = int(last) if called else 0
    return marks


def _set_high_water(connection: Connection, marks: dict[str, int]) -> None:
    for table in tables():
        if "id" not in table.c:
            continue
        highest = connection.execute(select(table.c.id).order_by(table.c.id.desc()).limit(1)).scalar() or 0
        mark = max(int(highest), marks.get(table.name, 0))
        if connection.dialect.name == "sqlite":
            connection.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table.name})
            if mark:
                connection.execute(
                    text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :s)"), {"t": table.name, "s": mark}
                )
        else:
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :s, :called)"),
                {"t": table.name, "s": max(mark, 1), "called": mark > 0},
            )


def _copy_rows(source: Workspace, destination: Workspace) -> None:
    with source.engine.connect() as reading, destination.engine.begin() as writing:
        for table in reversed(tables()):  # the rows a migration seeds (the built-in funding sources) give way
            writing.execute(table.delete())
        for table in tables():
            for chunk in _rows(reading, table):
                writing.execute(insert(table), chunk)
        _set_high_water(writing, _high_water(reading))


def copy_workspace(source: Workspace, target: str | os.PathLike[str] | ServerAddress) -> Location:
    """Copy every row of ``source`` into a new workspace at ``target`` (a new file, or an empty server
    database); return where it is. Nothing is left at ``target`` if the copy fails."""
    if is_server_url(target):
        return _to_server(source, ServerAddress.parse(str(target) if not isinstance(target, ServerAddress) else target))
    assert not isinstance(target, ServerAddress)
    return _to_file(source, locate(target))


def _to_file(source: Workspace, destination: Path) -> Path:
    if destination.exists():
        raise WorkspaceError(destination, Message(QT_TRANSLATE_NOOP("Model", "a file with that name already exists.")))
    if not destination.parent.is_dir():
        raise WorkspaceError(destination, Message(QT_TRANSLATE_NOOP("Model", "its folder does not exist.")))
    folder = tempfile.mkdtemp(prefix=f".{destination.stem}-", suffix=".copying", dir=destination.parent)
    temp = Path(folder) / destination.name
    try:
        with Workspace.create(temp, seed=False) as copy:
            _copy_rows(source, copy)
        os.replace(temp, destination)  # the same folder's file system: atomic
    finally:
        for leftover in Path(folder).iterdir():
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    return destination


def _to_server(source: Workspace, address: ServerAddress) -> ServerAddress:
    copy = Workspace.create(address, seed=False)
    try:
        _copy_rows(source, copy)
    except BaseException:
        with contextlib.suppress(Exception), copy.engine.begin() as connection:
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        raise
    finally:
        copy.close()
    return address


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value, "f")  # stored as this canonical text on both engines
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):  # enums
        return value.value
    return value


def fingerprint(workspace: Workspace) -> str:
    """A SHA-256 of every row of every table, read through the model's types: equal for a workspace and
    its copy, on a file or a server."""
    digest = hashlib.sha256()
    with workspace.engine.connect() as connection:
        for table in tables():
            digest.update(f"\x00{table.name}\x00".encode())
            for chunk in _rows(connection, table):
                for row in chunk:
                    digest.update(json.dumps([_plain(row[c.name]) for c in table.c], default=str).encode())
    return digest.hexdigest()
