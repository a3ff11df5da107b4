"""Run slow work (exports, the demo, catalogue files) on a worker thread; results come back as Qt signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget
from typing_extensions import override

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


class BusyDialog(QProgressDialog):
    """A busy indicator that stays until its job ends: Esc and the close button do nothing meanwhile."""

    def __init__(self, label: str, parent: QWidget | None) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.finished_job = False
        self.setCancelButton(None)  # jobs write all or nothing and take seconds: no stopping halfway
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)

    @override
    def reject(self) -> None:
        if self.finished_job:
            super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_job:
            super().closeEvent(event)
        else:
            event.ignore()

    def finish(self) -> None:
        self.finished_job = True
        self.close()
        self.deleteLater()


class BusyWork(QObject):
    """One all-or-nothing job at a time on a worker thread, behind a window-modal :class:`BusyDialog`.

    The window stays painted and responsive while, say, a 100,000-row catalogue is imported, and the
    dialog keeps the user from editing (or closing) the workspace the job is writing to. ``OSError`` is
    reported with its own text, like the model's errors. The outcome comes to this object's slots, so a
    job that ends after its window is gone is dropped with it.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: Task | None = None
        self.dialog: BusyDialog | None = None
        self._succeeded: Callable[[object], object] = lambda _result: None
        self._failed: Callable[[str], object] = lambda _message: None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(
        self,
        label: str,
        work: Callable[[], object],
        succeeded: Callable[[object], object],
        failed: Callable[[str], object],
        window: QWidget | None,
    ) -> bool:
        """Run ``work()`` with the dialog over ``window``; then ``succeeded(result)`` or ``failed(message)``
        on the GUI thread. While a job still runs, nothing starts: ``failed`` says so and this returns False."""
        if self.task is not None:
            failed(self.tr("Another job is still running; start this one when it has finished."))
            return False

        def run(_progress: object, _cancelled: object) -> object:
            try:
                return work()
            except OSError as exc:
                raise ActionPlannerError(str(exc)) from exc

        task = Task(run)
        task.signals.succeeded.connect(self._on_succeeded)
        task.signals.failed.connect(self._on_failed)
        self.task, self.dialog = task, BusyDialog(label, window)
        self._succeeded, self._failed = succeeded, failed
        # Shown at once, not after a delay: its modality is what keeps edits off the workspace being written
        # (and a busy dialog's minimumDuration would only take effect after Qt's default 4 s anyway).
        self.dialog.show()
        self.pool.start(task)
        return True

    def _end(self) -> None:
        if self.dialog is not None:
            self.dialog.finish()
        self.task, self.dialog = None, None

    def _on_succeeded(self, result: object) -> None:
        self._end()
        self._succeeded(result)

    def _on_failed(self, message: str) -> None:
        self._end()
        self._failed(message)

    def shutdown(self) -> None:
        """Wait for a running job (the window is closing: its workspace must not close under the job)."""
        self.pool.waitForDone(-1)
