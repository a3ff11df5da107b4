"""The window's job runner: outcomes on the GUI thread, exceptions kept as objects, progress, cancel, shutdown."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from action_planner.model.errors import ActionPlannerError
from action_planner.ui import log_file
from action_planner.ui.jobs import JobRunner, Progress, StillBusyError, failure_message


class Outcomes:
    """What the runner's callbacks received, and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.failures: list[BaseException] = []
        self.cancels = 0
        self.steps: list[tuple[int, int]] = []
        self.threads: set[str] = set()

    def succeeded(self, result: object) -> None:
        self.threads.add(threading.current_thread().name)
        self.results.append(result)

    def failed(self, exc: BaseException) -> None:
        self.threads.add(threading.current_thread().name)
        self.failures.append(exc)

    def cancelled(self) -> None:
        self.cancels += 1

    def progress(self, done: int, total: int) -> None:
        self.steps.append((done, total))

    @property
    def ended(self) -> bool:
        return bool(self.results or self.failures or self.cancels)


@pytest.fixture
def runner(qapp: QCoreApplication) -> Iterator[JobRunner]:
    owner = QObject()
    made = JobRunner(owner)
    yield made
    made.shutdown()


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot, runner: JobRunner) -> None:
    seen = Outcomes()
    workers: list[str] = []

    def work(_progress: Progress) -> int:
        workers.append(threading.current_thread().name)
        return 42

    assert runner.run(work, seen.succeeded, seen.failed) is not None
    qtbot.waitUntil(lambda: seen.ended)
    assert seen.results == [42]
    assert workers != [threading.current_thread().name]
    assert seen.threads == {threading.current_thread().name}
    assert not runner.busy


def test_a_refusal_reaches_the_failure_callback_as_the_exception_itself(qtbot: QtBot, runner: JobRunner) -> None:
    seen = Outcomes()
    refusal = ActionPlannerError("The catalogue file has no “code” column.")

    def work(_progress: Progress) -> None:
        raise refusal

    runner.run(work, seen.succeeded, seen.failed)
    qtbot.waitUntil(lambda: seen.ended)
    assert seen.failures == [refusal]
    assert failure_message(refusal) == "The catalogue file has no “code” column."


def test_an_unexpected_exception_is_logged_with_its_traceback_and_the_message_names_the_log(
    qtbot: QtBot, runner: JobRunner, log_folder: Path
) -> None:
    log = log_file.install_log_file()
    seen = Outcomes()

    def deep_inside_the_exporter(_progress: Progress) -> None:
        raise KeyError("plan 7")

    runner.run(deep_inside_the_exporter, seen.succeeded, seen.failed)
    qtbot.waitUntil(lambda: seen.ended)
    (exc,) = seen.failures
    assert isinstance(exc, KeyError)
    message = failure_message(exc)
    assert "KeyError" in message
    assert str(log_folder / "action-planner.log") in message
    assert log == log_folder / "action-planner.log"
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "deep_inside_the_exporter" in logged


def test_progress_is_reported_and_a_cancel_stops_the_job(qtbot: QtBot, runner: JobRunner) -> None:
    seen = Outcomes()
    next_page = threading.Event()

    class Stopped(Exception):
        pass

    def work(progress: Progress) -> str:
        progress.report(1, 3)
        next_page.wait(20)
        if progress.cancelled():  # checked between pages, as the exporters do
            raise Stopped
        return "written"

    runner.run(
        work, seen.succeeded, seen.failed, progress=seen.progress, cancelled=seen.cancelled, cancel_errors=(Stopped,)
    )
    qtbot.waitUntil(lambda: seen.steps == [(1, 3)])
    runner.cancel()
    next_page.set()
    qtbot.waitUntil(lambda: seen.ended)
    assert seen.cancels == 1
    assert seen.results == seen.failures == []


def test_a_second_job_while_one_runs_is_refused_and_not_run(qtbot: QtBot, runner: JobRunner) -> None:
    release = threading.Event()
    first, second = Outcomes(), Outcomes()
    ran: list[str] = []
    runner.run(lambda _p: release.wait(20), first.succeeded, first.failed)
    assert runner.run(lambda _p: ran.append("second"), second.succeeded, second.failed) is None
    (refusal,) = second.failures
    assert isinstance(refusal, StillBusyError)
    assert "still running" in failure_message(refusal)
    release.set()
    qtbot.waitUntil(lambda: first.ended)
    assert first.results == [True]
    assert ran == []


def test_shutdown_waits_for_the_job_and_drops_its_late_outcome(runner: JobRunner) -> None:
    release = threading.Event()
    seen = Outcomes()
    finished: list[bool] = []

    def work(_progress: Progress) -> str:
        release.wait(20)
        finished.append(True)
        return "late"

    runner.run(work, seen.succeeded, seen.failed)
    threading.Thread(target=release.set).start()  # the job ends while the owner is closing
    runner.shutdown()
    assert finished == [True]  # the worker was waited for: nothing runs on after its owner closed
    QCoreApplication.processEvents()  # the queued outcome arrives now ...
    assert not seen.ended  # ... and is dropped
    assert runner.run(lambda _p: None, seen.succeeded, seen.failed) is None


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_exception_on_the_gui_thread_goes_to_the_log(log_folder: Path) -> None:
    log = log_file.install_log_file()
    try:
        raise ZeroDivisionError("a total divided by no plans")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    logged = log.read_text(encoding="utf-8")
    assert "Uncaught exception on the GUI thread" in logged
    assert "ZeroDivisionError: a total divided by no plans" in logged
    log_file.close_log_file()
    assert sys.excepthook is not log_file._log_uncaught


def test_no_garbage_collection_starts_on_the_worker(qtbot: QtBot, runner: JobRunner) -> None:
    """A collection on the worker would finalise Qt objects of the GUI thread there (a crash): it is paused."""
    import gc

    seen = Outcomes()
    during: list[bool] = []
    release = threading.Event()

    def work(_progress: Progress) -> None:
        during.append(gc.isenabled())
        release.wait(20)

    assert gc.isenabled()
    runner.run(work, seen.succeeded, seen.failed)
    qtbot.waitUntil(lambda: bool(during))
    assert during == [False]
    release.set()
    qtbot.waitUntil(lambda: seen.ended)
    assert gc.isenabled()  # resumed on the GUI thread once the outcome arrived


def test_what_a_job_leaves_alive_goes_to_the_oldest_generation(qtbot: QtBot, runner: JobRunner) -> None:
    """So that the first young pass after the job does not walk it all on the GUI thread."""
    import gc

    seen = Outcomes()
    runner.run(lambda _progress: [[n] for n in range(1000)], seen.succeeded, seen.failed)
    qtbot.waitUntil(lambda: seen.ended)
    (kept,) = seen.results
    assert isinstance(kept, list)
    young = {id(o) for o in gc.get_objects(0) + gc.get_objects(1)}
    assert id(kept) not in young
    assert not any(id(item) in young for item in kept)


def test_shutting_down_mid_job_resumes_collection(qtbot: QtBot, qapp: QCoreApplication) -> None:
    import gc

    owner = QObject()
    runner = JobRunner(owner)
    seen = Outcomes()
    runner.run(lambda _progress: None, seen.succeeded, seen.failed)
    runner.shutdown()
    assert gc.isenabled()
