"""Field checks shared by the services; each failure names the field and says what to do."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from action_planner.model.errors import ValidationError
from action_planner.model.exact import STORED_LIMIT, significant_places
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate

E = TypeVar("E", bound=StrEnum)

#: The characters of Unicode categories Cc and Cs (control characters and lone surrogates; new emoji and
#: private use are kept), as one class, tested against unicodedata for every code point: a regex scans a
#: text many times faster than a category lookup per character.
CONTROL_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
#: The same but for tab and newline, which a multi-line text keeps.
CONTROL_CHARS_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: What XML 1.0 (so Word and Excel files) cannot hold: C0 controls but tab, newline and carriage return,
#: lone surrogates, and the two noncharacters U+FFFE and U+FFFF.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_DECIMAL = STORED_LIMIT
#: Characters a long text field (background, description, notes, policy context) holds at most.
LONG_TEXT = 50_000
#: Decimal places a KPI figure may carry (a percentage to 4 places, a rate per 1,000 …).
FIGURE_PLACES = 10


def clean_text(value: object, field: str, *, limit: int, required: bool = False, multiline: bool = False) -> str:
    """Trimmed text without control characters; refuses over-long or (if required) empty text."""
    if not required and (value is None or value == ""):
        return ""  # the usual empty cell of an import, without the checks below
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Enter text here."))})
    kept = (CONTROL_CHARS_MULTILINE if multiline else CONTROL_CHARS).sub("", value)
    if "\ufffe" in kept or "\uffff" in kept:
        raise ValidationError(
            {
                field: Message(
                    QT_TRANSLATE_NOOP(
                        "Model",
                        "This holds a character that documents cannot store (U+FFFE or U+FFFF), often left by a "
                        "damaged copy and paste; delete it and try again.",
                    )
                )
            }
        )
    text = kept.strip() if not multiline else kept.strip("\n\r\t ")
    if required and not text:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "This cannot be empty."))})
    if len(text) > limit:
        raise ValidationError(
            {
                field: Message(
                    QT_TRANSLATE_NOOP("Model", "This is too long (%1 characters; the limit is %2)."), len(text), limit
                )
            }
        )
    return text


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (an older file may still have them)."""
    return XML_ILLEGAL.sub("", text)


def bounded(number: Decimal, field: str, *, places: int, below: Decimal, allow_negative: bool = False) -> Decimal:
    """``number`` if it is finite, has at most ``places`` decimals and is smaller than ``below``.

    Checked without context arithmetic, so "1e1000000" or "1e-1000000000" are refused, not a crash.
    """
    if not number.is_finite():
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Enter a finite number."))})
    if not any(number.as_tuple().digits):
        return Decimal(0)
    if number.is_signed() and not allow_negative:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "This cannot be negative."))})
    if number.adjusted() >= below.adjusted() + 1 or number.copy_abs() >= below:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "That number is too large."))})
    if significant_places(number) > places:
        raise ValidationError(
            {field: Message(translate("Model", "Use at most %n decimal place(s).", None, 1), n=places)}
        )
    return number


def clean_flag(value: object, field: str) -> bool:
    """Yes or no: a bool, or the words a spreadsheet cell may hold (true/false, yes/no, 1/0)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and (key := value.strip().lower()) in _FLAGS:
        return _FLAGS[key]
    raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Choose yes or no."))})


_FLAGS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False, "": False}


def clean_email(value: object, field: str = "contact_email") -> str:
    text = clean_text(value, field, limit=254)
    if text and not _EMAIL.match(text):
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "“%1” does not look like an e-mail address."), text)}
        )
    return text


def clean_date(value: object, field: str) -> date | None:
    """A date from a ``date`` or ISO text (``2026-03-31``); empty means none."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                {field: Message(QT_TRANSLATE_NOOP("Model", "“%1” is not a date; use YYYY-MM-DD."), value.strip()[:40])}
            ) from None
    raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Enter a date as YYYY-MM-DD."))})


def check_period(start: date | None, end: date | None, *, field: str = "end_date") -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "The end date is before the start date."))})


def clean_enum(kind: type[E], value: object, field: str) -> E:
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        for member in kind:
            if (
                key in (member.value, member.name.lower())
                or value.strip().lower() == str(getattr(member, "label", member.value)).lower()
            ):
                return member
    choices = ", ".join(str(getattr(m, "label", m.value)) for m in kind)
    raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "“%1” is not one of: %2."), value, choices)})


def clean_number(value: object, field: str, *, required: bool = False, allow_negative: bool = False) -> Decimal | None:
    """An exact number (KPI baselines, targets, actuals); text like ``"1,250.5"`` is accepted."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Enter a number."))})
        return None
    if isinstance(value, (bool, float)):
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Enter the number as text or an integer, not a float."))}
        )
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
            text = text.replace(",", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                {field: Message(QT_TRANSLATE_NOOP("Model", "“%1” is not a number."), value.strip()[:40])}
            ) from None
    else:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Enter a number."))})
    return bounded(number, field, places=FIGURE_PLACES, below=MAX_DECIMAL, allow_negative=allow_negative)


def clean_score(value: object, field: str) -> int | None:
    """An impact or effort score from 1 to 5, or none."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Scores are whole numbers from %1 to %2."), 1, 5)}
        )
    try:
        score = int(value)
    except ValueError:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Scores are whole numbers from %1 to %2."), 1, 5)}
        ) from None
    if not 1 <= score <= 5:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Scores are whole numbers from %1 to %2."), 1, 5)}
        )
    return score


def clean_year(value: object, field: str = "year") -> int:
    if isinstance(value, bool):
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "Enter a year such as %1."), "2027")})
    try:
        year = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Enter a year such as %1."), "2027")}
        ) from None
    if not 1990 <= year <= 2100:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "Enter a year between %1 and %2."), "1990", "2100")}
        )
    return year


def collect(checks: Iterable[tuple[str, Callable[[], object]]]) -> dict[str, Any]:
    """Run every named check; return the cleaned values, or refuse with every problem at once.

    A form can then mark each bad field, not only the first one.
    """
    cleaned: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for name, check in checks:
        try:
            cleaned[name] = check()
        except ValidationError as exc:
            problems.update(exc.errors)
    if problems:
        raise ValidationError(problems)
    return cleaned


def clean_fields(cleaners: Mapping[str, Callable[[object], Any]], values: Mapping[str, object]) -> dict[str, Any]:
    """Clean each of ``values`` with the cleaner of the same name; unknown names are refused."""
    unknown = set(values) - set(cleaners)
    if unknown:
        raise ValidationError(
            dict.fromkeys(sorted(unknown), Message(QT_TRANSLATE_NOOP("Model", "This field cannot be edited.")))
        )
    return collect((name, lambda name=name, value=value: cleaners[name](value)) for name, value in values.items())  # type: ignore[misc]
