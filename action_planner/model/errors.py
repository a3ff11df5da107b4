"""Errors the core raises, each with a message a planner can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the window's first paint raises no error about a server: the address module waits
    from action_planner.model.address import ServerAddress

#: Where a workspace is: a file, or a database on a server.
Location: TypeAlias = "Path | ServerAddress"


def _location(path: Path | str | ServerAddress) -> Location:
    return Path(path) if isinstance(path, str | PathLike) else path  # else a server's address


class ActionPlannerError(Exception):
    """Base of every error the model reports to the user; ``messages`` holds its sentences, each one whole.

    A sentence is a :class:`~action_planner.model.messages.Message` where it has been made translatable
    (the UI renders it in the planner's language), else plain English text.
    """

    @property
    def messages(self) -> tuple[str, ...]:
        return (self.args[0],) if self.args and isinstance(self.args[0], str) else (str(self),)


class ValidationError(ActionPlannerError):
    """Input refused; ``errors`` maps each field name to its message. Nothing was changed."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__("; ".join(self.errors.values()))

    @property
    def messages(self) -> tuple[str, ...]:
        return tuple(self.errors.values())

    def merged(self, other: ValidationError) -> ValidationError:
        return ValidationError({**self.errors, **other.errors})


class NotFoundError(ActionPlannerError):
    """The thing asked for is not (or no longer) in the workspace."""


class WorkspaceError(ActionPlannerError):
    """A workspace file could not be opened or created; the message names file and problem."""

    def __init__(self, path: Path | str | ServerAddress, problem: str) -> None:
        self.path = _location(path)
        self.problem = problem
        super().__init__(Message(QT_TRANSLATE_NOOP("Model", "Cannot open “%1”: %2"), str(self.path), problem))


class NotAWorkspaceError(WorkspaceError):
    """The file is missing, not SQLite, or SQLite but not ours."""


class NewerSchemaError(WorkspaceError):
    """The file was written by a newer Action Planner."""


class ReadOnlyError(WorkspaceError):
    """The file or its folder cannot be written."""


class LockedError(WorkspaceError):
    """Another program holds a lock on the file."""


class DamagedError(WorkspaceError):
    """The file is SQLite and ours, but its contents are damaged or hostile."""


class DamagedValueError(ActionPlannerError):
    """A value stored in the workspace cannot be read (an amount of "abc", a date of 2027-02-30 …).

    ``damaged`` lists each record found (``model.damage.DamagedValue``); the rest of the workspace is usable.
    """

    def __init__(self, path: Path | str | ServerAddress, lines: list[str], damaged: Sequence[object] = ()) -> None:
        self.path = _location(path)
        self.lines = lines
        self.damaged = tuple(damaged)
        what = "a damaged value" if len(lines) == 1 else "damaged values"
        heading = translate("Model", "“%1” holds %n damaged value(s) that cannot be read:", None, 1)
        closing = QT_TRANSLATE_NOOP(
            "Model",
            "Nothing was changed, and the rest of the workspace can still be used; correct the value with a copy "
            "of the file from before it was damaged.",
        )
        #: The window's sentences: the heading, each damaged value on its own line, then what to do.
        self.parts: tuple[str, ...] = (
            Message(heading, self.path.name, n=max(len(self.damaged), len(lines))),
            *lines,
            Message(closing),
        )
        super().__init__(
            f"“{self.path.name}” holds {what} that cannot be read: "
            + "; ".join(lines)
            + ". Nothing was changed, and the rest of the workspace can still be used; correct the value"
            " with a copy of the file from before it was damaged."
        )

    @property
    def messages(self) -> tuple[str, ...]:
        return self.parts


class StorageError(ActionPlannerError):
    """SQLite refused a change to the workspace (locked, full, I/O, read-only): nothing was saved."""

    def __init__(self, path: Path | str | ServerAddress, problem: str) -> None:
        self.path = _location(path)
        self.problem = problem
        super().__init__(Message(QT_TRANSLATE_NOOP("Model", "Nothing was saved to “%1”: %2"), self.path.name, problem))


class BusyError(StorageError):
    """Another program kept the workspace's write lock for longer than the busy timeout."""


class DiskFullError(StorageError):
    """The disk (or the workspace's size limit) is full."""


class DiskIOError(StorageError):
    """The operating system reported an input/output error, or the file became read-only."""


class WorkspaceGoneError(StorageError):
    """The file under the window was deleted, moved or replaced while it was open; writing stopped."""


class HeldElsewhereError(WorkspaceError):
    """Another window or program has the workspace open for writing; ``holder`` says who, where known."""

    def __init__(self, path: Path | str | ServerAddress, holder: str) -> None:
        self.holder = holder
        problem = QT_TRANSLATE_NOOP(
            "Model", "it is already open for writing %1. Open it read-only, or close it there first."
        )
        super().__init__(path, Message(problem, holder))


class ReadOnlyWindowError(StorageError):
    """A change was asked of a workspace opened read-only."""


class ServerUnreachableError(StorageError):
    """The team workspace's server could not be reached (or the connection broke): nothing was saved."""


class NotPermittedError(StorageError):
    """The server refused the change: the planner's role may not make it (a viewer, another agency's region)."""


class UpgradeNeededError(WorkspaceError):
    """A server database is in an older format: upgrading it changes it for the whole team, so it is asked."""


class ConflictError(ActionPlannerError):
    """Another planner changed what this edit was based on; nothing was changed.

    ``conflicts`` holds one ``(field, original, theirs, mine)`` per field: the value this window showed
    when the edit began, the value now stored, and the value this edit would have written.
    """

    def __init__(self, what: str, conflicts: Sequence[tuple[str, object, object, object]]) -> None:
        self.what = what
        self.conflicts = tuple(conflicts)
        fields = ", ".join(field for field, *_ in self.conflicts)
        text = QT_TRANSLATE_NOOP(
            "Model", "Another planner changed %1 (%2) since this window showed it; nothing was saved."
        )
        super().__init__(Message(text, what, fields))
