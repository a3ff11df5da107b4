"""The exact schema each workspace format has, so a file carrying anything else is refused.

``schemas.json`` beside this module holds, for every file format (``user_version``), the shape
of every table and index the migrations create: columns with their types, nullability,
defaults and keys, foreign keys, and indexed columns. Shapes, not the stored SQL text, so
that a file made with another SQLAlchemy or SQLite version still matches. A test rebuilds
them from the migrations and fails if they drift; regenerate with
``python -m action_planner.model.schema``.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "migrations" / "schemas.json"

Entry = tuple[str, str, str, str]  # type, name, table, shape (canonical JSON)


def _bookkeeping(kind: str, name: str, sql: str | None) -> bool:
    """SQLite's own objects: the AUTOINCREMENT counter, statistics, and indexes behind UNIQUE."""
    if name == "sqlite_sequence" or name.startswith("sqlite_stat"):
        return kind == "table"
    return kind == "index" and name.startswith("sqlite_autoindex_") and sql is None


def _shape(connection: sqlite3.Connection, kind: str, name: str, sql: str | None) -> str:
    """What matters about one object, independent of how its CREATE statement was spelled."""
    if kind == "table":
        columns = connection.execute(
            'SELECT name, upper(type), "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)', (name,)
        ).fetchall()
        keys = connection.execute(
            'SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)', (name,)
        ).fetchall()
        autoincrement = "AUTOINCREMENT" in (sql or "").upper()
        return json.dumps({"columns": columns, "foreign_keys": sorted(keys), "autoincrement": autoincrement})
    if kind == "index":
        listed = connection.execute(
            'SELECT "unique", partial FROM pragma_index_list(?) WHERE name = ?',
            (connection.execute("SELECT tbl_name FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0], name),
        ).fetchone()
        columns = connection.execute("SELECT cid, name FROM pragma_index_info(?)", (name,)).fetchall()
        return json.dumps(
            {"unique": listed[0] if listed else None, "partial": listed[1] if listed else None, "columns": columns}
        )
    return sql or ""  # triggers and views: never made by the migrations, so any is a difference


def read_master(connection: sqlite3.Connection) -> set[Entry]:
    """Every schema object of a database with its shape, except SQLite's own bookkeeping."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (str(t), str(n), str(tb), _shape(connection, str(t), str(n), s))
        for t, n, tb, s in rows
        if not _bookkeeping(str(t), str(n), s)
    }


def differences(actual: set[Entry], version: int) -> list[str]:
    """What a file of format ``version`` has that the migrations did not make, or lacks, in words."""
    wanted = expected(version)
    if wanted is None:
        return [f"an unknown file format ({version})"]
    made = {(t, n): s for t, n, _, s in wanted}
    found = {(t, n): s for t, n, _, s in actual}
    problems = [
        f"{t} “{n}”" if (t, n) not in made else f"a changed {t} “{n}”"
        for (t, n), s in sorted(found.items())
        if made.get((t, n), "\0") != s
    ]
    problems += [f"no {t} “{n}”" for (t, n) in sorted(made) if (t, n) not in found]
    return problems


@cache
def expected(version: int) -> frozenset[Entry] | None:
    """The objects a file of format ``version`` must have, or None for an unknown format."""
    with SCHEMAS.open(encoding="utf-8") as handle:
        shipped: dict[str, list[list[str]]] = json.load(handle)
    rows = shipped.get(str(version))
    if rows is None:
        return None
    return frozenset((str(t), str(n), str(tb), str(s)) for t, n, tb, s in rows)


def build() -> dict[str, list[list[str]]]:
    """Migrate an empty in-memory database to each format in turn and record its objects."""
    from sqlalchemy import create_engine

    from action_planner.model.migrate import revisions, upgrade

    result: dict[str, list[list[str]]] = {}
    for version, revision in enumerate(revisions(), start=1):
        engine = create_engine("sqlite://")
        upgrade(engine, revision)
        raw = engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            result[str(version)] = [list(row) for row in sorted(read_master(connection), key=lambda r: (r[0], r[1]))]
        finally:
            raw.close()
            engine.dispose()
    return result


if __name__ == "__main__":
    SCHEMAS.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SCHEMAS}")
