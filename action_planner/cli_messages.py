"""The model's refusals for the command line, in the system locale's language when its translation ships."""

from __future__ import annotations

from action_planner.model.errors import ActionPlannerError
from action_planner.model.messages import Message, english, fill
from action_planner.resources import resource_path


def _translator() -> object | None:
    """A QTranslator over ``action_planner_<lang>.qm`` for the system's language, or None (English, no Qt)."""
    try:
        from PySide6.QtCore import QLocale, QTranslator
    except ImportError:  # a headless install without Qt: English
        return None
    for name in QLocale.system().uiLanguages():
        language = name.replace("-", "_").split("_")[0]
        path = resource_path("translations", "ui", f"action_planner_{language}.qm")
        translator = QTranslator()
        if path.is_file() and translator.load(str(path)):
            return translator
        if language == "en":
            return None
    return None


def _render(message: object, translator: object | None) -> str:
    if not isinstance(message, Message) or translator is None:
        return str(message)
    n = -1 if message.n is None else message.n
    translated = translator.translate(message.context, message.source, None, n)  # type: ignore[attr-defined]
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
