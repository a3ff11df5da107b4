"""Run slow work (exports, building the demo) on a worker thread; results come back as Qt signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from action_planner.model.errors import ActionPlannerError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class TaskSignals(QObject):
    """Lives on the GUI thread, so connected slots run there (queued) whatever thread emits."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """``work(progress, cancelled)`` on a pool thread. Exceptions in ``cancel_errors`` mean "cancelled"."""

    def __init__(self, work: Work, cancel_errors: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel_errors = cancel_errors
        self._stop = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self.is_cancelled)
        except self._cancel_errors:
            self.signals.cancelled.emit()
        except ActionPlannerError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # anything else still reaches the user rather than dying on the worker
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()
