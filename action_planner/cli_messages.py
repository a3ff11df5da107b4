"""The model's refusals for the command line, in the system locale's language when its translation ships."""

from __future__ import annotations

from typing import TYPE_CHECKING

from action_planner import i18n
from action_planner.model.errors import ActionPlannerError
from action_planner.model.messages import Message, english, fill

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


def _translator() -> QTranslator | None:
    """A QTranslator for the system's language (the terminal's, not the window's preference), or None: English,
    or no Qt installed."""
    try:
        from PySide6.QtCore import QLocale
    except ImportError:  # a headless install without Qt: English
        return None
    return i18n.app_translator(i18n.choose(None, QLocale.system().uiLanguages()).language)


def _render(message: object, translator: QTranslator | None) -> str:
    if not isinstance(message, Message) or translator is None:
        return str(message)
    n = -1 if message.n is None else message.n
    translated = translator.translate(message.context, message.source, None, n)
    if not translated:
        return str(message)
    return fill(
        translated,
        message.args,
        message.n,
        lambda value: _render(value, translator) if isinstance(value, Message) else english(value),
    )


def refusal_text(error: ActionPlannerError) -> str:
    """``error``'s sentences on one line, each in the system's language where a translation is installed."""
    translator = _translator()
    if translator is None:
        return str(error)
    return " ".join(_render(message, translator) for message in error.messages)
