"""Safe writing: a temporary file beside the target, synced and renamed over it only on success."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from action_planner.export.request import ExportError
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP

_A_FOLDER = QT_TRANSLATE_NOOP("Model", "that is a folder; choose a file name.")

TEMP_SUFFIX = ".part"
#: A temporary file of the same target untouched this long is a leftover of a killed export.
STALE_AFTER_S = 60.0


def _has_write_bits(path: Path) -> bool:
    """Whether ``path`` may be written: the user marked it so and the system agrees (root ignores the mode)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(path, os.W_OK)


def check_target(target: Path) -> None:
    """Refuse, with a planner's message, a target that cannot be written; change nothing."""
    folder = target.parent
    if target.is_dir():
        raise ExportError(target, Message(_A_FOLDER))
    if not folder.is_dir():
        raise ExportError(target, Message(QT_TRANSLATE_NOOP("Model", "the folder “%1” does not exist."), str(folder)))
    if not _has_write_bits(folder) or not os.access(folder, os.X_OK):
        raise ExportError(target, Message(QT_TRANSLATE_NOOP("Model", "the folder “%1” is read-only."), str(folder)))
    if target.exists() and not _has_write_bits(target):
        raise ExportError(
            target,
            Message(QT_TRANSLATE_NOOP("Model", "the file is read-only; choose another name or make it writable.")),
        )


def _create_temp(target: Path) -> Path:
    """A new, empty file beside ``target`` that honours the user's umask (unlike ``mkstemp``)."""
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(
                target,
                Message(
                    QT_TRANSLATE_NOOP("Model", "a temporary file could not be created beside it (%1)."),
                    exc.strerror or str(exc),
                ),
            ) from exc
        os.close(handle)
        return temp
    raise ExportError(  # pragma: no cover
        target, Message(QT_TRANSLATE_NOOP("Model", "a temporary file could not be created beside it."))
    )


def _sync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows opening folders (not on Windows)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except PermissionError as exc:
        raise ExportError(
            target,
            Message(
                QT_TRANSLATE_NOOP("Model", "the file is locked or read-only; close it in other programs and try again.")
            ),
        ) from exc
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise ExportError(target, Message(_A_FOLDER)) from exc
        raise ExportError(
            target, Message(QT_TRANSLATE_NOOP("Model", "it could not be replaced (%1)."), exc.strerror or str(exc))
        ) from exc


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, on any failure it disappears.

    An existing ``target`` is left exactly as it was unless the whole export succeeded.
    """
    target = Path(target).expanduser().absolute()
    check_target(target)
    _remove_stale_temps(target)
    temp = _create_temp(target)
    try:
        try:
            yield temp
            _sync(temp)
        except OSError as exc:  # e.g. the disk filled up while writing
            raise ExportError(
                target,
                Message(QT_TRANSLATE_NOOP("Model", "the file could not be written (%1)."), exc.strerror or str(exc)),
            ) from exc
        _replace(temp, target)
        _sync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _remove_stale_temps(target: Path) -> None:
    """Delete this target's temporary files that a killed export left behind (not a running one's)."""
    now = time.time()
    for temp in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - temp.stat().st_mtime > STALE_AFTER_S:
                temp.unlink()


def leftover_temps(folder: Path) -> list[Path]:
    """Temporary files an export left in ``folder`` (there should never be any)."""
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(TEMP_SUFFIX))
