"""The app's rotating log file in the platform's log folder: unexpected exceptions with their tracebacks."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

from action_planner.typing_compat import override

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

#: The logger of the whole app; workers and the GUI thread write unexpected exceptions to it.
LOGGER = logging.getLogger("action_planner")
LOG_NAME = "action-planner.log"
MAX_BYTES = 1_000_000  # a file small enough to attach to an e-mail
BACKUPS = 3


class _LogFile(logging.Handler):
    """The rotating log file, made at its first record: ``logging.handlers`` (with ``socket`` and ``pickle``,
    15 ms) is then imported, not before the window's first paint. Uncaught exceptions reach it from the start."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path)
        self.file: RotatingFileHandler | None = None

    @override
    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            from logging.handlers import RotatingFileHandler

            self.file = RotatingFileHandler(
                self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )
            self.file.setFormatter(self.formatter)
        self.file.handle(record)

    @override
    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


_installed: _LogFile | None = None
_previous_hook = sys.excepthook


def log_folder() -> Path:
    """``logs/`` in the platform's local data folder (e.g. ~/.local/share/<org>/<app>/logs on Linux)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"


def log_path() -> Path:
    """The file being written to, or where it would be once the app has started."""
    return Path(_installed.baseFilename) if _installed is not None else log_folder() / LOG_NAME


def install_log_file(folder: Path | None = None) -> Path:
    """Write the app's log to ``folder`` (default :func:`log_folder`), rotated; log uncaught exceptions too."""
    global _installed, _previous_hook  # noqa: PLW0603 - one log file per process, as there is one sys.excepthook
    close_log_file()
    _previous_hook = sys.excepthook  # still called after logging (a test runner's own hook keeps working)
    target = (folder or log_folder()) / LOG_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = _LogFile(target)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    _installed = handler
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_thread_uncaught
    return target


def close_log_file() -> None:
    """Stop writing the log file and give the interpreter its own exception hooks back."""
    global _installed  # noqa: PLW0603 - see install_log_file
    if _installed is not None:
        LOGGER.removeHandler(_installed)
        _installed.close()
        _installed = None
    if sys.excepthook is _log_uncaught:
        sys.excepthook = _previous_hook
    if threading.excepthook is _log_thread_uncaught:
        threading.excepthook = threading.__excepthook__


def log_unexpected(what: str, exc: BaseException) -> None:
    """Write ``exc`` with its traceback to the log, under the heading ``what``."""
    LOGGER.error(what, exc_info=(type(exc), exc, exc.__traceback__))


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    LOGGER.error("Uncaught exception on the GUI thread", exc_info=(kind, exc, tb))
    _previous_hook(kind, exc, tb)


def _log_thread_uncaught(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        LOGGER.error(
            "Uncaught exception on %s", args.thread, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
        )
    threading.__excepthook__(args)
