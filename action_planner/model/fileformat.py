"""What makes a file an Action Planner workspace, readable without SQLAlchemy: its header and format.

Kept light (standard library only) so the window can glance at a workspace before the ORM is loaded.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from action_planner.model.errors import NewerSchemaError, NotAWorkspaceError, ReadOnlyError

SUFFIX = ".actionplan"
#: SQLite ``application_id`` of every workspace ("APLN").
APPLICATION_ID = 0x41504C4E
#: ``user_version`` written by the newest migration; a file above it is from a newer app.
SCHEMA_VERSION = 2
#: How long an action waits for another program's lock before giving up (ms).
BUSY_TIMEOUT_MS = 2000

SQLITE_MAGIC = b"SQLite format 3\x00"


def ro_uri(path: Path) -> str:
    """Read-only URI; ``immutable`` (which creates no -wal/-shm beside the file) unless a journal is pending."""
    pending = path.with_name(path.name + "-wal").exists()
    return f"file:{quote(str(path))}?mode=ro" + ("" if pending else "&immutable=1")


def read_header(path: Path) -> tuple[int, int]:
    """Check that ``path`` is an Action Planner workspace without writing; return (app id, schema).

    Raises the :class:`WorkspaceError` subclass that names the problem.
    """
    if not path.exists():
        raise NotAWorkspaceError(path, "the file does not exist.")
    if path.is_dir():
        raise NotAWorkspaceError(path, "it is a folder, not a workspace file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise ReadOnlyError(path, "you do not have permission to read it.") from None
    except OSError as exc:
        raise NotAWorkspaceError(path, f"it could not be read ({exc.strerror or exc}).") from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        if not header:
            raise NotAWorkspaceError(path, "the file is empty.")
        raise NotAWorkspaceError(path, "it is not an Action Planner workspace (not a SQLite database).")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            path, "it is a SQLite database from another application, not an Action Planner workspace."
        )
    if user_version > SCHEMA_VERSION:
        raise NewerSchemaError(
            path,
            f"it was saved by a newer version of Action Planner (file format {user_version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update Action Planner to open it.",
        )
    return application_id, user_version
