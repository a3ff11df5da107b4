"""Column types that check every value read from a file: money, dates, times, closed vocabularies, scores.

A workspace comes from partners, sync tools and older programs, so a well-formed file can still hold an
amount of ``abc``, a date of ``2027-02-30`` or a status of ``bogus``. Each type here refuses such a value
the moment it is read, with :class:`StoredValueError`; the services then name the record it sits in
(``model/damage.py``), so every reader (the window, ``info``, each export) reports it in one clear sentence
instead of failing deep inside a computation, and the rest of the workspace stays usable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, DateTime, Dialect, Enum, Integer, String
from sqlalchemy.types import TypeDecorator

from action_planner.model.exact import decimal_problem, plainly_stored
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP

#: How a damaged value's problem is said: %1 what the column holds.
_SHOULD_BE = QT_TRANSLATE_NOOP("Model", "this should be %1")


def should_be(expected: str) -> Message:
    """ "this should be …" for ``expected`` (a message, or a source marked for translation)."""
    return Message(_SHOULD_BE, expected if isinstance(expected, Message) else Message(expected))


class StoredValueError(Exception):
    """A value read from the file is not what its column holds; ``problem`` says what it should be."""

    def __init__(self, raw: object, problem: str) -> None:
        self.raw = raw
        self.problem = problem
        super().__init__(f"{shown_value(raw)}: {problem}")


def shown_value(raw: object) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as canonical text, so SQLite never turns money into a float; checked when read.

    Every stored figure (amounts, costs, KPI figures, rates) is finite and not negative; rates are positive.
    """

    impl = String(48)
    cache_ok = True

    def __init__(self, *, positive: bool = False) -> None:
        super().__init__()
        self.positive = positive

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"expected Decimal, got {type(value).__name__}")
        return format(value, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if plainly_stored(value, positive=self.positive):
            return Decimal(value)
        problem = decimal_problem(value, positive=self.positive)
        if problem is not None:
            raise StoredValueError(value, should_be(problem))
        return Decimal(value)


class _Checked(TypeDecorator[Any]):
    """Runs the column's own reading of a value and turns a failure into :class:`StoredValueError`."""

    cache_ok = True
    problem = QT_TRANSLATE_NOOP("Model", "a value of this column")

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        inner = super().result_processor(dialect, coltype)
        expected = self.problem

        def process(value: Any) -> Any:
            if value is None:
                return None
            try:
                result = inner(value) if inner is not None else value
            except (ValueError, TypeError, LookupError, OverflowError) as exc:
                raise StoredValueError(value, should_be(expected)) from exc
            self.check(value, result)
            return result

        return process

    def check(self, raw: object, value: Any) -> None:
        """Refuse a value that reads but is out of range (nothing by default)."""


class CheckedDate(_Checked):
    """A calendar date stored as ``YYYY-MM-DD``."""

    cache_ok = True
    impl = Date
    problem = QT_TRANSLATE_NOOP("Model", "a date written YYYY-MM-DD")

    def check(self, raw: object, value: Any) -> None:
        if not isinstance(value, date):
            raise StoredValueError(raw, should_be(self.problem))


class CheckedDateTime(_Checked):
    """A moment in UTC stored as ``YYYY-MM-DD HH:MM:SS``."""

    cache_ok = True
    impl = DateTime
    problem = QT_TRANSLATE_NOOP("Model", "a date and time")

    def check(self, raw: object, value: Any) -> None:
        if not isinstance(value, datetime):
            raise StoredValueError(raw, should_be(self.problem))


class CheckedEnum(_Checked):
    """One value of a closed vocabulary (a StrEnum), stored by its value, with a CHECK constraint."""

    cache_ok = True
    impl = Enum

    def __init__(self, kind: type[StrEnum], name: str) -> None:
        super().__init__(
            kind,
            name=name,
            native_enum=False,
            create_constraint=True,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        )
        self.kind = kind
        self.name = name
        self.problem: str = Message(
            QT_TRANSLATE_NOOP("Model", "one of: %1"), ", ".join(str(getattr(m, "label", m.value)) for m in kind)
        )

    def check(self, raw: object, value: Any) -> None:
        if not isinstance(value, self.kind):
            raise StoredValueError(raw, should_be(self.problem))


class CheckedScore(_Checked):
    """An impact or effort score: a whole number from 1 to 5 (or none)."""

    cache_ok = True
    impl = Integer
    problem = QT_TRANSLATE_NOOP("Model", "a whole number from 1 to 5")

    def check(self, raw: object, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise StoredValueError(raw, should_be(self.problem))


class CheckedCount(_Checked):
    """A count that cannot be negative, such as dot votes."""

    cache_ok = True
    impl = Integer
    problem = QT_TRANSLATE_NOOP("Model", "a whole number that is not negative")

    def check(self, raw: object, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise StoredValueError(raw, should_be(self.problem))
