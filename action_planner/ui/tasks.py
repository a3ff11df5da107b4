"""Run slow work (exports, the demo, catalogue files) on a worker thread; results come back as Qt signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

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


class BusyWork(QObject):
    """One all-or-nothing job at a time on a worker thread, behind a window-modal "busy" dialog.

    The window stays painted and responsive while, say, a 100,000-row catalogue is imported, and the
    dialog keeps the user from editing the workspace the job is writing to. ``OSError`` is reported
    with its own text, like the model's errors.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None

    def start(
        self,
        label: str,
        work: Callable[[], object],
        succeeded: Callable[[object], object],
        failed: Callable[[str], object],
        window: QWidget | None,
    ) -> bool:
        """Run ``work()`` with the dialog over ``window``; then ``succeeded(result)`` or ``failed(message)``
        on the GUI thread. False (and nothing done) while a job is still running."""
        if self.task is not None:
            return False

        def run(_progress: object, _cancelled: object) -> object:
            try:
                return work()
            except OSError as exc:
                raise ActionPlannerError(str(exc)) from exc

        task = Task(run)
        dialog = QProgressDialog(label, "", 0, 0, window)
        dialog.setCancelButton(None)  # jobs write all or nothing and take seconds: no stopping halfway
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        task.signals.succeeded.connect(lambda result: self._done(lambda: succeeded(result)))
        task.signals.failed.connect(lambda message: self._done(lambda: failed(message)))
        self.task, self.dialog = task, dialog
        # Shown at once, not after a delay: its modality is what keeps edits off the workspace being written
        # (and a busy dialog's minimumDuration would only take effect after Qt's default 4 s anyway).
        dialog.show()
        self.pool.start(task)
        return True

    def _done(self, then: Callable[[], object]) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.task, self.dialog = None, None
        then()

    def shutdown(self) -> None:
        """Wait for a running job (called when the window closes: its workspace must not close under it)."""
        self.pool.waitForDone(-1)

    @property
    def busy(self) -> bool:
        return self.task is not None
