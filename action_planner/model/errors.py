"""Errors the core raises, each with a message a planner can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path


class ActionPlannerError(Exception):
    """Base of every error the model reports to the user."""


class ValidationError(ActionPlannerError):
    """Input refused; ``errors`` maps each field name to its message. Nothing was changed."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__("; ".join(self.errors.values()))

    def merged(self, other: ValidationError) -> ValidationError:
        return ValidationError({**self.errors, **other.errors})


class NotFoundError(ActionPlannerError):
    """The thing asked for is not (or no longer) in the workspace."""


class WorkspaceError(ActionPlannerError):
    """A workspace file could not be opened or created; the message names file and problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"Cannot open “{self.path}”: {problem}")


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

    def __init__(self, path: Path | str, lines: list[str], damaged: Sequence[object] = ()) -> None:
        self.path = Path(path)
        self.lines = lines
        self.damaged = tuple(damaged)
        what = "a damaged value" if len(lines) == 1 else "damaged values"
        super().__init__(
            f"“{self.path.name}” holds {what} that cannot be read: "
            + "; ".join(lines)
            + ". Nothing was changed, and the rest of the workspace can still be used; correct the value"
            " with a copy of the file from before it was damaged."
        )


class StorageError(ActionPlannerError):
    """SQLite refused a change to the workspace (locked, full, I/O, read-only): nothing was saved."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"Nothing was saved to “{self.path.name}”: {problem}")


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

    def __init__(self, path: Path | str, holder: str) -> None:
        self.holder = holder
        super().__init__(path, f"it is already open for writing {holder}. Open it read-only, or close it there first.")


class ReadOnlyWindowError(StorageError):
    """A change was asked of a workspace opened read-only."""
