"""The workspace file: the one place that creates, checks, opens and migrates ``.actionplan`` files."""

from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from action_planner.model import wal
from action_planner.model.address import ServerAddress, is_server_url
from action_planner.model.changes import Change, Listener
from action_planner.model.errors import (
    DamagedError,
    HeldElsewhereError,
    Location,
    LockedError,
    NewerSchemaError,
    NotAWorkspaceError,
    ReadOnlyError,
    ReadOnlyWindowError,
    WorkspaceError,
    WorkspaceGoneError,
)
from action_planner.model.fileformat import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    locate,
    read_header,
)
from action_planner.model.fileformat import ro_uri as _ro_uri
from action_planner.model.messages import Message
from action_planner.model.refusals import translate
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.writer import WriterLock


@dataclass
class _Hub:
    listeners: list[Listener] = field(default_factory=list)

    def emit(self, changes: list[Change]) -> None:
        for listener in list(self.listeners):
            listener(changes)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA trusted_schema = OFF")  # files come from partners: no side effects in views
        cursor.execute("PRAGMA cell_size_check = ON")
        cursor.execute("PRAGMA synchronous = FULL")  # a reported commit survives power loss, not only a crash
    finally:
        cursor.close()


WRITE = "action_planner_write"

#: What a refresh after another program's commit reports when it cannot say what: everything may have changed.
EVERYTHING = tuple(
    Change(entity, "changed")
    for entity in (
        *("region", "plan", "action", "budget_line", "kpi"),
        *("catalogue", "rate", "organisation", "settings", "funding_source"),
    )
)


def _begin(connection: Any) -> None:
    # A write takes the write lock up front so the busy timeout applies (a deferred BEGIN that reads and
    # then writes fails at once with "database is locked" when another writer came in between).
    immediate = connection.get_execution_options().get(WRITE)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_engine(path: Path, *, read_only: bool = False) -> Engine:
    # Sessions may run on a worker thread (exports); the pool still gives each session its own connection.
    if read_only:
        uri = _ro_uri(path, immutable=False)
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    else:
        url = URL.create("sqlite", database=str(path))  # a URL string would read "?" or "%20" in the name
        engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def check_contents(path: Path) -> int:
    """Read-only checks of a workspace's inside, with any pending journal applied: format, integrity,
    locks, and exactly the tables and indexes the migrations made (no triggers or views from elsewhere)."""
    if _hot_rollback_journal(path):
        return _check_after_rollback(path)
    shm = path.with_name(path.name + "-shm")
    had_shm = shm.exists()
    try:
        return _probe(path)
    except WorkspaceError:
        if not had_shm:  # a read-only look at a pending journal may create the shared-memory file
            with contextlib.suppress(OSError):
                shm.unlink()
        raise


def _hot_rollback_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _check_after_rollback(path: Path) -> int:
    """A program stopped in the middle of a change and left a rollback journal (-journal): SQLite undoes
    the change on the next open, which writes to the file. So the undo and the checks first run on a copy;
    only if the copy passes is the file itself opened to undo it there, and a refused file stays as it was.
    """
    journal = path.with_name(path.name + "-journal")
    with tempfile.TemporaryDirectory(prefix="action-planner-check-") as folder:
        copy = Path(folder) / "workspace.actionplan"
        shutil.copyfile(path, copy)
        shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
        _roll_back(copy, shown=path)
        version = _probe(copy, shown=path)
    _roll_back(path, shown=path)
    return version


def _roll_back(path: Path, *, shown: Path) -> None:
    """Open ``path`` for writing and read it once: SQLite rolls a hot journal back (and deletes it)."""
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute("PRAGMA trusted_schema = OFF")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LockedError(
                shown,
                Message(
                    QT_TRANSLATE_NOOP("Model", "another program is writing to it (the file is locked). Close it there.")
                ),
            ) from None
        raise DamagedError(shown, Message(_NOT_UNDONE, str(exc))) from None
    except sqlite3.DatabaseError as exc:
        raise DamagedError(shown, Message(_NOT_UNDONE, str(exc))) from None


_NOT_UNDONE = QT_TRANSLATE_NOOP("Model", "its unfinished change could not be undone (%1).")
_DAMAGED = QT_TRANSLATE_NOOP("Model", "the file is damaged (%1).")


def _probe(path: Path, *, shown: Path | None = None) -> int:
    """The checks of :func:`check_contents` on ``path``; errors name ``shown`` (the user's file)."""
    from action_planner.model.schema import differences, read_master

    real, path = path, shown or path
    try:
        probe = sqlite3.connect(_ro_uri(real), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise DamagedError(
            path, Message(QT_TRANSLATE_NOOP("Model", "SQLite could not open it (%1)."), str(exc))
        ) from None
    try:
        probe.execute("PRAGMA trusted_schema = OFF")
        probe.execute("PRAGMA cell_size_check = ON")
        if probe.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotAWorkspaceError(
                path, Message(QT_TRANSLATE_NOOP("Model", "its journal shows a database from another application."))
            )
        version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                path,
                Message(
                    QT_TRANSLATE_NOOP("Model", "it was saved by a newer version of Action Planner (file format %1)."),
                    str(version),
                ),
            )
        status = probe.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise DamagedError(path, Message(_DAMAGED, str(status)))
        problems = differences(read_master(probe), version)
        if problems:
            raise DamagedError(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model",
                        "it contains database objects that Action Planner did not create, or lacks its own "
                        "(%1); it was not opened, for safety.",
                    ),
                    ", ".join(problems[:5]),
                ),
            )
        return version
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LockedError(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model", "another program is using it (the file is locked). Close it there and retry."
                    )
                ),
            ) from None
        raise DamagedError(path, Message(_DAMAGED, str(exc))) from None
    except sqlite3.DatabaseError as exc:
        raise DamagedError(path, Message(_DAMAGED, str(exc))) from None
    finally:
        probe.close()


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise ReadOnlyError(
            path,
            Message(
                QT_TRANSLATE_NOOP("Model", "the file is read-only. Make it writable, or copy it, and open it again.")
            ),
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model",
                    "its folder is read-only (Action Planner keeps a journal beside the file). Copy it elsewhere.",
                )
            ),
        )


def _claim(path: Path) -> None:
    """Check no other program holds the write lock, and switch the file to write-ahead logging."""
    raw = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        try:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise LockedError(
                    path,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Model", "another program is writing to it (the file is locked). Close it there and retry."
                        )
                    ),
                ) from None
            raise DamagedError(path, Message(QT_TRANSLATE_NOOP("Model", "SQLite refused it (%1)."), str(exc))) from None
        raw.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


def backup_name(path: Path, version: int) -> Path:
    """Where the copy of a file is kept before it is upgraded from file format ``version``."""
    return path.with_name(f"{path.stem} (format {version} backup){path.suffix}")


def _backup_whole(copy_path: Path, version: int) -> bool:
    """Whether an existing pre-upgrade copy is a readable workspace of file format ``version``."""
    try:
        if copy_path.stat().st_size == 0:
            return False
        probe = sqlite3.connect(_ro_uri(copy_path, immutable=True), uri=True)
        try:
            ok = probe.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            return ok and int(probe.execute("PRAGMA user_version").fetchone()[0]) == version
        finally:
            probe.close()
    except (OSError, sqlite3.Error):
        return False


def _keep_before_upgrade(path: Path, version: int) -> None:
    """Copy the file, as it is, beside itself before a migration changes it (once per format).

    The copy is written under a temporary name, synced and then renamed, so it is whole or absent; an
    existing copy that is empty or unreadable (left by an older version killed mid-copy) is remade.
    """
    copy_path = backup_name(path, version)
    if _backup_whole(copy_path, version):
        return
    handle, temp_name = tempfile.mkstemp(prefix=f".{copy_path.stem}-", suffix=".copying", dir=path.parent)
    os.close(handle)
    try:
        source = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            copy = sqlite3.connect(temp_name)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        descriptor = os.open(temp_name, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp_name, copy_path)
        _sync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class Workspace:
    """An open workspace file: its engine, a session per user action, and change notifications.

    :meth:`open` and :meth:`create` also take a ``postgresql://`` URL, and then return the team workspace
    on that server (:class:`~action_planner.model.server.ServerWorkspace`), which behaves the same.
    """

    #: Where the workspace is: the file, or the server database (``.name`` and ``.stem`` on both).
    path: Location

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False, lock: WriterLock | None = None) -> None:
        self.path = path
        self.file = path
        self.engine = engine
        #: Opened read-only (another window or program writes): every change is refused with a message.
        self.read_only = read_only
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._hub = _Hub()
        self._identity = _identity(path)
        self._wal = wal.salts(path)
        self._watch: sqlite3.Connection | None = None
        self._seen: int | None = None

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | ServerAddress, *, read_only: bool = False, exclusive: bool = True
    ) -> Workspace:
        """Open an existing workspace; on any problem raise a WorkspaceError and leave the file as it was.

        For writing (the default) the single-writer lock is taken first: a workspace another window or
        program writes raises :class:`HeldElsewhereError` naming the holder; ``read_only=True`` opens it
        beside that writer instead. ``exclusive=False`` skips the lock, for tools and tests that coordinate
        their writers themselves (SQLite's own locks still keep each transaction whole).
        """
        if is_server_url(path):
            return _server_backend("open_server")(
                str(path) if not isinstance(path, ServerAddress) else path, read_only=read_only
            )
        assert not isinstance(path, ServerAddress)
        target = locate(path)
        read_header(target)
        if read_only:
            return cls._open_read_only(target)
        _check_writable(target)
        lock = WriterLock.acquire(target) if exclusive else None
        try:
            if lock is not None:
                _check_wal(target, lock.found_record)
            version = check_contents(target)
            _claim(target)
            engine = _make_engine(target)
            try:
                if version < SCHEMA_VERSION:
                    from action_planner.model.migrate import upgrade

                    _keep_before_upgrade(target, version)
                    upgrade(engine)
            except WorkspaceError:
                engine.dispose()
                raise
            except Exception as exc:
                engine.dispose()
                raise DamagedError(
                    target, Message(QT_TRANSLATE_NOOP("Model", "it could not be opened (%1)."), str(exc))
                ) from exc
        except BaseException:
            if lock is not None:
                lock.release(refused=True)
            raise
        workspace = cls(target, engine, lock=lock)
        if lock is not None:
            lock.write(wal=workspace._wal)
        return workspace

    @classmethod
    def _open_read_only(cls, target: Path) -> Workspace:
        version = check_contents(target)
        if version < SCHEMA_VERSION:
            raise ReadOnlyError(
                target,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model", "it is in the older file format %1; open it for writing once so it is upgraded."
                    ),
                    str(version),
                ),
            )
        return cls(target, _make_engine(target, read_only=True), read_only=True)

    @classmethod
    def open_for_reading(cls, path: str | os.PathLike[str] | ServerAddress) -> Workspace:
        """Open for writing, or read-only when another window or program writes it (``info``, exports)."""
        if is_server_url(path):
            return cls.open(path)  # many planners read and write a server at once
        try:
            return cls.open(path)
        except HeldElsewhereError:
            return cls.open(path, read_only=True)

    @classmethod
    def create(
        cls, path: str | os.PathLike[str] | ServerAddress, *, reporting_currency: str = "EUR", seed: bool = True
    ) -> Workspace:
        """Create a new workspace at ``path`` (which must not exist, or on a server: be an empty database),
        with the catalogue seeded."""
        if is_server_url(path):
            return _server_backend("create_server")(
                path if isinstance(path, ServerAddress) else str(path), reporting_currency=reporting_currency, seed=seed
            )
        assert not isinstance(path, ServerAddress)
        target = locate(path)
        if target.exists():
            raise WorkspaceError(target, Message(QT_TRANSLATE_NOOP("Model", "a file with that name already exists.")))
        if not target.parent.is_dir():
            raise WorkspaceError(target, Message(QT_TRANSLATE_NOOP("Model", "its folder does not exist.")))
        if not os.access(target.parent, os.W_OK | os.X_OK):
            raise ReadOnlyError(target, Message(QT_TRANSLATE_NOOP("Model", "its folder is read-only.")))
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".creating", dir=target.parent)
        os.close(handle)
        temp = Path(temp_name)
        try:
            temp.unlink()
            _initialise(temp, reporting_currency=reporting_currency, seed=seed)
            os.replace(temp, target)
        except BaseException:
            for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        return cls.open(target)

    def close(self) -> None:
        """Checkpoint the journal into the file and release it (and the single-writer lock)."""
        if not self.read_only:
            with contextlib.suppress(Exception), self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()
        if self._lock is not None:
            self._record_wal()
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions and notifications ------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session for one user action: committed on success, rolled back on any error.

        It takes the write lock up front (``BEGIN IMMEDIATE``), waiting the busy timeout. A refusal by
        SQLite (locked, disk full, I/O error, read-only) raises a :class:`StorageError` in plain words;
        so does a read-only workspace, and a file deleted, moved or replaced since it was opened.
        """
        if self.read_only:
            raise ReadOnlyWindowError(
                self.file,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model", "it is open read-only because another window or program is writing to it."
                    )
                ),
            )
        self.check_still_there()
        try:
            with self._sessions() as session, session.begin():
                session.connection(execution_options={WRITE: True})
                yield session
        except (sqlite3.Error, sa_exc.DBAPIError) as exc:
            refusal = translate(exc, self.file)
            if refusal is None:
                raise
            raise refusal from exc
        self._record_wal()

    def check_still_there(self) -> None:
        """Raise :class:`WorkspaceGoneError` when the path no longer names the file that was opened."""
        current = _identity(self.file)
        if current is None:
            raise WorkspaceGoneError(
                self.file,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model",
                        "the file was deleted or moved while it was open. Use File › Save As to keep this window's "
                        "plans as a new file.",
                    )
                ),
            )
        if current != self._identity:
            raise WorkspaceGoneError(
                self.file,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model",
                        "the file was replaced by another one while it was open (a sync program or a restored copy?). "
                        "Use File › Save As to keep this window's plans as a new file, then open the other one.",
                    )
                ),
            )

    def announce(self, session: Session, changes: list[Change]) -> None:
        """Tell other windows what the transaction in ``session`` changed (a server does; a file's readers
        look at its data version instead)."""

    #: A file on disk (False for a database on a server).
    file_based = True
    #: Whether the workspace was reached at the last contact (a server's connection can break; a file's not).
    reachable = True

    @property
    def watches_others(self) -> bool:
        """Whether another program may commit while this is open: a read-only window beside a writer."""
        return self.read_only

    def others_changes(self) -> list[Change]:
        """What other programs committed since the last call: for a file, everything when anything did."""
        current = self.data_version()
        if self._seen is None:
            self._seen = current
            return []
        if current == self._seen:
            return []
        self._seen = current
        return list(EVERYTHING)

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the file (for read-only refresh)."""
        if self._watch is None:
            self._watch = sqlite3.connect(_ro_uri(self.file, immutable=False), uri=True, check_same_thread=False)
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def _record_wal(self) -> None:
        """Keep the salts of the log we committed under in the lock file (see :mod:`.wal`)."""
        if self._lock is None:
            return
        current = wal.salts(self.file)
        if current != self._wal or self._lock.holder().get("wal") != current:
            self._wal = current
            with contextlib.suppress(OSError):
                self._lock.write(wal=current)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing it does is committed."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the changes of every committed user action; returns an unsubscribe."""
        self._hub.listeners.append(listener)
        return lambda: self._hub.listeners.remove(listener)

    def notify(self, changes: list[Change]) -> None:
        """Tell listeners what a committed action changed (services call this after commit)."""
        if changes:
            self._hub.emit(changes)

    def backup_to(self, target: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of this workspace to ``target`` with SQLite's backup API (atomic)."""
        destination = Path(target).expanduser().absolute()
        if destination == self.file and _identity(self.file) == self._identity:
            raise WorkspaceError(destination, Message(QT_TRANSLATE_NOOP("Model", "that is the workspace itself.")))
        handle, temp_name = tempfile.mkstemp(prefix=f".{destination.stem}-", suffix=".saving", dir=destination.parent)
        os.close(handle)
        try:
            raw = self.engine.raw_connection()
            try:
                copy = sqlite3.connect(temp_name)
                try:
                    raw.driver_connection.backup(copy)  # type: ignore[union-attr]
                    copy.execute("PRAGMA journal_mode = DELETE")
                finally:
                    copy.close()
            finally:
                raw.close()
            os.replace(temp_name, destination)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
            raise
        return destination


def _server_backend(method: str) -> Callable[..., Workspace]:
    """``method`` of the team-workspace class, loaded by name when a server URL is opened: the class
    subclasses this module's Workspace (so it cannot be imported from here), and brings psycopg."""
    opener: Callable[..., Workspace] = getattr(
        importlib.import_module("action_planner.model.server").ServerWorkspace, method
    )
    return opener


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _check_wal(path: Path, writer_left_record: bool) -> None:
    if not wal.belongs(path, writer_left_record):
        journal = wal.wal_path(path)
        raise DamagedError(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model",
                    "the journal “%1” beside it belongs to another database (copied there by a sync program or a "
                    "copy?). Neither file was changed. Move “%1” away, then open it again.",
                ),
                journal.name,
            ),
        )


def _initialise(path: Path, *, reporting_currency: str, seed: bool) -> None:
    from action_planner.model.migrate import upgrade

    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()
    engine = _make_engine(path)
    try:
        upgrade(engine)
        if seed:
            from action_planner.model.catalogue import seed_workspace

            with sessionmaker(engine)() as session, session.begin():
                seed_workspace(session, reporting_currency=reporting_currency)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
