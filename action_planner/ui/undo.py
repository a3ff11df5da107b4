"""The undo stack and the base of every command: a service call in ``redo``, its inverse in ``undo``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from action_planner.model.errors import ActionPlannerError, WorkspaceGoneError
from action_planner.ui.messages import error_text

C = TypeVar("C", bound="ServiceCommand")


class ServiceCommand(QUndoCommand):
    """A command that acts on the domain through services.

    Subclasses capture the old values and set their text in ``__init__``, then implement
    :meth:`apply` and :meth:`revert`. When a service refuses (a :class:`ValidationError`, or
    the thing is gone), nothing was changed: the command keeps the error in :attr:`error` and
    marks itself obsolete, so the stack drops it instead of recording a change that did not happen.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: ActionPlannerError | None = None
        self.report: Callable[[ActionPlannerError], None] = lambda _error: None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except ActionPlannerError as exc:
            self.error = exc
            self.setObsolete(True)
            self.report(exc)
        else:
            self.error = None


class UndoStack(QUndoStack):
    """``QUndoStack`` with :meth:`run`, which pushes a command and hands back the service's refusal."""

    failed = Signal(str)
    #: The file under the window was deleted, moved or replaced: writing stopped (the reason).
    lost = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first_run = False

    def run(self, command: C) -> C:
        """Push ``command`` (running it); check ``command.error`` to see whether it was refused."""
        command.report = self._report
        self._first_run = True
        try:
            self.push(command)
        finally:
            self._first_run = False
        return command

    def _report(self, error: ActionPlannerError) -> None:
        # A refusal on the first run goes back to the caller (shown beside the field); later ones
        # (undo of a change whose target vanished) are announced to the window. A file gone from
        # under the window is always announced: every later write is refused the same way.
        if isinstance(error, WorkspaceGoneError):
            self.lost.emit(error_text(error))
        elif not self._first_run:
            self.failed.emit(error_text(error))


class StackAction(QAction):
    """Edit ▸ Undo (or Redo, with ``redo=True``) of ``stack``, enabled when there is something to undo.

    Its text names the command in one translated phrase, "&Undo %1": ``QUndoStack.createUndoAction`` with a
    prefix joins the prefix and the command's text with a space, which reads wrongly in languages that put
    a colon there or the command's name in another case, and without a prefix it has no mnemonic.
    """

    def __init__(self, stack: QUndoStack, parent: QObject, *, redo: bool = False) -> None:
        super().__init__(parent)
        self.redo = redo
        if redo:
            stack.redoTextChanged.connect(self._show)
            stack.canRedoChanged.connect(self.setEnabled)
            self.triggered.connect(stack.redo)
        else:
            stack.undoTextChanged.connect(self._show)
            stack.canUndoChanged.connect(self.setEnabled)
            self.triggered.connect(stack.undo)
        self._show(stack.redoText() if redo else stack.undoText())
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())

    @Slot(str)
    def _show(self, command: str) -> None:
        if self.redo:
            whole = QCoreApplication.translate("UndoActions", "&Redo %1")
            bare = QCoreApplication.translate("UndoActions", "&Redo")
        else:
            whole = QCoreApplication.translate("UndoActions", "&Undo %1")
            bare = QCoreApplication.translate("UndoActions", "&Undo")
        # "&&": a command's own text (a plan's title, say) holds no mnemonic
        self.setText(whole.replace("%1", command.replace("&", "&&")) if command else bare)
