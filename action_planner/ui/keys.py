"""Keyboard commands: a QAction with its shortcut, for a widget or the whole window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


def keyed_action(
    owner: QObject, text: str, slot: Callable[[], object], keys: QKeySequence.StandardKey | str, *, local: bool = False
) -> QAction:
    """An action running ``slot`` on ``keys``; ``local`` limits the shortcut to ``owner`` and its children."""
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(keys))
    if local:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    return action


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys plus both common spellings (Ctrl+Shift+Z and Ctrl+Y)."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys
