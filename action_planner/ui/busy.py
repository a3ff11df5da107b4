"""All-or-nothing jobs behind a window-modal busy dialog that stays until the job ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from action_planner.typing_compat import override
from action_planner.ui.jobs import JobRunner, Progress

T = TypeVar("T")


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


def run_busy(
    runner: JobRunner,
    window: QWidget | None,
    label: str,
    work: Callable[[], T],
    *,
    succeeded: Callable[[T], object],
    failed: Callable[[BaseException], object],
) -> BusyDialog | None:
    """Run ``work()`` on ``runner`` with a :class:`BusyDialog` over ``window`` (it keeps the user from editing
    or closing the workspace being written, while the window stays painted); then ``succeeded(result)`` or
    ``failed(exception)``. None when nothing started (``failed`` was told why)."""
    dialog = BusyDialog(label, window)

    def done(result: T) -> None:
        dialog.finish()
        succeeded(result)

    def refused(exc: BaseException) -> None:
        dialog.finish()
        failed(exc)

    def run(_progress: Progress) -> T:
        return work()

    if runner.run(run, done, refused) is None:
        return None
    # Shown at once, not after a delay: its modality is what keeps edits off the workspace being written
    # (and a busy dialog's minimumDuration would only take effect after Qt's default 4 s anyway).
    dialog.show()
    return dialog
