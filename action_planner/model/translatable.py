"""Marks the model's visible strings for ``pyside6-lupdate`` without importing Qt: the UI translates them."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; ``lupdate`` extracts it in ``context`` for the UI's translate call."""
    del context
    return text
