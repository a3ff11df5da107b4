"""SQLite's refusals (locked, full, I/O, read-only) in a planner's words, as the project's own errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc

from action_planner.model.errors import BusyError, DiskFullError, DiskIOError, StorageError
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    if isinstance(error, sa_exc.DBAPIError) and isinstance(error.orig, sqlite3.Error):
        return error.orig
    return error if isinstance(error, sqlite3.Error) else None


_REFUSALS: tuple[tuple[frozenset[int], tuple[str, ...], type[StorageError], str], ...] = (
    (
        frozenset({SQLITE_BUSY, SQLITE_LOCKED}),
        ("locked", "busy"),
        BusyError,
        QT_TRANSLATE_NOOP(
            "Model", "another program kept the file locked for too long. Try again in a moment, or close it there."
        ),
    ),
    (
        frozenset({SQLITE_FULL}),
        ("full",),
        DiskFullError,
        QT_TRANSLATE_NOOP("Model", "the disk is full. Free some space and try again."),
    ),
    (
        frozenset({SQLITE_READONLY}),
        ("readonly", "read-only"),
        DiskIOError,
        QT_TRANSLATE_NOOP("Model", "the file became read-only. Check its permissions or the drive, then try again."),
    ),
    (
        frozenset({SQLITE_IOERR, SQLITE_CANTOPEN}),
        ("disk i/o",),
        DiskIOError,
        QT_TRANSLATE_NOOP("Model", "the drive reported a read or write error. Check the drive, then try again."),
    ),
    (
        frozenset({SQLITE_CORRUPT}),
        ("malformed",),
        DiskIOError,
        QT_TRANSLATE_NOOP("Model", "the file is damaged. Save a copy with File › Save As and check it."),
    ),
)


def translate(error: BaseException, path: Path) -> StorageError | None:
    """The :class:`StorageError` for a refusal by SQLite, or None when ``error`` is not one (a bug)."""
    raw = _sqlite_error(error)
    if raw is None or not isinstance(raw, sqlite3.DatabaseError):
        return None
    code = (getattr(raw, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(raw).lower()
    for codes, words, kind, message in _REFUSALS:
        if code in codes or any(word in text for word in words):
            return kind(path, Message(message))
    return None
