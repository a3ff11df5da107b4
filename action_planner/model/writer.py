"""One writer per workspace: a lock file beside it, held with an OS lock, saying who writes and since when.

The lock file ``<name>.actionplan.lock`` holds JSON ``{user, host, pid, since, wal}``. The OS lock
(``flock`` on POSIX, ``msvcrt.locking`` on Windows) is what counts: the system releases it when the
holder ends, even by a crash, so a lock file whose holder is gone is simply taken over. ``wal`` records
the salts of the write-ahead log the holder last committed to (see :mod:`action_planner.model.wal`); a
clean close leaves no log, and removes the lock file.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from action_planner.model.errors import HeldElsewhereError, ReadOnlyError
from action_planner.model.messages import WORDS, Message, joined
from action_planner.model.translatable import QT_TRANSLATE_NOOP


def lock_path(path: Path) -> Path:
    """The lock file beside workspace ``path``."""
    return path.with_name(path.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_json(fd: int) -> dict[str, Any]:
    os.lseek(fd, 0, os.SEEK_SET)
    data = b""
    while chunk := os.read(fd, 65536):
        data += chunk
        if len(data) > 65536:
            return {}
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return value if isinstance(value, dict) else {}


_ELSEWHERE = QT_TRANSLATE_NOOP("Model", "by another window or program")


def describe(holder: dict[str, Any]) -> str:
    """ "by ann on ws-12 (process 4242) since 2026-12-06 13:00", as much as the lock file says."""
    parts: list[str] = []
    if holder.get("user"):
        parts.append(Message(QT_TRANSLATE_NOOP("Model", "by %1"), str(holder["user"])))
    if holder.get("host"):
        parts.append(Message(QT_TRANSLATE_NOOP("Model", "on %1"), str(holder["host"])))
    if holder.get("pid"):
        parts.append(Message(QT_TRANSLATE_NOOP("Model", "(process %1)"), str(holder["pid"])))
    if holder.get("since"):
        parts.append(Message(QT_TRANSLATE_NOOP("Model", "since %1"), str(holder["since"])[:16].replace("T", " ")))
    return joined(parts, WORDS) or Message(_ELSEWHERE)


class WriterLock:
    """The held lock of one workspace; :meth:`acquire` takes it or raises :class:`HeldElsewhereError`."""

    def __init__(self, path: Path, fd: int, previous: dict[str, Any], *, created: bool = False) -> None:
        self.path = path
        self._created = created
        self._fd = fd
        #: What the lock file said before this holder took it (a crashed holder's ``wal`` record).
        self.previous = previous
        self._record: dict[str, Any] = {}

    @classmethod
    def acquire(cls, workspace: Path) -> WriterLock:
        target = lock_path(workspace)
        for _attempt in range(5):  # the holder may remove the file between our open and our lock
            created = not target.exists()
            try:
                fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError:
                raise ReadOnlyError(
                    workspace,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Model", "its folder is read-only (Action Planner keeps a lock file beside it)."
                        )
                    ),
                ) from None
            if not _try_lock(fd):
                holder = _read_json(fd)
                os.close(fd)
                raise HeldElsewhereError(workspace, describe(holder))
            try:
                same = os.fstat(fd).st_ino == os.stat(target).st_ino
            except FileNotFoundError:
                same = False
            if same:
                return cls(target, fd, _read_json(fd), created=created)  # written once the open succeeded
            os.close(fd)
        raise HeldElsewhereError(workspace, Message(_ELSEWHERE))

    @property
    def found_record(self) -> bool:
        """Whether a lock file was already there: the last writer stopped without closing (or kept its log)."""
        return not self._created

    def holder(self) -> dict[str, Any]:
        return dict(self._record)

    def write(self, **changes: Any) -> None:
        """Rewrite the lock file with this holder and ``changes`` (e.g. ``wal=[salt1, salt2]``)."""
        if not self._record:
            user = ""
            with contextlib.suppress(Exception):  # no login name (e.g. a service account without one)
                user = getpass.getuser()
            self._record = {
                "user": user,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": datetime.now().astimezone().isoformat(timespec="seconds"),
            }
        self._record.update(changes)
        data = json.dumps(self._record).encode("utf-8")
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, data, 0)
        os.fsync(self._fd)

    def release(self, *, refused: bool = False) -> None:
        """Give the lock up. The file is removed when no log is left (a clean close) or when the open was
        ``refused`` and this holder made it; otherwise its ``wal`` record speaks for the next opener."""
        if self._fd < 0:
            return
        if (refused and self._created) or (not refused and self._record.get("wal") is None):
            with contextlib.suppress(OSError):
                self.path.unlink()
        elif not refused:
            with contextlib.suppress(OSError):
                self.write(pid=None, wal=self._record.get("wal"))
        os.close(self._fd)
        self._fd = -1


def current_holder(workspace: Path) -> str | None:
    """Who holds the workspace for writing (as :func:`describe` words it), or None when nobody does."""
    target = lock_path(workspace)
    try:
        fd = os.open(target, os.O_RDONLY)
    except OSError:
        return None
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows: acquire() names the holder instead
            return None
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return describe(_read_json(fd))
        return None
    finally:
        os.close(fd)
