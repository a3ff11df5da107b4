"""``install_workshop``: adds Workshop mode (F5), the prioritisation board dock and the Workshop menu to a window."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QMenu

from action_planner.model.errors import DamagedValueError
from action_planner.typing_compat import override
from action_planner.ui.document import Document
from action_planner.ui.workshop.board import BoardPanel
from action_planner.ui.workshop.decisions import ask_decision
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.screen_picker import ScreenPickerDialog
from action_planner.ui.workshop.session import WorkshopSession
from action_planner.ui.workshop.slides import SlideKey, SlideKind

CurrentId = Callable[[], int | None]


class WorkshopFeature(QObject):
    """Owns the board dock, the presentation window and the workshop actions of one main window."""

    def __init__(
        self, window: QMainWindow, document: Document, current_plan: CurrentId, current_action: CurrentId | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.current_plan = current_plan
        self.current_action = current_action
        self.plan_id: int | None = None
        self.presentation: PresentationWindow | None = None
        self._opening_key: SlideKey | None = None  # the slide to open at, once the screen is picked
        self.today: date | None = None  # fixed in tests and screenshots
        self.last_dialog: QDialog | None = None
        self.session = WorkshopSession(document, self)
        self.present_action = self._action(self.tr("&Workshop Mode"), self.present, "F5")
        self.present_action.setStatusTip(
            self.tr("Project the current plan full screen, live as you edit (F11 or Escape: a window)")
        )
        self.start_action = self._action(self.tr("&Start Workshop…"), self.start)
        self.end_action = self._action(self.tr("&End Workshop"), self.end)
        self.decide_action = self._action(self.tr("Record &Decision…"), self.decide, "Ctrl+Shift+D")
        self.board_slide_action = self._action(self.tr("Board on the &Projector"), self.present_board, "Shift+F5")
        self.board_slide_action.setStatusTip(self.tr("Project the prioritisation board full screen, at room size"))
        self.board = BoardPanel(document)
        for action in (self.start_action, self.end_action, self.present_action):
            self.board.add_tool(action)
        self.board_dock = QDockWidget(self.tr("Prioritisation Board"), window)
        self.board_dock.setObjectName("WorkshopBoardDock")
        self.board_dock.setWidget(self.board)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.board_dock)
        self.board_dock.hide()
        self.board.model.set_shown(False)
        self.board_toggle = self.board_dock.toggleViewAction()
        self.board_toggle.setText(self.tr("Prioritisation &Board"))
        self.board_toggle.setShortcut(QKeySequence("Ctrl+6"))
        window.addAction(self.board_toggle)
        self.board_dock.visibilityChanged.connect(self._board_shown)
        self.state = QLabel()  # the workshop's state, always in sight while one runs
        self.state.setAccessibleName(self.tr("Workshop state"))
        self.state.hide()
        window.statusBar().addPermanentWidget(self.state)
        self.session.changed.connect(self._update)
        window.installEventFilter(self)
        self._menus()
        with contextlib.suppress(DamagedValueError):  # the window says so as it shows that plan itself
            self.set_plan(current_plan())

    def _action(self, text: str, slot: Callable[[], object], keys: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.window.menuBar()
        view = find_menu(self.window, "ViewMenu", QCoreApplication.translate("WindowMenus", "&View"))
        if view is None:
            view = bar.addMenu(self.tr("&View"))
            view.setObjectName("ViewMenu")
        view.addSeparator()
        view.addActions([self.present_action, self.board_toggle])
        self.menu = QMenu(self.tr("&Workshop"), self.window)
        self.menu.setObjectName("WorkshopMenu")
        self.menu.addActions([self.start_action, self.end_action])
        self.menu.addSeparator()
        self.menu.addActions([self.present_action, self.board_slide_action, self.board_toggle, self.decide_action])
        help_menu = find_menu(self.window, "HelpMenu", QCoreApplication.translate("WindowMenus", "&Help"))
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)

    # -- plan -------------------------------------------------------------------------------------

    def set_plan(self, plan_id: int | None) -> None:
        """Follow the plan selected in the window (connect the navigator's ``plan_selected`` here)."""
        self.plan_id = plan_id
        self.board.set_plan(plan_id)
        self._update()

    def _board_shown(self, visible: bool) -> None:
        self.board.model.set_shown(visible)  # closed, it reads nothing on plan switches and edits
        if visible:
            self.set_plan(self.current_plan())

    def _update(self) -> None:
        running = self.session.running(self.plan_id)
        has_plan = self.plan_id is not None
        self.start_action.setEnabled(has_plan)
        # while one runs, starting means starting over (it asks first): the command says so
        self.start_action.setText(self.tr("Start &Over…") if running is not None else self.tr("&Start Workshop…"))
        self.end_action.setEnabled(running is not None)
        self.state.setVisible(running is not None)
        self.state.setText(self.session.describe(self.plan_id) if running is not None else "")
        self.present_action.setEnabled(has_plan)
        self.board_slide_action.setEnabled(has_plan)
        self.decide_action.setEnabled(has_plan)
        self.board.status.setText(self.session.describe(self.plan_id))

    # -- commands ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self.plan_id is None:
            return
        was_running = self.session.running(self.plan_id) is not None
        self.last_dialog = None
        self.session.start(self.plan_id, self.window)
        if was_running:
            self.last_dialog = self.session.last_dialog
        else:
            self.window.statusBar().showMessage(
                self.tr(
                    "Workshop started: every change from now on is listed under “Changes since the workshop started”."
                ),
                8000,
            )

    def end(self) -> None:
        if self.plan_id is not None and self.session.end(self.plan_id) is not None:
            self.window.statusBar().showMessage(self.tr("Workshop ended."), 8000)

    def decide(self) -> None:
        """Decide on the action selected in the window (or, failing that, on the board)."""
        ident = self.current_action() if self.current_action else None
        ident = ident if ident is not None else self.board.selected_action()
        if ident is not None:
            self.last_dialog = ask_decision(self.window, self.document, ident)

    def present(self, key: SlideKey | None = None) -> None:
        """Show the presentation of the current plan (at the slide ``key`` if given): on a screen the
        facilitator picks, if there are two."""
        self.set_plan(self.current_plan())
        if self.plan_id is None:
            return
        self._opening_key = key
        if self.presentation is not None and self.presentation.plan_id == self.plan_id:
            if key is not None:
                self.presentation.show_key(key)
            self.presentation.raise_()
            self.presentation.activateWindow()
            return
        screens = QGuiApplication.screens()
        if len(screens) < 2:  # one laptop: full screen on it (F11 or Escape gives a window back)
            self.show_presentation(self.window.screen())
            return
        self.last_dialog = ScreenPickerDialog.ask(
            self.window, screens, QGuiApplication.primaryScreen(), self.show_presentation
        )

    def present_board(self) -> None:
        """Workshop Mode at the board slide: the matrix and the ranking filling the projector."""
        self.present(SlideKey(SlideKind.BOARD))

    def show_presentation(self, screen: QScreen | None) -> PresentationWindow | None:
        if self.plan_id is None:
            return None
        if self.presentation is not None:
            self.presentation.close()
        window = PresentationWindow(self.document, self.plan_id, self.window, today=self.today)
        window.setWindowTitle(self.tr("Workshop — %1").replace("%1", self.document.path.stem))
        window.closed.connect(lambda: self._closed(window))
        self.presentation = window
        window.present(screen)
        if self._opening_key is not None:
            window.show_key(self._opening_key)
            self._opening_key = None
        return window

    def _closed(self, window: PresentationWindow) -> None:
        if self.presentation is window:
            self.presentation = None
        window.deleteLater()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.presentation is not None:
            self.presentation.close()
        return False


def find_menu(window: QMainWindow, name: str, title: str) -> QMenu | None:
    """A menu of the window's menu bar, by object name or else by (translated) title."""
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    found = [m for m in menus if isinstance(m, QMenu) and m.objectName() == name]
    found = found or [m for m in menus if isinstance(m, QMenu) and m.title() == title]
    return found[0] if found else None


def install_workshop(
    window: QMainWindow, document: Document, current_plan: CurrentId, current_action: CurrentId | None = None
) -> WorkshopFeature:
    """Add View ▸ Workshop Mode (F5), View ▸ Prioritisation Board, and a Workshop menu to ``window``."""
    return WorkshopFeature(window, document, current_plan, current_action)
