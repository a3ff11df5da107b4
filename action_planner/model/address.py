"""Where a team workspace lives: a PostgreSQL database named by a URL, shown and stored without a password."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is imported when an address is parsed: the window paints before it loads
    from sqlalchemy import URL

_SERVER = re.compile(r"^postgres(?:ql)?(?:\+psycopg)?://", re.IGNORECASE)


def is_server_url(target: object) -> bool:
    """Whether ``target`` names a database on a server (``postgresql://…``) rather than a file."""
    return isinstance(target, (str, ServerAddress)) and bool(_SERVER.match(str(target)))


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database: ``url`` carries everything but the password, which never leaves this object
    in text (libpq takes it from ``~/.pgpass`` / ``PGPASSFILE``, or from the URL the user typed)."""

    url: URL
    password: str | None = None

    @classmethod
    def parse(cls, text: str | ServerAddress) -> ServerAddress:
        if isinstance(text, ServerAddress):
            return text
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(str(text).strip())
        except ArgumentError:
            raise ValueError(f"“{_hidden(str(text))}” is not a database address.") from None
        if url.get_backend_name() != "postgresql" or not url.database:
            raise ValueError(f"“{_hidden(str(text))}” does not name a database; write postgresql://user@host/database.")
        password = url.password if isinstance(url.password, str) else None
        return cls(url.set(drivername="postgresql", password=None), password)

    @property
    def name(self) -> str:
        """The database's name (what a window title shows, as it shows a file's name)."""
        return str(self.url.database)

    @property
    def stem(self) -> str:
        return self.name

    def connect_url(self) -> URL:
        """The URL SQLAlchemy connects with: psycopg, the password if one was typed, TLS when offered."""
        query = dict(self.url.query)
        query.setdefault("sslmode", "prefer")  # libpq's default, said explicitly: TLS whenever the server has it
        query.setdefault("application_name", "Action Planner")
        query.setdefault("connect_timeout", "10")  # an unreachable server is said, not waited on for minutes
        return self.url.set(drivername="postgresql+psycopg", password=self.password, query=query)

    def __str__(self) -> str:
        return self.url.render_as_string(hide_password=True)


def _hidden(text: str) -> str:
    """``text`` with any password between ``user:`` and ``@`` replaced, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)
