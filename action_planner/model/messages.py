"""A message the model reports: its context, English source with %1-style arguments, the arguments and a count.

The UI translates the source (``QCoreApplication.translate(context, source, None, n)``) and fills the
arguments in the user's locale; ``str()`` is the English text, so logs and English output need nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from action_planner.model.translatable import QT_TRANSLATE_NOOP

#: The one translation context of every message the model and the exporters raise.
CONTEXT = "Model"

_PLACEHOLDER = re.compile(r"%(n|[1-9])")
#: How :func:`joined` links two sentences of one refusal, and two parts of one phrase.
SENTENCES = QT_TRANSLATE_NOOP("Model", "%1; %2")
WORDS = QT_TRANSLATE_NOOP("Model", "%1 %2")


def english(value: object) -> str:
    """An argument as the English text shows it: grouped integers, ISO dates, nested messages as they are."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def fill(text: str, args: tuple[object, ...], n: int | None, show: Callable[[object], str]) -> str:
    """``text`` with %n replaced by ``n`` and %1 … %9 by the arguments, each shown by ``show`` (one pass)."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "n":
            return show(n) if n is not None else match.group(0)
        index = int(key) - 1
        return show(args[index]) if index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(replace, text)


class Message(str):
    """One whole sentence for the planner; a ``str`` holding the English text, with what translating it needs.

    A count's English forms are written "(s)" in the source ("%n decimal place(s)") and chosen here.
    ``source`` is marked where it is written with ``QT_TRANSLATE_NOOP("Model", …)`` (or, with a count,
    ``translate("Model", …, None, n)``) so that ``pyside6-lupdate`` extracts it.
    """

    context: str
    source: str
    args: tuple[object, ...]
    n: int | None

    def __new__(cls, source: str, *args: object, n: int | None = None, context: str = CONTEXT) -> Message:
        text = source if n is None else source.replace("(s)", "" if n == 1 else "s")
        self = super().__new__(cls, fill(text, args, n, english))
        self.context = context
        self.source = source
        self.args = args
        self.n = n
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.source, self.args, self.n, self.context))


def _rebuild(source: str, args: tuple[object, ...], n: int | None, context: str) -> Message:
    return Message(source, *args, n=n, context=context)


def joined(parts: Sequence[str], link: str = SENTENCES) -> str:
    """``parts`` as one text, linked two by two with ``link`` (sentences by "; ", or :data:`WORDS` by a space),
    each part kept a message (nested) so that each is translated."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = Message(link, text, part)
    return text
