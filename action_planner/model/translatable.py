"""Marks the model's visible strings for ``pyside6-lupdate`` without importing Qt: the UI translates them."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; ``lupdate`` extracts it in ``context`` for the UI's translate call."""
    del context
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` unchanged; ``lupdate`` extracts it in ``context`` as a plural (numerus) message.

    pyside6-lupdate marks a call as plural only when ``n`` is a number written in the call, not a variable:
    write ``translate("Model", "… %n …", None, 1)`` and give the real count to ``Message(…, n=count)``.
    """
    del context, disambiguation, n
    return text
