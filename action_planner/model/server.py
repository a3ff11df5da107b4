"""A team workspace on a PostgreSQL server: the same workspace as a file, opened from a database URL.

Everything the services do goes through :class:`ServerWorkspace` exactly as through the file's
:class:`~action_planner.model.workspace.Workspace`: one transaction per user action and a change report.
What differs is what a server gives: several planners writing at once (each transaction whole, rows
carrying versions so that no update is lost), changes announced to every open window with LISTEN/NOTIFY,
roles that make a window read-only, and a connection that can break and come back.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from action_planner.model.address import ServerAddress
from action_planner.model.changes import Change
from action_planner.model.errors import (
    BusyError,
    DiskFullError,
    NewerSchemaError,
    NotAWorkspaceError,
    NotPermittedError,
    ReadOnlyWindowError,
    ServerUnreachableError,
    StorageError,
    UpgradeNeededError,
    WorkspaceError,
)
from action_planner.model.fileformat import SCHEMA_VERSION
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.workspace import EVERYTHING, Workspace, _Hub

#: The channel every team workspace announces its commits on (one database per workspace).
CHANNEL = "action_planner"
#: PostgreSQL's limit for a NOTIFY payload is 8,000 bytes; a larger change is announced as "everything".
PAYLOAD_LIMIT = 7000
#: How long a write waits for a row another planner is changing, before it is refused as busy.
LOCK_TIMEOUT = "5s"
#: After a lost connection, how long to wait between tries to listen again (seconds).
RETRY_SECONDS = 1.0


def _configure(dbapi_connection: Any, _record: object) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")  # timestamps are stored and read as UTC
        cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    dbapi_connection.commit()


def _make_engine(address: ServerAddress) -> Engine:
    engine = create_engine(address.connect_url(), pool_pre_ping=True, pool_size=3, max_overflow=2)
    event.listen(engine, "connect", _configure)
    return engine


def translate(error: BaseException, address: ServerAddress) -> StorageError | None:
    """The :class:`StorageError` for a refusal by the server, or None when ``error`` is not one (a bug)."""
    import psycopg
    from psycopg import errors as pg

    raw = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        raw = psycopg.OperationalError(str(raw))
    if isinstance(raw, pg.InsufficientPrivilege | pg.CheckViolation) and "row-level security" in str(raw):
        return NotPermittedError(
            address,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model", "this region's plans belong to another agency; your role may not change them."
                )
            ),
        )
    if isinstance(raw, pg.InsufficientPrivilege):
        return NotPermittedError(
            address,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model",
                    "your role on the server may not make this change (ask the workspace's owner for editor rights).",
                )
            ),
        )
    if isinstance(raw, (pg.LockNotAvailable, pg.SerializationFailure, pg.DeadlockDetected)):
        return BusyError(
            address,
            Message(QT_TRANSLATE_NOOP("Model", "another planner was changing the same rows. Try again in a moment.")),
        )
    if isinstance(raw, pg.DiskFull):
        return DiskFullError(
            address, Message(QT_TRANSLATE_NOOP("Model", "the server's disk is full. Tell the server's administrator."))
        )
    if isinstance(raw, psycopg.OperationalError | psycopg.InterfaceError):
        return ServerUnreachableError(
            address,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model",
                    "the server could not be reached. Check the network; the window keeps what it shows and retries.",
                )
            ),
        )
    return None


def probe(engine: Engine, address: ServerAddress) -> int:
    """Check that the database behind ``engine`` is a workspace and return its format; raise otherwise."""
    from action_planner.model.entities import Base

    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if not tables:
                raise NotAWorkspaceError(
                    address,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Model",
                            "the database is empty. Upload a workspace to it (File › Upload to Team Workspace… or "
                            "action-planner copy FILE URL), or create a new one in it.",
                        )
                    ),
                )
            if "alembic_version" not in tables or "settings" not in tables:
                raise NotAWorkspaceError(
                    address,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Model", "the database holds tables that are not an Action Planner workspace."
                        )
                    ),
                )
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except sa_exc.DBAPIError as exc:
        raise _open_refusal(exc, address) from None
    try:
        version = int(str(revision))
    except ValueError:
        raise NotAWorkspaceError(
            address,
            Message(QT_TRANSLATE_NOOP("Model", "its format “%1” is not one Action Planner wrote."), str(revision)),
        ) from None
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            address,
            Message(
                QT_TRANSLATE_NOOP("Model", "it was written by a newer version of Action Planner (format %1)."),
                str(version),
            ),
        )
    if version == SCHEMA_VERSION:
        missing = sorted(set(Base.metadata.tables) - tables)
        if missing:
            raise NotAWorkspaceError(
                address,
                Message(QT_TRANSLATE_NOOP("Model", "it lacks the workspace tables %1."), ", ".join(missing[:5])),
            )
    return version


def _open_refusal(exc: sa_exc.DBAPIError, address: ServerAddress) -> WorkspaceError:
    from psycopg import errors as pg

    raw = exc.orig
    if isinstance(raw, pg.InsufficientPrivilege):
        return WorkspaceError(
            address, Message(QT_TRANSLATE_NOOP("Model", "your role on the server may not read this workspace."))
        )
    message = str(raw).strip().splitlines()[0] if str(raw).strip() else type(raw).__name__
    return WorkspaceError(
        address, Message(QT_TRANSLATE_NOOP("Model", "the server refused the connection (%1)."), message)
    )


class ServerWorkspace(Workspace):
    """An open team workspace on PostgreSQL: its engine, a session per user action, and change notices."""

    file_based = False

    def __init__(self, address: ServerAddress, engine: Engine, *, read_only: bool = False) -> None:
        self.path = address
        self.address = address
        self.engine = engine
        self.read_only = read_only
        self._lock = None
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._hub = _Hub()
        self._token = uuid.uuid4().hex  # this window's own announcements are not news to it
        self._listener: Any = None
        self._listened = False  # whether a listener was ever connected (the first one is connected at once)
        self._reconnecting: Future[Any] | None = None
        self._retry_at = 0.0
        self._reconnector: ThreadPoolExecutor | None = None
        self.reachable = True

    @classmethod
    def open_server(
        cls, target: str | ServerAddress, *, read_only: bool = False, upgrade: bool = False
    ) -> ServerWorkspace:
        """Open the workspace in the database ``target`` names; any problem raises a WorkspaceError.

        A database in an older format is upgraded only with ``upgrade=True`` (the team shares it, so
        the planner is asked first, and told how to keep a dump); a viewer's role opens it read-only.
        """
        address = ServerAddress.parse(target)
        engine = _make_engine(address)
        try:
            version = probe(engine, address)
            if version < SCHEMA_VERSION:
                if not upgrade or read_only:
                    raise UpgradeNeededError(
                        address,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Model",
                                "it is in the older format %1; upgrading changes it for every planner. Keep a dump "
                                "first (%2), then open it again and confirm the upgrade (%3).",
                            ),
                            str(version),
                            f"pg_dump -Fc -f before-upgrade.dump '{address}'",
                            "action-planner upgrade URL",
                        ),
                    )
                from action_planner.model.migrate import upgrade as migrate

                migrate(engine)
            workspace = cls(address, engine, read_only=read_only or not _may_write(engine))
        except BaseException:
            engine.dispose()
            raise
        return workspace

    @classmethod
    def create_server(
        cls, target: str | ServerAddress, *, reporting_currency: str = "EUR", seed: bool = True
    ) -> ServerWorkspace:
        """Make a new workspace in the empty database ``target`` names (its IT created the database)."""
        from action_planner.model.migrate import upgrade

        address = ServerAddress.parse(target)
        engine = _make_engine(address)
        try:
            try:
                with engine.connect() as connection:
                    if inspect(connection).get_table_names():
                        raise WorkspaceError(
                            address,
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "Model", "the database is not empty; a new workspace needs an empty one."
                                )
                            ),
                        )
                upgrade(engine)
                if seed:
                    from action_planner.model.catalogue import seed_workspace

                    with sessionmaker(engine)() as session, session.begin():
                        seed_workspace(session, reporting_currency=reporting_currency)
            except sa_exc.DBAPIError as exc:
                raise _open_refusal(exc, address) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(address, engine)

    def close(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(Exception):
                self._listener.close()
            self._listener = None
        if self._reconnector is not None:
            self._reconnector.shutdown(wait=True, cancel_futures=True)
            if self._reconnecting is not None and self._reconnecting.done():
                with contextlib.suppress(Exception):
                    self._reconnecting.result().close()
        self.engine.dispose()

    # -- sessions ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        if self.read_only:
            raise ReadOnlyWindowError(
                self.address,
                Message(
                    QT_TRANSLATE_NOOP("Model", "your role on the server lets you read this workspace, not change it.")
                ),
            )
        try:
            with self._sessions() as session, session.begin():
                yield session
        except sa_exc.DBAPIError as exc:
            raise self._refusal(exc) from exc
        self.reachable = True

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; a lost connection is the plain :class:`ServerUnreachableError`."""
        try:
            with super().reading() as session:
                yield session
        except sa_exc.DBAPIError as exc:
            raise self._refusal(exc) from exc

    def _refusal(self, exc: sa_exc.DBAPIError) -> BaseException:
        refusal = translate(exc, self.address)
        if refusal is None:
            return exc
        if isinstance(refusal, ServerUnreachableError):
            self.reachable = False  # said at once; the listener's next try says when it is back
        return refusal

    def check_still_there(self) -> None:
        """A server database does not vanish under the window; a lost connection is said at the next write."""

    def announce(self, session: Session, changes: list[Change]) -> None:
        """Tell every other window what this transaction changed, delivered by the server at its commit."""
        if not changes:
            return
        payload = json.dumps({"by": self._token, "changes": [_encoded(change) for change in changes]})
        if len(payload.encode()) > PAYLOAD_LIMIT:
            payload = json.dumps({"by": self._token, "changes": "*"})
        session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})

    # -- other planners' commits --------------------------------------------------------------

    @property
    def watches_others(self) -> bool:
        return True

    def others_changes(self) -> list[Change]:
        """What other planners committed since the last call (LISTEN/NOTIFY); everything after a reconnect.

        Never blocks a window: the first listener connects at once (the server was just reached), and
        after a lost connection each try runs on a thread of its own, one a second, while
        :attr:`reachable` says the server cannot be reached.
        """
        import psycopg

        if self._listener is None or self._listener.closed:
            return self._listen_again()
        changes: list[Change] = []
        try:
            for notice in self._listener.notifies(timeout=0, stop_after=None):
                changes.extend(_decoded(notice.payload, self._token))
        except psycopg.Error:
            with contextlib.suppress(Exception):
                self._listener.close()
            self._listener = None
            self.reachable = False
            self._retry_at = 0.0
        return changes

    def _listen(self) -> Any:
        import psycopg

        listener = psycopg.connect(
            self.address.connect_url().set(drivername="postgresql").render_as_string(hide_password=False),
            autocommit=True,
        )
        listener.execute(f"LISTEN {CHANNEL}")
        return listener

    def _listen_first(self) -> None:
        import psycopg

        self._listened = True  # later tries run on their own thread
        try:
            self._listener = self._listen()
        except psycopg.Error:
            self.reachable = False

    def _listen_again(self) -> list[Change]:
        import psycopg

        if not self._listened:
            self._listen_first()
            return []  # the window has just read everything
        if self._reconnecting is None:
            if time.monotonic() < self._retry_at:
                return []
            if self._reconnector is None:
                self._reconnector = ThreadPoolExecutor(max_workers=1, thread_name_prefix="action-planner-listen")
            self._reconnecting = self._reconnector.submit(self._listen)
            return []
        if not self._reconnecting.done():
            return []
        attempt, self._reconnecting = self._reconnecting, None
        try:
            self._listener = attempt.result()
        except psycopg.Error:
            self.reachable = False
            self._retry_at = time.monotonic() + RETRY_SECONDS
            return []
        self.reachable = True
        return list(EVERYTHING)  # anything may have changed while nobody listened

    def backup_to(self, target: Any) -> Any:
        """Save Offline Copy: every row of this workspace into a new file (see :mod:`.transfer`)."""
        from action_planner.model.transfer import copy_workspace

        return copy_workspace(self, target)


def _may_write(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(connection.execute(text("SELECT has_table_privilege(current_user, 'actions', 'UPDATE')")).scalar())


def _encoded(change: Change) -> dict[str, Any]:
    return {
        "entity": change.entity,
        "op": change.op,
        "ids": list(change.ids),
        "plan_id": change.plan_id,
        "region_id": change.region_id,
        "fields": list(change.fields),
        "action_id": change.action_id,
    }


def _decoded(payload: str, own: str) -> list[Change]:
    try:
        message = json.loads(payload)
    except ValueError:
        return list(EVERYTHING)
    if not isinstance(message, dict) or message.get("by") == own:
        return []
    changes = message.get("changes")
    if not isinstance(changes, list):
        return list(EVERYTHING)
    try:
        return [
            Change(
                entity=str(item["entity"]),
                op=str(item["op"]),
                ids=tuple(int(i) for i in item.get("ids", ())),
                plan_id=item.get("plan_id"),
                region_id=item.get("region_id"),
                fields=tuple(str(f) for f in item.get("fields", ())),
                action_id=item.get("action_id"),
            )
            for item in changes
        ]
    except (KeyError, TypeError, ValueError):
        return list(EVERYTHING)
