"""What every service shares: one transaction per user action, then one change report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from action_planner.model.changes import Change
from action_planner.model.damage import damaged_error, scan
from action_planner.model.entities import Base, Organisation, Person, Setting, Theme
from action_planner.model.errors import ConflictError, DamagedValueError, NotFoundError, ValidationError
from action_planner.model.messages import Message
from action_planner.model.stored import StoredValueError
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.validation import clean_text
from action_planner.model.workspace import Workspace

T = TypeVar("T")
B = TypeVar("B", bound=Base)

REPORTING_CURRENCY = "reporting_currency"

#: What :func:`get_or_fail` says of each kind of record that is no longer there, one whole sentence each.
GONE = {
    "action": QT_TRANSLATE_NOOP("Model", "That action no longer exists (it may have been deleted)."),
    "budget line": QT_TRANSLATE_NOOP("Model", "That budget line no longer exists (it may have been deleted)."),
    "catalogue intervention": QT_TRANSLATE_NOOP(
        "Model", "That catalogue intervention no longer exists (it may have been deleted)."
    ),
    "decision": QT_TRANSLATE_NOOP("Model", "That decision no longer exists (it may have been deleted)."),
    "exchange rate": QT_TRANSLATE_NOOP("Model", "That exchange rate no longer exists (it may have been deleted)."),
    "indicator": QT_TRANSLATE_NOOP("Model", "That indicator no longer exists (it may have been deleted)."),
    "intervention": QT_TRANSLATE_NOOP("Model", "That intervention no longer exists (it may have been deleted)."),
    "KPI": QT_TRANSLATE_NOOP("Model", "That KPI no longer exists (it may have been deleted)."),
    "organisation": QT_TRANSLATE_NOOP("Model", "That organisation no longer exists (it may have been deleted)."),
    "plan": QT_TRANSLATE_NOOP("Model", "That plan no longer exists (it may have been deleted)."),
    "region": QT_TRANSLATE_NOOP("Model", "That region no longer exists (it may have been deleted)."),
    "review round": QT_TRANSLATE_NOOP("Model", "That review round no longer exists (it may have been deleted)."),
    "workshop": QT_TRANSLATE_NOOP("Model", "That workshop no longer exists (it may have been deleted)."),
}


def check_based_on(what: Message, now: object, based_on: Mapping[str, object], values: Mapping[str, object]) -> None:
    """Raise :class:`ConflictError` naming ``what`` for each field whose value in the view ``now`` (read with
    its row locked) is neither the one the edit was based on nor the one it writes: another planner changed
    it meanwhile, and nothing is changed."""
    conflicts = []
    for name, original in based_on.items():
        theirs = getattr(now, name)
        mine = values.get(name, original)
        if theirs not in (original, mine):
            conflicts.append((name, original, theirs, mine))
    if conflicts:
        raise ConflictError(what, conflicts)


class Service:
    """Base of the services; subclasses expose one method per user action."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def _apply(self, work: Callable[[Session], tuple[T, list[Change]]]) -> T:
        """Run ``work`` in one transaction; notify listeners only once it committed."""
        try:
            with self.workspace.transaction() as session:
                result, changes = work(session)
                self.workspace.announce(session, changes)
        except StoredValueError as exc:  # rolled back: nothing was written
            raise self._damaged(exc) from exc
        self.workspace.notify(changes)
        return result

    def _read(self, work: Callable[[Session], T]) -> T:
        try:
            with self.workspace.reading() as session:
                return work(session)
        except StoredValueError as exc:
            raise self._damaged(exc) from exc

    def _damaged(self, refused: StoredValueError) -> DamagedValueError:
        """Name the records that hold damaged values (a read-only scan, only after a refusal)."""
        with self.workspace.reading() as session:
            found = scan(session.connection())
        return damaged_error(self.workspace.path, found, refused)


def get_or_fail(session: Session, kind: type[B], ident: int, what: str, *, for_update: bool = False) -> B:
    """The row ``ident`` of ``kind`` (a ``what``, one of :data:`GONE`); ``for_update`` locks it until the commit
    (on a server: other planners' writes of it wait; a file's writes are one at a time already)."""
    obj = session.get(kind, ident, with_for_update=for_update or None)
    if obj is None:
        raise NotFoundError(Message(GONE[what]))
    return obj


def theme_by_code(session: Session, code: str, field: str = "theme") -> Theme:
    theme = session.scalar(select(Theme).where(Theme.code == code))
    if theme is None:
        names = ", ".join(session.scalars(select(Theme.code).order_by(Theme.position)))
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "“%1” is not a theme (choose one of: %2)."), code, names)}
        )
    return theme


def reporting_currency(session: Session) -> str:
    setting = session.get(Setting, REPORTING_CURRENCY)
    return setting.value if setting else "EUR"


def organisation_named(session: Session, name: object, field: str) -> Organisation | None:
    """The organisation called ``name`` (created when new); None for an empty name."""
    text = clean_text(name, field, limit=300)
    if not text:
        return None
    existing = session.scalar(select(Organisation).where(Organisation.name == text))
    if existing is None:
        literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        existing = session.scalar(select(Organisation).where(Organisation.name.ilike(literal, escape="\\")))
    if existing is None:
        existing = Organisation(name=text, kind="", country_code="", website="")
        session.add(existing)
        session.flush()
    return existing


def person_named(
    session: Session, name: object, organisation: Organisation | None, field: str, email: object = None
) -> Person | None:
    """The person called ``name`` in ``organisation`` (created when new); None for an empty name."""
    text = clean_text(name, field, limit=200)
    if not text:
        return None
    query = select(Person).where(Person.name == text)
    query = query.where(Person.organisation_id == organisation.id if organisation else Person.organisation_id.is_(None))
    person = session.scalar(query)
    if person is None:
        person = Person(name=text, email="", phone="", organisation=organisation)
        session.add(person)
        session.flush()
    if email is not None:
        from action_planner.model.validation import clean_email

        person.email = clean_email(email, "owner_email")
    return person
