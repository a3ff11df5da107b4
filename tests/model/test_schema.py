"""The shipped schema of each file format is exactly what the migrations make."""

from __future__ import annotations

import json

from action_planner.model.fileformat import SCHEMA_VERSION
from action_planner.model.migrate import revisions
from action_planner.model.schema import SCHEMAS, build


def test_shipped_schemas_match_the_migrations() -> None:
    shipped = json.loads(SCHEMAS.read_text(encoding="utf-8"))
    assert shipped == build(), "regenerate with: python -m action_planner.model.schema"


def test_every_migration_is_one_file_format() -> None:
    assert len(revisions()) == SCHEMA_VERSION
    assert revisions() == [f"{n:04d}" for n in range(1, SCHEMA_VERSION + 1)]
