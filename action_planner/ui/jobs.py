"""Background jobs of a window: one serialised worker; success, failure, progress and cancel on the GUI thread.

Modelled on Anki's ``CollectionOp``/``QueryOp``: the GUI hands a small function to the runner, the function
runs on the runner's one worker thread (so jobs on one workspace never overlap), and its outcome comes back
to callbacks on the GUI thread. A failure keeps its exception: the model's errors and ``OSError`` are shown
with their own message; anything else is logged with its traceback and shown as a short message that names
the log file. One shutdown policy: cancel what can be cancelled, wait for the worker, drop late outcomes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from action_planner.model.errors import ActionPlannerError
from action_planner.ui.log_file import log_path, log_unexpected
from action_planner.ui.messages import error_text

T = TypeVar("T")


class StillBusyError(ActionPlannerError):
    """A job was asked for while another one still runs; nothing was started."""


class Progress:
    """Handed to a job's work: ``report(done, total)`` moves its progress bar; ``cancelled()`` asks to stop."""

    def __init__(self, signal: Callable[[int, int], None], stop: threading.Event) -> None:
        self._signal = signal
        self._stop = stop

    def report(self, done: int, total: int) -> None:
        self._signal(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set()


class _JobSignals(QObject):
    """Made on the GUI thread, so slots connected to it run there (queued) whatever thread emits."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable, Generic[T]):
    """``work(progress)`` on the worker; exceptions in ``cancel_errors`` (or a cancel request) mean "cancelled"."""

    def __init__(self, work: Callable[[Progress], T], cancel_errors: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _JobSignals()
        self._work = work
        self._cancel_errors = cancel_errors
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._work(Progress(self.signals.progress.emit, self._stop))
        except self._cancel_errors:
            self.signals.cancelled.emit()
        except (ActionPlannerError, OSError) as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # kept as an object for the GUI thread, and its traceback goes to the log
            log_unexpected("A background job failed", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class _CollectorPause:
    """Automatic garbage collection is paused while any job runs, and resumed on the GUI thread after.

    Otherwise a collection may start on the worker and finalise Qt objects made on the GUI thread there,
    which crashes Qt (seen as a segmentation fault while the demo was built). Reference counting still
    frees almost everything meanwhile; the cycles left are collected by a later full pass, on the GUI thread.

    On resuming, whatever the job left alive (the modules it imported, its caches: some 100,000 objects after
    a large PDF export) is moved to the oldest generation without a pass: ``gc.freeze()`` and ``gc.unfreeze()``
    each splice the generations' lists in O(1). Otherwise the first young pass after the job walks all of
    them to free a few thousand, holding the interpreter for 30 ms (200 actions) to 150 ms (12,000 actions)
    on the GUI thread. The few cycles the job left wait for the next full pass, which walks the whole heap
    anyway. (Nothing else in the application freezes objects, so ``unfreeze`` releases only these.)
    """

    running = 0

    @classmethod
    def pause(cls) -> None:
        if cls.running == 0:
            gc.disable()
        cls.running += 1

    @classmethod
    def resume(cls) -> None:
        cls.running = max(cls.running - 1, 0)
        if cls.running == 0:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def failure_message(exc: BaseException) -> str:
    """What the user is told about ``exc``: its own message if it is ours or the system's, else where the log is."""
    if isinstance(exc, (ActionPlannerError, OSError)):
        return error_text(exc)
    text = QCoreApplication.translate(
        "jobs", "Something unexpected went wrong (%1). The details were written to the log file:\n%2"
    )
    return text.replace("%1", type(exc).__name__).replace("%2", str(log_path()))


class JobRunner(QObject):
    """One job at a time on one worker thread; the outcome goes to this object, so it dies with its owner."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job[Any] | None = None  # jobs of any result type, one at a time
        self._ended: list[Job[Any]] = []  # kept until the worker has surely left their run()
        self.closed = False
        self._collector_paused = False  # while this runner's job runs (see _CollectorPause)
        self._succeeded: Callable[[Any], object] = _ignore
        self._failed: Callable[[BaseException], object] = _ignore
        self._cancelled: Callable[[], object] = lambda: None
        self._progress: Callable[[int, int], object] = lambda _done, _total: None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(
        self,
        work: Callable[[Progress], T],
        succeeded: Callable[[T], object],
        failed: Callable[[BaseException], object],
        *,
        progress: Callable[[int, int], object] | None = None,
        cancelled: Callable[[], object] | None = None,
        cancel_errors: tuple[type[BaseException], ...] = (),
    ) -> Job[T] | None:
        """Start ``work`` on the worker. While another job runs, ``failed`` gets a :class:`StillBusyError` at once
        and nothing starts; after :meth:`shutdown` nothing starts either. Both return None."""
        if self.closed:
            return None
        if self.job is not None:
            failed(StillBusyError(self.tr("Another job is still running; start this one when it has finished.")))
            return None
        if self.pool.activeThreadCount() == 0:
            self._ended.clear()
        job: Job[T] = Job(work, cancel_errors)
        job.signals.succeeded.connect(self._on_succeeded)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        job.signals.progress.connect(self._on_progress)
        self.job, self._succeeded = job, succeeded
        if not self._collector_paused:
            _CollectorPause.pause()
            self._collector_paused = True
        self._failed = failed
        self._cancelled = cancelled or (lambda: None)
        self._progress = progress or (lambda _done, _total: None)
        self.pool.start(job)
        return job

    def cancel(self) -> None:
        """Ask the running job to stop (it does at its next check; an all-or-nothing job runs to its end)."""
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        """The owner is closing: cancel the running job, wait for the worker, and drop any outcome still due."""
        self.closed = True
        self.cancel()
        self.pool.waitForDone(-1)
        self._resume_collector()  # its outcome may never arrive now

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            _CollectorPause.resume()

    def _take(self) -> bool:
        """Forget the ended job; False when its outcome is to be dropped (the owner closed meanwhile)."""
        if self.job is not None:
            self._ended.append(self.job)  # its outcome is sent from the end of run(), which is still returning
        self.job = None
        self._resume_collector()
        return not self.closed

    def _on_progress(self, done: int, total: int) -> None:
        if not self.closed:
            self._progress(done, total)

    def _on_succeeded(self, result: object) -> None:
        if self._take():
            self._succeeded(result)

    def _on_failed(self, exc: BaseException) -> None:
        if self._take():
            self._failed(exc)

    def _on_cancelled(self) -> None:
        if self._take():
            self._cancelled()


def _ignore(_value: object) -> None:
    return None
