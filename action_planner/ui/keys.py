"""Keyboard commands: a QAction with its shortcut, for a widget or the whole window."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from action_planner.typing_compat import override


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


def standard_keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` plus ``extra`` ones, each once: a key bound twice to one action
    is an "ambiguous shortcut overload" to Qt, and then the key does nothing."""
    keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(standard), *(QKeySequence(k) for k in extra)]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys plus both common spellings (Ctrl+Shift+Z and Ctrl+Y)."""
    return standard_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")


class AltLetterGuard(QObject):
    """Drops an Alt+letter that no mnemonic or shortcut took, instead of letting the focused field type the
    letter (Qt types it on Linux and Windows: Alt+Z in a text field once wrote "z" into the saved text)."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QMenu | QMenuBar):  # an open menu takes letters with or without Alt
            return False
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        text = event.text()
        return modifiers == Qt.KeyboardModifier.AltModifier and bool(text) and text.isprintable()


def guard_alt_letters() -> None:
    """Install :class:`AltLetterGuard` on the application, once. Not on macOS: there Option+letter types
    accented characters and menus have no mnemonics."""
    app = QCoreApplication.instance()
    if sys.platform == "darwin" or app is None or app.findChild(AltLetterGuard) is not None:
        return
    app.installEventFilter(AltLetterGuard(app))
