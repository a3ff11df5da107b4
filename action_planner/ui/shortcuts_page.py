"""Help ▸ Keyboard Shortcuts: a page generated from the window's actions, so it never disagrees with the keys."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Entry:
    """One command and the keys that run it, under the menu (or panel) it belongs to."""

    group: str
    command: str
    keys: str


def _plain(text: str) -> str:
    """A command's text without its mnemonic mark, its dots or its tab-separated key."""
    return text.split("\t", maxsplit=1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


#: Qt's codes from here on are a few keyboards' dedicated media and application keys (Save, Undo, Copy …), which
#: the platform adds to the standard shortcuts; Qt names them in words ("Shift+Zachowaj", "Cofnij" in Polish) that
#: read like a command's description, not like a key a planner can find on a laptop.
_DEDICATED_KEYS = Qt.Key.Key_Back.value


def on_keyboard(keys: QKeySequence) -> bool:
    """Whether every key of ``keys`` is on an ordinary keyboard (letters, digits, F-keys, Delete, arrows …)."""
    combinations = [keys[i] for i in range(keys.count())]  # type: ignore[index]  # PySide6's stubs lack __getitem__
    return bool(combinations) and all(combination.key().value < _DEDICATED_KEYS for combination in combinations)


def shortcut_entries(window: QMainWindow) -> list[Entry]:
    """Every action of ``window`` that has a key, grouped by its menu; actions in no menu go under "Panels"."""
    entries: list[Entry] = []
    seen: set[int] = set()

    def add(group: str, action: QAction) -> None:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if on_keyboard(k)]
        if keys and id(action) not in seen and _plain(action.text()):
            seen.add(id(action))
            entries.append(Entry(group, _plain(action.text()), ", ".join(keys)))

    def walk(group: str, menu: QMenu) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(f"{group} ▸ {_plain(submenu.title())}", submenu)
            elif not action.isSeparator():
                add(group, action)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(_plain(menu.title()), menu)
    others = [*window.actions()]
    for widget in window.findChildren(QWidget):
        if widget.window() is window:
            others += widget.actions()
    panels = QCoreApplication.translate("ShortcutsDialog", "Panels")
    for action in others:
        add(panels, action)
    return entries


class ShortcutsDialog(QDialog):
    """The page itself: a table per group, in a browser that can be searched with Ctrl+F by screen readers."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.entries = shortcut_entries(window)
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.page.setHtml(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 36)

    def _html(self) -> str:
        e = html.escape
        intro = self.tr("Alt with an underlined letter opens a menu or goes to a field. F10 reaches the menu bar.")
        parts = [f"<p>{e(intro)}</p>"]
        groups: dict[str, list[Entry]] = {}
        for entry in self.entries:  # a menu's commands together, its submenus after it
            groups.setdefault(entry.group, []).append(entry)
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for group, entries in groups.items():
            parts.append(f"<tr><td colspan='2'><h3>{e(group)}</h3></td></tr>")
            parts += [f"<tr><td><b>{e(x.keys)}</b></td><td>{e(x.command)}</td></tr>" for x in entries]
        parts.append("</table>")
        return "".join(parts)
