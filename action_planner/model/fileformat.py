"""What makes a file an Action Planner workspace, readable without SQLAlchemy: its header and format.

Kept light (standard library only) so the window can glance at a workspace before the ORM is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

from action_planner.model.errors import NewerSchemaError, NotAWorkspaceError, ReadOnlyError
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP

SUFFIX = ".actionplan"
#: SQLite ``application_id`` of every workspace ("APLN").
APPLICATION_ID = 0x41504C4E
#: ``user_version`` written by the newest migration; a file above it is from a newer app.
SCHEMA_VERSION = 4
#: How long an action waits for another program's lock before giving up (ms).
BUSY_TIMEOUT_MS = 2000

SQLITE_MAGIC = b"SQLite format 3\x00"


def locate(path: str | os.PathLike[str]) -> Path:
    """The absolute file ``path`` names: ``~`` expanded and a symbolic link followed (SQLite keeps its
    journal beside the real file). A path that leads nowhere raises :class:`NotAWorkspaceError`."""
    try:
        target = Path(path).expanduser().absolute()
        return target.resolve() if target.is_symlink() else target
    except RuntimeError as exc:  # "~someone" unknown, or a loop of symbolic links (Python 3.11)
        raise NotAWorkspaceError(
            Path(path), Message(QT_TRANSLATE_NOOP("Model", "the path leads nowhere (%1)."), str(exc))
        ) from None
    except OSError as exc:
        raise NotAWorkspaceError(
            Path(path),
            Message(QT_TRANSLATE_NOOP("Model", "the path could not be followed (%1)."), exc.strerror or str(exc)),
        ) from None


def journal_pending(path: Path) -> bool:
    """Whether a write-ahead log (-wal) or a rollback journal (-journal) is beside ``path``: a program has
    it open, or stopped in the middle of a change that SQLite will finish or undo on the next open."""
    return any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))


def ro_uri(path: Path, *, immutable: bool | None = None) -> str:
    """Read-only SQLite URI of the absolute ``path``; ``immutable`` (no locks, no -wal/-shm made beside the
    file) unless a journal is pending, as reading then needs SQLite's locks and journal."""
    if immutable is None:
        immutable = not journal_pending(path)
    # as_uri quotes "?", "#", "%" and keeps a path that starts with "//" a path (file:////...), not a host
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def read_header(path: Path) -> tuple[int, int]:
    """Check that ``path`` is an Action Planner workspace without writing; return (app id, schema).

    Raises the :class:`WorkspaceError` subclass that names the problem.
    """
    if not path.exists():
        raise NotAWorkspaceError(path, Message(QT_TRANSLATE_NOOP("Model", "the file does not exist.")))
    if path.is_dir():
        raise NotAWorkspaceError(path, Message(QT_TRANSLATE_NOOP("Model", "it is a folder, not a workspace file.")))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise ReadOnlyError(
            path, Message(QT_TRANSLATE_NOOP("Model", "you do not have permission to read it."))
        ) from None
    except OSError as exc:
        raise NotAWorkspaceError(
            path, Message(QT_TRANSLATE_NOOP("Model", "it could not be read (%1)."), exc.strerror or str(exc))
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        if not header:
            raise NotAWorkspaceError(path, Message(QT_TRANSLATE_NOOP("Model", "the file is empty.")))
        raise NotAWorkspaceError(
            path, Message(QT_TRANSLATE_NOOP("Model", "it is not an Action Planner workspace (not a SQLite database)."))
        )
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model", "it is a SQLite database from another application, not an Action Planner workspace."
                )
            ),
        )
    if user_version > SCHEMA_VERSION:
        raise NewerSchemaError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model",
                    "it was saved by a newer version of Action Planner (file format %1; this version reads up to %2)."
                    " Update Action Planner to open it.",
                ),
                str(user_version),
                str(SCHEMA_VERSION),
            ),
        )
    return application_id, user_version
