"""The model's messages in the planner's language: translated in their context, arguments in the locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from action_planner.model.errors import ActionPlannerError
from action_planner.model.messages import Message, fill


def _localised(value: object) -> str:
    """An argument in the user's locale: grouped numbers, short dates, nested messages translated."""
    locale = QLocale()
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return locale.toString(value)
    if isinstance(value, Decimal) and value.is_finite():
        places = max(0, -int(value.as_tuple().exponent))
        return locale.toString(float(value), "f", places) if abs(value) < 10**15 else str(value)
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    return str(value)


def render(message: object) -> str:
    """``message`` in the planner's language: a model :class:`Message` translated and filled; other text as is."""
    if not isinstance(message, Message):
        return str(message)
    n = -1 if message.n is None else message.n
    translated = QCoreApplication.translate(message.context, message.source, None, n)
    # Qt puts the count in for %n even when no translation has the message: then the English forms are shown
    if message.n is not None and translated in (message.source, message.source.replace("%n", str(message.n))):
        return str(message)  # no translation installed: the English forms the model chose
    return fill(translated, message.args, message.n, _localised)


def error_text(error: BaseException) -> str:
    """What the window says for ``error``: each of the model's sentences rendered, one per line."""
    if isinstance(error, ActionPlannerError):
        return "\n".join(render(message) for message in error.messages)
    return str(error)
