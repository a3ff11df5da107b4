"""The window's menu bar: File, Edit, Plan, Action, View and Help, each command with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar

from action_planner.ui.export_runner import FORMATS
from action_planner.ui.keys import guard_alt_letters, redo_keys, standard_keys
from action_planner.ui.undo import StackAction

if TYPE_CHECKING:
    from action_planner.ui.catalogue_files import CatalogueFiles
    from action_planner.ui.document import Document
    from action_planner.ui.settings import AppSettings
    from action_planner.ui.widgets.actions_panel import ActionsPanel
    from action_planner.ui.widgets.catalogue_browser import CatalogueBrowser
    from action_planner.ui.widgets.navigator import NavigatorPanel


class MenuHost(Protocol):
    """What the menus run and show: the window's panels, docks, file signals and commands."""

    @property
    def document(self) -> Document: ...
    @property
    def settings(self) -> AppSettings: ...
    @property
    def navigator(self) -> NavigatorPanel: ...
    @property
    def actions_panel(self) -> ActionsPanel: ...
    @property
    def catalogue(self) -> CatalogueBrowser: ...
    @property
    def catalogue_files(self) -> CatalogueFiles: ...
    @property
    def navigator_dock(self) -> QDockWidget: ...
    @property
    def catalogue_dock(self) -> QDockWidget: ...
    @property
    def totals_dock(self) -> QDockWidget: ...
    @property
    def new_requested(self) -> SignalInstance: ...
    @property
    def open_requested(self) -> SignalInstance: ...
    @property
    def demo_requested(self) -> SignalInstance: ...
    @property
    def recent_requested(self) -> SignalInstance: ...
    @property
    def close_requested(self) -> SignalInstance: ...
    @property
    def quit_requested(self) -> SignalInstance: ...
    @property
    def connect_requested(self) -> SignalInstance: ...
    def save_as(self) -> None: ...
    def upload(self) -> None: ...
    def export(self, fmt: str, *, whole: bool, contents: bool = False) -> None: ...
    def show_rates(self) -> object: ...
    def show_funding_sources(self) -> object: ...
    def show_indicators(self) -> object: ...
    def show_preferences(self) -> object: ...
    def show_about(self) -> object: ...
    def show_shortcuts(self) -> object: ...
    def show_page(self, index: int) -> None: ...
    def reset_layout(self) -> None: ...


class WindowMenus(QObject):
    """Creates the window-level actions in ``window``'s menu bar and puts every panel's actions into menus;
    the commands are ``host``'s (the main window is both)."""

    def __init__(self, window: QMainWindow, host: MenuHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        # With the menus, not before the glance: a Python filter on the whole application sees the events
        # of every widget Qt makes, and wrapping their parts for it makes PySide6 build every Qt class
        # (some 250 enum types, 80 ms) before the first paint; the glance has nothing to type into.
        guard_alt_letters()
        bar = window.menuBar()
        self.undo = StackAction(host.document.undo_stack, window)
        self.undo.setShortcuts(standard_keys(QKeySequence.StandardKey.Undo))
        self.redo = StackAction(host.document.undo_stack, window, redo=True)
        self.redo.setShortcuts(redo_keys())
        self._file(bar)
        self._edit(bar)
        self._plan(bar)
        self._action(bar)
        self._view(bar)
        help_menu = self._menu(bar, "HelpMenu", self.tr("&Help"))
        self.shortcuts = self._add(help_menu, self.tr("&Keyboard Shortcuts…"), host.show_shortcuts, "F1")
        self.about = self._add(help_menu, self.tr("&About Action Planner…"), host.show_about)
        self.menu_bar_key = self._add(help_menu, self.tr("Go to the &Menu Bar"), self._open_menu_bar, "F10")

    def _open_menu_bar(self) -> None:
        """F10: open the first menu, as on Windows; arrows then walk the menu bar."""
        bar = self.window.menuBar()
        first = next((a for a in bar.actions() if a.isVisible() and a.isEnabled()), None)
        if first is not None:
            bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            bar.setActiveAction(first)

    @staticmethod
    def _menu(bar: QMenuBar, name: str, title: str) -> QMenu:
        """A top-level menu with an object name, so that features (e.g. the workshop) can find and extend it."""
        menu = bar.addMenu(title)
        menu.setObjectName(name)
        return menu

    def _add(
        self, menu: QMenu, text: str, slot: Callable[[], object], keys: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def _file(self, bar: QMenuBar) -> None:
        w = self.host
        menu = self._menu(bar, "FileMenu", self.tr("&File"))
        self.new = self._add(menu, self.tr("&New Workspace…"), w.new_requested.emit, QKeySequence.StandardKey.New)
        self.open = self._add(menu, self.tr("&Open…"), w.open_requested.emit, QKeySequence.StandardKey.Open)
        self.open_demo = self._add(menu, self.tr("Open &Demo Workspace"), w.demo_requested.emit)
        self.connect_team = self._add(menu, self.tr("Connect to Tea&m Workspace…"), w.connect_requested.emit)
        self.recent = menu.addMenu(self.tr("Open &Recent"))
        self.recent.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self.save_as = self._add(menu, self.tr("Save &As…"), w.save_as, QKeySequence.StandardKey.SaveAs)
        self.save_as.setShortcuts(standard_keys(QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"))
        if not w.document.workspace.file_based:  # a copy of a team workspace is the planner's offline copy
            self.save_as.setText(self.tr("Save O&ffline Copy…"))
        self.upload = self._add(menu, self.tr("&Upload to Team Workspace…"), w.upload)
        self.upload.setEnabled(w.document.workspace.file_based)
        export = menu.addMenu(self.tr("&Export"))
        # whole sentences with their own mnemonics (unique in the submenu), so each translates as one
        plan_texts = {
            "docx": self.tr("Current Plan as &Word…"),
            "xlsx": self.tr("Current Plan as &Excel…"),
            "pdf": self.tr("Current Plan as &PDF…"),
        }
        whole_texts = {
            "docx": self.tr("Whole Workspace as W&ord…"),
            "xlsx": self.tr("Whole Workspace as E&xcel…"),
            "pdf": self.tr("Whole Workspace as P&DF…"),
        }
        self.export_plan: dict[str, QAction] = {}
        self.export_all: dict[str, QAction] = {}
        for fmt in FORMATS:
            self.export_plan[fmt] = self._add(export, plan_texts[fmt], partial(w.export, fmt, whole=False))
        export.addSeparator()
        for fmt in FORMATS:
            self.export_all[fmt] = self._add(export, whole_texts[fmt], partial(w.export, fmt, whole=True))
        self.export_all_contents = self._add(
            export,
            self.tr("Whole Workspace as Word with &Contents…"),
            partial(w.export, "docx", whole=True, contents=True),
        )
        self.export_all_contents.setStatusTip(self.tr("A Word document that begins with a table of contents"))
        self.export_plan["docx"].setShortcut(QKeySequence("Ctrl+E"))
        menu.addSeparator()
        self.import_catalogue = self._add(menu, self.tr("&Import Catalogue…"), w.catalogue_files.import_)
        self.export_catalogue = self._add(menu, self.tr("Export Ca&talogue…"), w.catalogue_files.export)
        menu.addSeparator()
        self.close = self._add(
            menu, self.tr("&Close Workspace"), w.close_requested.emit, QKeySequence.StandardKey.Close
        )
        self.quit = self._add(menu, self.tr("&Quit"), w.quit_requested.emit, QKeySequence.StandardKey.Quit)
        self.quit.setShortcuts(standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))

    def _fill_recent(self) -> None:
        self.recent.clear()
        files = self.host.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.host.recent_requested.emit(Path(p)))
        if not files:
            self.recent.addAction(self.tr("No recent workspaces")).setEnabled(False)

    def _edit(self, bar: QMenuBar) -> None:
        menu = self._menu(bar, "EditMenu", self.tr("&Edit"))
        menu.addAction(self.undo)
        menu.addAction(self.redo)
        self.window.addActions([self.undo, self.redo])
        menu.addSeparator()
        menu.addAction(self.host.actions_panel.find_action)
        self.window.addAction(self.host.actions_panel.find_action)
        menu.addSeparator()
        self.preferences = self._add(menu, self.tr("&Preferences…"), self.host.show_preferences)
        self.preferences.setShortcuts(standard_keys(QKeySequence.StandardKey.Preferences))  # none on some platforms
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the application menu

    def _plan(self, bar: QMenuBar) -> None:
        nav = self.host.navigator
        menu = self._menu(bar, "PlanMenu", self.tr("&Plan"))
        menu.addActions([nav.add_region_action, nav.add_plan_action, nav.rename_action])
        menu.addSeparator()
        self.rates = self._add(menu, self.tr("E&xchange Rates…"), self.host.show_rates, "Ctrl+Shift+E")
        self.indicators = self._add(menu, self.tr("&Indicator Library…"), self.host.show_indicators)
        self.funding_sources = self._add(menu, self.tr("&Funding Sources…"), self.host.show_funding_sources)
        menu.addSeparator()
        menu.addAction(nav.delete_action)
        self.window.addActions([nav.add_region_action, nav.add_plan_action])

    def _action(self, bar: QMenuBar) -> None:
        panel = self.host.actions_panel
        menu = self._menu(bar, "ActionMenu", self.tr("&Action"))
        menu.addAction(panel.edit_action)
        menu.addAction(panel.add_action)
        self.add_from_catalogue = self._add(
            menu, self.tr("Add Selected &Intervention to Plan"), self.host.catalogue.request_add, "Ctrl+Shift+I"
        )
        menu.addActions([panel.duplicate_action, panel.move_up_action, panel.move_down_action])
        menu.addSeparator()
        menu.addAction(panel.delete_action)
        self.window.addAction(panel.add_action)

    def _view(self, bar: QMenuBar) -> None:
        w = self.host
        menu = self._menu(bar, "ViewMenu", self.tr("&View"))
        self.show_actions = self._add(menu, self.tr("&Actions"), lambda: w.show_page(0), "Ctrl+1")
        self.show_details = self._add(menu, self.tr("Plan &Details"), lambda: w.show_page(1), "Ctrl+2")
        menu.addSeparator()
        for dock, keys in ((w.navigator_dock, "Ctrl+3"), (w.catalogue_dock, "Ctrl+4"), (w.totals_dock, "Ctrl+5")):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(keys))
            menu.addAction(toggle)
            self.window.addAction(toggle)
        menu.addSeparator()
        self.focus_navigator = self._add(menu, self.tr("Go to &Navigator"), w.navigator.tree.setFocus, "F6")
        self.focus_catalogue = self._add(menu, self.tr("Go to &Catalogue"), w.catalogue.search.setFocus, "F7")
        self.reset_layout = self._add(menu, self.tr("&Reset Layout"), w.reset_layout)
