"""The main window: composes the feature widgets, docks and menus, and remembers its layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from action_planner.model.errors import ActionPlannerError, DamagedValueError
from action_planner.typing_compat import override
from action_planner.ui.geometry import DEFAULT_SIZE, ScreenFollower, fit_to_screen
from action_planner.ui.messages import error_text
from action_planner.ui.settings import AppSettings

if TYPE_CHECKING:  # imported when a workspace is attached, after the first paint (see attach)
    # and the widgets only the panels use: PySide6 makes each class and its enums when first imported (the five,
    # about 1 ms before the glance could paint)
    from PySide6.QtWidgets import QDialog, QDockWidget, QSplitter, QTabWidget, QToolBar

    from action_planner.model.glance import Glance
    from action_planner.ui.about import AboutDialog
    from action_planner.ui.catalogue_files import CatalogueFiles
    from action_planner.ui.document import Document
    from action_planner.ui.export_runner import ExportRunner
    from action_planner.ui.funding_dialog import FundingSourcesDialog
    from action_planner.ui.jobs import JobRunner
    from action_planner.ui.menus import WindowMenus
    from action_planner.ui.preferences import PreferencesDialog
    from action_planner.ui.rates_dialog import RatesDialog
    from action_planner.ui.review.feature import ReviewFeature
    from action_planner.ui.widgets.action_editor import ActionEditor
    from action_planner.ui.widgets.actions_panel import ActionsPanel
    from action_planner.ui.widgets.catalogue_browser import CatalogueBrowser
    from action_planner.ui.widgets.navigator import NavigatorPanel
    from action_planner.ui.widgets.plan_editor import PlanEditor
    from action_planner.ui.widgets.totals_panel import TotalsPanel
    from action_planner.ui.workshop.feature import WorkshopFeature

_LAYOUT_VERSION = 1
#: The share of the window's width the centre (actions, plan details) keeps however wide the saved docks were.
CENTRE_SHARE = 0.4
# ``QtCore.Qt``, not ``from PySide6.QtCore import Qt``: PySide6 builds the Qt namespace's 93 enum types (45 ms)
# when the name is first taken, and the glance paints without it; only the panels (attach) need it.


class MainWindow(QMainWindow):
    """One open workspace. File commands it cannot do itself (new, open) go to the app as signals."""

    new_requested = Signal()
    open_requested = Signal()
    #: File ▸ Connect to Team Workspace… (the controller asks for the server's address).
    connect_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(object)
    close_requested = Signal()
    quit_requested = Signal()
    closed = Signal()

    document: Document
    navigator: NavigatorPanel
    actions_panel: ActionsPanel
    action_editor: ActionEditor
    plan_editor: PlanEditor
    catalogue: CatalogueBrowser
    totals: TotalsPanel
    jobs: JobRunner
    exports: ExportRunner
    catalogue_files: CatalogueFiles
    rates_dialog: RatesDialog | None
    funding_dialog: FundingSourcesDialog | None
    splitter: QSplitter
    pages: QTabWidget
    navigator_dock: QDockWidget
    totals_dock: QDockWidget
    catalogue_dock: QDockWidget
    menus: WindowMenus
    workshop: WorkshopFeature
    review: ReviewFeature

    def __init__(self, document: Document | None, settings: AppSettings, parent: QWidget | None = None) -> None:
        """The window of ``document``; without one, an empty frame for :meth:`show_glance` then :meth:`attach`."""
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("MainWindow")
        self.attached = False
        self._settling_state: QByteArray | None = None  # a saved layout to apply again once the docks are placed
        geometry = settings.window_state("geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        size = settings.window_size()
        if not restored:
            self.resize(DEFAULT_SIZE)
        elif size is not None and not (self.isMaximized() or self.isFullScreen()):
            # Qt keeps room for a title bar it cannot see yet and shortens a window that filled the screen's
            # height (by 26 px on X11 without a frame); the size the user left is fitted to the screen below.
            self.resize(size)
        fit_to_screen(self, centre=not restored)  # a small screen, or a layout saved on a larger one
        self.screen_follower: ScreenFollower | None = None  # from the first paint (see showEvent)
        self._shown = False
        if document is not None:
            self.attach(document)

    def show_glance(self, glance: Glance) -> None:
        """Show what :func:`glance` read of the workspace being opened, until :meth:`attach`."""
        from action_planner.ui.glance_view import GlanceView

        self.setCentralWidget(GlanceView(glance))
        self.setWindowTitle(self.tr("%1 — Action Planner").replace("%1", glance.path.name))
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", glance.path.name))

    def attach(self, document: Document) -> None:
        """Build the panels, docks and menus over ``document`` and restore the saved layout."""
        from action_planner.ui.catalogue_files import CatalogueFiles
        from action_planner.ui.export_runner import ExportRunner
        from action_planner.ui.jobs import JobRunner
        from action_planner.ui.menus import WindowMenus
        from action_planner.ui.models.catalogue import OrganisationNamesModel
        from action_planner.ui.review import install_review
        from action_planner.ui.widgets.action_editor import ActionEditor
        from action_planner.ui.widgets.actions_panel import ActionsPanel
        from action_planner.ui.widgets.catalogue_browser import CatalogueBrowser
        from action_planner.ui.widgets.navigator import NavigatorPanel
        from action_planner.ui.widgets.plan_editor import PlanEditor
        from action_planner.ui.widgets.totals_panel import TotalsPanel
        from action_planner.ui.workshop import install_workshop

        assert not self.attached, "a window shows one workspace"
        self.document = document
        organisations = OrganisationNamesModel(document, self)
        self.navigator = NavigatorPanel(document)
        self.actions_panel = ActionsPanel(document)
        self.action_editor = ActionEditor(document, organisations)
        self.plan_editor = PlanEditor(document)
        self.catalogue = CatalogueBrowser(document)
        self.totals = TotalsPanel(document)
        self.jobs = JobRunner(self)  # exports and catalogue files, one at a time on one worker
        self.exports = ExportRunner(document, self, self.jobs)
        self.catalogue_files = CatalogueFiles(document, self, self.jobs)
        self.rates_dialog = None  # made when first asked for, then kept
        self.funding_dialog = None  # likewise
        self._lay_out()
        self.menus = WindowMenus(self, self)
        self.workshop = install_workshop(
            self, document, lambda: self.navigator.plan_id, lambda: self.actions_panel.action_id
        )
        self.review = install_review(self, document, self.jobs, lambda: self.navigator.plan_id)
        self._default_state = self.saveState(_LAYOUT_VERSION)

        self.navigator.plan_selected.connect(self._plan_selected)
        self.actions_panel.action_selected.connect(self.action_editor.set_action)
        self.actions_panel.edit_requested.connect(self.action_editor.edit_fields)
        self.actions_panel.hint.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.catalogue.add_requested.connect(self.actions_panel.add_interventions)
        self.totals.reporting_currency_chosen.connect(self.settings.set_reporting_currency)
        self._saved_state()
        document.undo_stack.failed.connect(self._undo_failed)
        self._watch_storage(document)
        self.setWindowTitle(self.tr("%1 — Action Planner").replace("%1", document.path.name))
        if document.read_only:
            self._show_read_only(document)
        self.setWindowFilePath(str(document.path))
        self._restore_layout()
        self.attached = True
        self.statusBar().clearMessage()
        self._plan_selected(self.navigator.plan_id)

    def _lay_out(self) -> None:
        """The actions table over the action editor, beside plan details in tabs; the rest in docks."""
        from PySide6.QtWidgets import QSplitter, QTabWidget

        self.splitter = QSplitter(QtCore.Qt.Orientation.Vertical)
        self.splitter.setObjectName("ActionsSplitter")
        self.splitter.addWidget(self.actions_panel)
        self.splitter.addWidget(self.action_editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, self.tr("Actions"))
        self.pages.addTab(self.plan_editor, self.tr("Plan details"))
        self.setCentralWidget(self.pages)
        self.navigator_dock = self._dock(
            "NavigatorDock", self.tr("Regions and Plans"), self.navigator, QtCore.Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.totals_dock = self._dock(
            "TotalsDock", self.tr("Totals"), self.totals, QtCore.Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.catalogue_dock = self._dock(
            "CatalogueDock", self.tr("Catalogue"), self.catalogue, QtCore.Qt.DockWidgetArea.RightDockWidgetArea
        )
        from action_planner.ui.focus_ring import FocusRing

        self.focus_ring = FocusRing(self)  # which panel the next key goes to, in any style

    def _dock(self, name: str, title: str, widget: QWidget, area: QtCore.Qt.DockWidgetArea) -> QDockWidget:
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _saved_state(self) -> None:
        """Every edit is stored as it is made, so the title has no "modified" mark; the status bar says
        "All changes saved" after each commit, and says otherwise once the file can no longer be written."""
        from PySide6.QtWidgets import QLabel

        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Saved state"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.document.bridge.changed.connect(self._committed)

    def _watch_storage(self, document: Document) -> None:
        """Bars for a workspace file gone from under the window and for a server that cannot be reached."""
        self.lost_bar: QToolBar | None = None
        self.unreachable_bar: QToolBar | None = None
        document.lost.connect(self._show_lost)
        document.reachability.connect(self._show_reachability)

    def _committed(self) -> None:
        if not self.document.read_only and self.lost_bar is None:
            self.saved_label.setText(self.tr("All changes saved"))

    def _show_read_only(self, document: Document) -> None:
        """Title and a bar above the window say it is read-only; refused edits say so in the status bar."""
        from PySide6.QtWidgets import QLabel, QToolBar

        self.setWindowTitle(self.tr("%1 (read-only) — Action Planner").replace("%1", document.path.name))
        self.read_only_bar = QToolBar(self.tr("Read-only"))
        self.read_only_bar.setObjectName("ReadOnlyBar")
        self.read_only_bar.setMovable(False)
        self.read_only_bar.addWidget(
            QLabel(
                self.tr(
                    "Read-only: another window or program is writing to this workspace. "
                    "Its changes appear here as they are saved."
                )
            )
        )
        self.addToolBar(QtCore.Qt.ToolBarArea.TopToolBarArea, self.read_only_bar)
        self.insertToolBarBreak(self.read_only_bar)

    def _show_lost(self, reason: str) -> None:
        """The file is gone from under the window: a bar says so and offers Save As; nothing more is written."""
        from PySide6.QtWidgets import QPushButton

        self.setWindowTitle(self.tr("%1 (no longer on disk) — Action Planner").replace("%1", self.document.path.name))
        save = QPushButton(self.tr("Save As…"))
        save.clicked.connect(self.save_as)
        # the core's sentence: nothing was saved, why, and what to do
        self.lost_bar = self._message_bar("LostBar", self.tr("Workspace file gone"), reason, save)
        self.statusBar().showMessage(self.tr("The workspace file is gone; use Save As to keep these plans."))
        self.saved_label.setText(self.tr("Not saved: the file is gone"))

    def _message_bar(self, name: str, title: str, text: str, button: QWidget | None = None) -> QToolBar:
        """A bar across the top of the window with a wrapping sentence (and a button), on a row of its own."""
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolBar

        bar = QToolBar(title)
        bar.setObjectName(name)
        bar.setMovable(False)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 2, 4, 2)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(label, 1)
        if button is not None:
            layout.addWidget(button)
        bar.addWidget(row)
        self.addToolBar(QtCore.Qt.ToolBarArea.TopToolBarArea, bar)
        self.insertToolBarBreak(bar)
        return bar

    def _show_reachability(self, reachable: bool) -> None:
        """A team workspace's server went away (a bar says so; the window keeps what it shows and the
        document retries every second) or came back (the bar goes, and the views have read everything)."""
        if reachable:
            if self.unreachable_bar is not None:
                self.removeToolBar(self.unreachable_bar)
                self.unreachable_bar.deleteLater()
                self.unreachable_bar = None
            back = self.tr("Connected to the server again; the plans show its latest state.")
            self.statusBar().showMessage(back, 8000)
            self._committed()
            return
        if self.unreachable_bar is None:
            self.unreachable_bar = self._message_bar(
                "UnreachableBar",
                self.tr("Server unreachable"),
                self.tr(
                    "The server cannot be reached. The window keeps what it shows and tries again every second; edits "
                    "are refused until it is back, and nothing is reported as saved that the server did not store."
                ),
            )
        self.saved_label.setText(self.tr("Server unreachable"))

    def _undo_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _plan_selected(self, plan_id: int | None) -> None:
        try:
            self._show_plan(plan_id)
        except DamagedValueError as exc:  # the plan cannot be read; the others still can
            self._show_plan(None)
            self.statusBar().showMessage(self.tr("This plan holds a damaged value; choose another plan."))
            from action_planner.ui.dialogs import show_message

            self.damaged_dialog = show_message(self, self.tr("Damaged value"), error_text(exc))

    def _show_plan(self, plan_id: int | None) -> None:
        self.workshop.set_plan(plan_id)
        self.actions_panel.set_plan(plan_id)
        self.plan_editor.set_plan(plan_id)
        self.totals.set_plan(plan_id)
        self.catalogue.set_can_add(plan_id is not None)

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        (self.actions_panel.table if index == 0 else self.plan_editor).setFocus()

    # -- layout -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        state = self.settings.window_state("state")
        if state is not None and self.isVisible():
            # The docks were just added to a window already shown (the glance's): restored now, Qt would measure
            # the saved sizes against their first, unplaced geometry and squeeze the centre to its minimum, so
            # the layout is restored once the docks are placed (see event).
            self._settling_state = state
        elif state is not None:
            self.restoreState(state, _LAYOUT_VERSION)
        splitter = self.settings.window_state("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            line = self.fontMetrics().lineSpacing()
            self.splitter.setSizes([line * 12, line * 22])

    def keep_centre_usable(self) -> None:
        """Narrow the side docks so that the centre has at least :data:`CENTRE_SHARE` of the window's width (and
        never less than it needs): a layout saved on a larger screen, or with docks dragged very wide, comes
        back with readable fields. Docks that leave the centre enough are left as they are."""
        from PySide6.QtWidgets import QDockWidget

        sides: dict[QtCore.Qt.DockWidgetArea, QDockWidget] = {}
        side_areas = (QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, QtCore.Qt.DockWidgetArea.RightDockWidgetArea)
        for dock in self.findChildren(QDockWidget):
            area = self.dockWidgetArea(dock)
            if dock.isVisible() and not dock.isFloating() and area in side_areas:
                sides.setdefault(area, dock)  # one dock per side sets the width of the whole side
        centre = self.centralWidget()
        if not sides or centre is None:
            return
        wanted = max(round(self.width() * CENTRE_SHARE), centre.minimumSizeHint().width())
        missing = wanted - centre.width()
        widths = {area: dock.width() for area, dock in sides.items()}
        spare = {area: width - sides[area].minimumSizeHint().width() for area, width in widths.items()}
        room = sum(max(0, value) for value in spare.values())
        if missing <= 0 or room <= 0:
            return
        cut = min(missing, room)
        docks = list(sides.values())
        sizes = [widths[area] - round(cut * max(0, spare[area]) / room) for area in sides]
        self.resizeDocks(docks, sizes, QtCore.Qt.Orientation.Horizontal)

    @override
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self._settling_state is not None and self._docks_placed():
            state, self._settling_state = self._settling_state, None
            self.restoreState(state, _LAYOUT_VERSION)
            self.keep_centre_usable()
        return handled

    def _docks_placed(self) -> bool:
        """Whether the panels' docks, shown a moment after they are added to a shown window, have been laid out."""
        return all(dock.isVisible() for dock in (self.navigator_dock, self.totals_dock, self.catalogue_dock))

    def save_layout(self) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        plain = not (self.isMaximized() or self.isFullScreen())
        self.settings.set_window_size(self.size() if plain else None)
        self.settings.set_window_state("state", self.saveState(_LAYOUT_VERSION))
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.sync()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, _LAYOUT_VERSION)
        for dock in (self.navigator_dock, self.totals_dock, self.catalogue_dock):
            dock.show()
        line = self.fontMetrics().lineSpacing()
        self.splitter.setSizes([line * 12, line * 22])
        self.settings.set_window_state("state", QByteArray())

    # -- file commands --------------------------------------------------------------------

    def save_as(self) -> None:
        """Write a copy of the workspace (SQLite backup); this window stays on the original."""
        from action_planner.ui.dialogs import FilePrompts, show_message

        name = self.document.path.stem + "-copy.actionplan"
        target = FilePrompts.save_path(self, self.tr("Save a copy as"), self.tr("Action plans (*.actionplan)"), name)
        if target is None:
            return
        if target.suffix != ".actionplan":
            target = target.with_name(target.name + ".actionplan")
        try:
            written = self.document.save_copy(target)
        except (ActionPlannerError, OSError) as exc:
            show_message(self, self.tr("Save As"), error_text(exc))
            return
        self.settings.add_recent(written)
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(written)), 8000)

    def upload(self) -> None:
        """File ▸ Upload to Team Workspace…: copy this workspace into an empty server database, then open it."""
        from action_planner.ui.dialogs import TextPromptDialog

        def upload(text: str) -> str | None:
            try:
                written = self.document.upload(text.strip())
            except (ActionPlannerError, ValueError) as exc:
                return error_text(exc)
            self.statusBar().showMessage(self.tr("Uploaded to %1").replace("%1", str(written)), 8000)
            self.recent_requested.emit(text.strip())  # the team workspace opens in place of the file
            return None

        self.upload_prompt = TextPromptDialog.ask(
            self,
            self.tr("Upload to Team Workspace"),
            self.tr("&Empty database to copy every plan into (postgresql://user@server/database):"),
            "postgresql://",
            upload,
        )

    def export(self, fmt: str, *, whole: bool, contents: bool = False) -> None:
        """Export the current plan, or every plan of the workspace, in ``fmt`` ("docx", "xlsx", "pdf");
        ``contents``: a Word document begins with a table of contents."""
        plan_id = self.navigator.plan_id
        if whole:
            plan_ids: tuple[int, ...] = ()
            stem = self.document.path.stem
        elif plan_id is None:
            from action_planner.ui.dialogs import show_message

            show_message(self, self.tr("Export"), self.tr("Select a plan to export first."))
            return
        else:
            plan_ids, stem = (plan_id,), self.document.services.plans.get(plan_id).title
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in stem).strip() or "export"
        self.exports.export(fmt, plan_ids, safe, table_of_contents=contents)

    def show_rates(self) -> RatesDialog:
        """Show the (non-modal) exchange rates dialog; it follows the plan selected here."""
        if self.rates_dialog is None:
            from action_planner.ui.rates_dialog import RatesDialog

            self.rates_dialog = RatesDialog(self.document, self)
            self.navigator.plan_selected.connect(self.rates_dialog.set_plan)
        self.rates_dialog.set_plan(self.navigator.plan_id)
        self.rates_dialog.show()
        self.rates_dialog.raise_()
        self.rates_dialog.activateWindow()
        return self.rates_dialog

    def show_funding_sources(self) -> FundingSourcesDialog:
        """Show the (non-modal) dialog of the workspace's funding sources."""
        if self.funding_dialog is None:
            from action_planner.ui.funding_dialog import FundingSourcesDialog

            self.funding_dialog = FundingSourcesDialog(self.document, self)
        self.funding_dialog.show()
        self.funding_dialog.raise_()
        self.funding_dialog.activateWindow()
        return self.funding_dialog

    def show_indicators(self) -> QDialog:
        """The indicator library on its own: search it, add, change or delete indicators."""
        from action_planner.ui.widgets.indicator_picker import IndicatorPickerDialog

        return IndicatorPickerDialog.ask(self.document, self, self.tr("Indicator Library"), None)

    def show_shortcuts(self) -> QDialog:
        """Help ▸ Keyboard Shortcuts: generated from this window's actions (shown, not executed)."""
        from action_planner.ui.shortcuts_page import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        """Edit ▸ Preferences…: the window's language for the next start (shown, not executed)."""
        from action_planner import i18n
        from action_planner.ui.preferences import PreferencesDialog

        return PreferencesDialog.ask(self.settings, i18n.running_language(), self)

    def show_about(self) -> AboutDialog:
        """Help ▸ About: the version and the log file (shown, not executed, so that tests can look at it)."""
        from action_planner.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # first shown: the frame's size is known now
            self._shown = True
            fit_to_screen(self)
            if self.attached:  # the panels were built before the window showed: their saved layout is placed now
                self._follow_screen()
                self.keep_centre_usable()
            else:
                # the glance: the follower takes the window's QWindow, whose class PySide6 makes with four enum
                # types (2.5 ms) the first time; a screen change is followed from the glance's first paint on
                from action_planner.ui.glance_view import after_first_paint

                after_first_paint(self, self._follow_screen)

    def _follow_screen(self) -> None:
        if self.screen_follower is None:
            self.screen_follower = ScreenFollower(self)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached:  # the workspace never opened: its saved layout stays as it was
            super().closeEvent(event)
            return
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # a field being typed in commits on losing focus: nothing typed is lost
        self.save_layout()
        self.jobs.shutdown()  # a running export is cancelled, an import runs to its end; late outcomes are dropped
        super().closeEvent(event)
        self.closed.emit()
