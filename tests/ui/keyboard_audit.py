"""Find keyboard collisions in a window as Qt resolves them: mnemonics among what is visible, shortcuts per window."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter Alt opens in ``text`` ("&File" -> "F"); "&&" is a literal ampersand."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].upper()
        at += 2
    return None


@dataclass(frozen=True)
class Owner:
    """A widget (or menu-bar entry) that takes an Alt+letter."""

    letter: str
    what: str
    menu_bar: bool = False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisible()


def _menu_bar_owners(window: QWidget) -> list[Owner]:
    if not isinstance(window, QMainWindow) or window.menuWidget() is None:
        return []
    return [
        Owner(letter, f"menu {action.text()!r}", menu_bar=True)
        for action in window.menuBar().actions()
        if (letter := mnemonic(action.text())) and action.isVisible()
    ]


def mnemonic_owners(window: QWidget) -> list[Owner]:
    """Every Alt+letter taken by something visible in ``window`` now."""
    owners = _menu_bar_owners(window)
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        letter = mnemonic(label.text())
        if letter and buddy is not None and _shown(label, window):
            owners.append(Owner(letter, f"label {label.text()!r}"))
    for button in window.findChildren(QAbstractButton):
        letter = mnemonic(button.text())
        if letter and _shown(button, window):
            owners.append(Owner(letter, f"{type(button).__name__} {button.text()!r}"))
    for box in window.findChildren(QGroupBox):
        letter = mnemonic(box.title())
        if letter and _shown(box, window):
            owners.append(Owner(letter, f"group {box.title()!r}"))
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window):
            for index in range(bar.count()):
                letter = mnemonic(bar.tabText(index))
                if letter:
                    owners.append(Owner(letter, f"tab {bar.tabText(index)!r}"))
    return owners


def mnemonic_collisions(window: QWidget) -> list[str]:
    """Letters taken twice among what is visible now (a menu-bar letter taken by any field is one)."""
    by_letter: dict[str, list[Owner]] = defaultdict(list)
    for owner in mnemonic_owners(window):
        by_letter[owner.letter].append(owner)
    return [
        f"Alt+{letter}: " + ", ".join(o.what for o in owners)
        for letter, owners in sorted(by_letter.items())
        if len(owners) > 1
    ]


def menu_collisions(window: QMainWindow) -> list[str]:
    """Letters taken twice inside one open menu (including submenus)."""
    found: list[str] = []

    def walk(menu: QMenu) -> None:
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter in seen:
                found.append(f"{menu.title()!r}: {seen[letter]!r} and {action.text()!r} share Alt+{letter}")
            elif letter:
                seen[letter] = action.text()
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    return found


@dataclass(frozen=True)
class Binding:
    key: str
    what: str
    scope: tuple[QWidget, ...]  # empty: the whole window
    children: bool


def _bindings(window: QWidget) -> Iterator[Binding]:
    actions: set[QAction] = set(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or widget.window() is window or isinstance(widget, QMenu):
            actions.update(widget.actions())
    for action in actions:
        homes = tuple(w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu))
        context = action.shortcutContext()
        for key in action.shortcuts():
            if key.isEmpty():
                continue
            if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
                yield Binding(key.toString(), f"action {action.text()!r}", (), True)
            else:
                children = context == Qt.ShortcutContext.WidgetWithChildrenShortcut
                yield Binding(key.toString(), f"action {action.text()!r}", homes, children)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        for key in shortcut.keys():  # noqa: SIM118 - a QShortcut is no mapping
            context = shortcut.context()
            if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
                yield Binding(key.toString(), "shortcut", (), True)
            elif isinstance(parent, QWidget):
                yield Binding(key.toString(), "shortcut", (parent,), context != Qt.ShortcutContext.WidgetShortcut)


def _overlap(a: Binding, b: Binding) -> bool:
    if not a.scope or not b.scope:
        return True
    for x in a.scope:
        for y in b.scope:
            if x is y or (a.children and x.isAncestorOf(y)) or (b.children and y.isAncestorOf(x)):
                return True
    return False


def shortcut_collisions(window: QWidget) -> list[str]:
    """Keys bound twice where both bindings can fire at once (Qt then runs neither: "ambiguous overload")."""
    by_key: dict[str, list[Binding]] = defaultdict(list)
    for binding in _bindings(window):
        by_key[binding.key].append(binding)
    found = []
    for key, bindings in sorted(by_key.items()):
        for i, a in enumerate(bindings):
            for b in bindings[i + 1 :]:
                if _overlap(a, b):
                    found.append(f"{key}: {a.what} and {b.what}")
    return found


def _reveal(widget: QWidget, window: QWidget) -> None:
    """Make the tab pages holding ``widget`` current, outermost first."""
    chain: list[tuple[QTabWidget, QWidget]] = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        stack = current.parentWidget()
        holder = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
        if isinstance(holder, QTabWidget):
            chain.append((holder, current))
        current = stack
    for holder, page in reversed(chain):
        holder.setCurrentWidget(page)


def tab_pages(window: QWidget) -> Iterator[str]:
    """Show every page of every tab widget in ``window`` in turn; yields a name for each."""
    for tabs in window.findChildren(QTabWidget):
        if tabs.window() is not window:
            continue
        _reveal(tabs, window)
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{tabs.accessibleName() or type(tabs.parent()).__name__} ▸ {tabs.tabText(index)}"


def audit(window: QWidget) -> list[str]:
    """Every collision in ``window``: on its first view, on each tab page, and among its shortcuts."""
    problems = [f"{window.windowTitle()}: {p}" for p in mnemonic_collisions(window)]
    for page in tab_pages(window):
        problems += [f"{window.windowTitle()} ({page}): {p}" for p in mnemonic_collisions(window)]
    if isinstance(window, QMainWindow):
        problems += [f"{window.windowTitle()}: {p}" for p in menu_collisions(window)]
    problems += [f"{window.windowTitle()}: {p}" for p in shortcut_collisions(window)]
    return list(dict.fromkeys(problems))
