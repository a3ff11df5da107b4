"""The exact schema each workspace format has, so a file carrying anything else is refused.

``schemas.json`` beside this module holds, for every file format (``user_version``), the
``sqlite_master`` rows that the migrations create. A test rebuilds them from the migrations
and fails if they drift; regenerate with ``python -m action_planner.model.schema``.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "migrations" / "schemas.json"

Entry = tuple[str, str, str, str | None]  # type, name, table, sql


def _bookkeeping(kind: str, name: str, sql: str | None) -> bool:
    """SQLite's own objects: the AUTOINCREMENT counter, statistics, and indexes behind UNIQUE."""
    if name == "sqlite_sequence" or name.startswith("sqlite_stat"):
        return kind == "table"
    return kind == "index" and name.startswith("sqlite_autoindex_") and sql is None


def read_master(connection: sqlite3.Connection) -> set[Entry]:
    """Every schema object of a database, except SQLite's own bookkeeping."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (str(t), str(n), str(tb), None if s is None else str(s))
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
        shipped: dict[str, list[list[str | None]]] = json.load(handle)
    rows = shipped.get(str(version))
    if rows is None:
        return None
    return frozenset((str(t), str(n), str(tb), s) for t, n, tb, s in rows)


def build() -> dict[str, list[list[str | None]]]:
    """Migrate an empty in-memory database to each format in turn and record its objects."""
    from sqlalchemy import create_engine

    from action_planner.model.migrate import revisions, upgrade

    result: dict[str, list[list[str | None]]] = {}
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
