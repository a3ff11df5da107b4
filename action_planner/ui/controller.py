"""Which window is up: opening, creating and closing workspaces, the demo, recent files and open errors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from action_planner.model.address import ServerAddress, is_server_url
from action_planner.model.errors import Location, WorkspaceError
from action_planner.model.fileformat import locate
from action_planner.ui.busy import run_busy
from action_planner.ui.dialogs import FilePrompts, TextPromptDialog, show_message
from action_planner.ui.document import Document
from action_planner.ui.jobs import JobRunner, failure_message
from action_planner.ui.log_file import log_unexpected
from action_planner.ui.main_window import MainWindow
from action_planner.ui.messages import error_text
from action_planner.ui.settings import AppSettings
from action_planner.ui.welcome import WelcomeWindow

DEMO_NAME = "demo.actionplan"


def keep_previous_demo(target: Path) -> Path | None:
    """Move an earlier demo (maybe edited) aside as "demo (kept …)", so a fresh demo never loses work."""
    if not target.exists():
        return None
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
    kept = target.with_name(f"{target.stem} (kept {stamp}){target.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = target.with_name(target.name + suffix)
        if source.exists():
            source.replace(kept.with_name(kept.name + suffix))
    return kept


def _located(path: Path | str) -> Location | None:
    """The file ``path`` names (or the server database), as an open document's path is; None if it leads
    nowhere."""
    if is_server_url(path):
        try:
            return ServerAddress.parse(str(path))
        except ValueError:
            return None
    try:
        return locate(path)
    except WorkspaceError:
        return None


def default_demo_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class AppController(QObject):
    """Keeps one workspace window open at a time, or the welcome screen when none is."""

    def __init__(self, settings: AppSettings, demo_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.demo_folder = demo_folder or default_demo_folder()
        self.window: MainWindow | None = None
        self.welcome: WelcomeWindow | None = None
        self.last_dialog: QMessageBox | None = None
        #: Asks whether to open a workspace another window writes read-only (tests answer without a dialog).
        self.ask_read_only = self._ask_read_only
        self.demo_work = JobRunner(self)
        self._shell: MainWindow | None = None

    def start(self, path: Path | None = None, demo: bool = False, *, shell: MainWindow | None = None) -> None:
        """``path`` if given, else the demo if asked, else the last workspace, else the welcome screen.

        ``shell`` is a window already showing a glance of the workspace being opened (see ``app.run``):
        the open workspace fills it in; if the open fails, it closes.
        """
        self._shell = shell
        try:
            if demo:
                self.open_demo()
            elif path is not None:
                self.open_path(path)
            elif (last := self.settings.last_workspace()) is not None:
                self.open_path(last)
            else:
                self.show_welcome()
        finally:
            self._drop_shell()

    def _drop_shell(self) -> None:
        shell, self._shell = self._shell, None
        if shell is not None:
            shell.close()
            shell.deleteLater()

    def _parent(self) -> QWidget | None:
        return self.window or self.welcome

    # -- opening --------------------------------------------------------------------------

    def open_path(self, path: Path | str) -> bool:
        """Open a workspace in the window; on failure say why and leave the file as it was."""
        if self.window is not None and self.window.document.path == _located(path):
            self.window.raise_()
            self.window.activateWindow()
            return True
        try:
            document = Document.open(path, self.ask_read_only)
        except WorkspaceError as exc:
            if self.window is None:
                self.show_welcome()
            self._drop_shell()  # after the welcome screen is up, so the app always has a window
            self._say(self.tr("Cannot open workspace"), error_text(exc))
            return False
        self._show_document(document)
        return True

    def ask_open(self) -> None:
        path = FilePrompts.open_path(self._parent(), self.tr("Open workspace"), self.tr("Action plans (*.actionplan)"))
        if path is not None:
            self.open_path(path)

    def ask_connect(self) -> None:
        """File ▸ Connect to Team Workspace…: the database's address, then open it like a file."""

        def connect(text: str) -> str | None:
            address = text.strip()
            if not is_server_url(address):
                return self.tr("Write the address as postgresql://user@server/database.")
            try:
                ServerAddress.parse(address)
            except ValueError as exc:
                return error_text(exc)
            QTimer.singleShot(0, lambda: self.open_path(address))  # once the prompt has closed
            return None

        self.connect_prompt = TextPromptDialog.ask(
            self._parent() or QWidget(),
            self.tr("Connect to Team Workspace"),
            self.tr("&Database address (the password comes from ~/.pgpass):"),
            "postgresql://",
            connect,
        )

    def ask_new(self) -> None:
        path = FilePrompts.save_path(
            self._parent(), self.tr("New workspace"), self.tr("Action plans (*.actionplan)"), "plans.actionplan"
        )
        if path is None:
            return
        if path.suffix != ".actionplan":
            path = path.with_name(path.name + ".actionplan")
        try:
            document = Document.create(path, self.settings.reporting_currency())
        except WorkspaceError as exc:
            self._say(self.tr("Cannot create workspace"), error_text(exc))
            return
        self._show_document(document)

    def open_demo(self) -> None:
        """Build a fresh demo workspace on a worker thread, then open it."""
        if self.demo_work.busy:
            return
        target = self.demo_folder / DEMO_NAME
        if self.window is not None and self.window.document.path == target.absolute():
            self.close_workspace()  # the demo is rebuilt in place
        if self.window is None and self.welcome is None:
            self.show_welcome()

        def build() -> Path:
            from action_planner.model.demo import build_demo

            target.parent.mkdir(parents=True, exist_ok=True)
            keep_previous_demo(target)
            return build_demo(target)

        run_busy(
            self.demo_work,
            self._parent(),
            self.tr("Building the demo workspace…"),
            build,
            succeeded=self.open_path,
            failed=lambda exc: self._say(self.tr("Cannot build the demo"), failure_message(exc)),
        )

    def _ask_read_only(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Workspace in use"), message, parent=self._parent())
        read_only = box.addButton(self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is read_only

    def _say(self, title: str, message: str) -> None:
        self.last_dialog = show_message(self._parent(), title, message)

    # -- windows --------------------------------------------------------------------------

    def _show_document(self, document: Document) -> None:
        previous = self.window
        shell, self._shell = self._shell, None
        try:
            if shell is None:
                window = MainWindow(document, self.settings)
            else:
                window = shell
                window.attach(document)
        except Exception as exc:  # a fault while building the window: say so, close the file, stay usable
            log_unexpected("The window of a workspace could not be built", exc)
            document.close()
            if self.window is None:
                self.show_welcome()  # before the half-built window goes, so the app always has a window
            if shell is not None:
                shell.close()
                shell.deleteLater()
            self._say(self.tr("Cannot show workspace"), failure_message(exc))
            return
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.new_requested.connect(self.ask_new)
        window.connect_requested.connect(self.ask_connect)
        window.open_requested.connect(self.ask_open)
        window.demo_requested.connect(self.open_demo)
        window.recent_requested.connect(self.open_path)
        window.close_requested.connect(self.close_workspace)
        window.quit_requested.connect(self.quit)
        window.closed.connect(lambda: self._window_closed(window))
        self.window = window
        if document.workspace.file_based:  # a server is reached from its own entry (no password kept)
            self.settings.add_recent(document.workspace.file)
        window.show()  # shown before the previous window closes, so the app never has no window
        if previous is not None:
            previous.close()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        self.settings.sync()

    def _window_closed(self, window: MainWindow) -> None:
        window.document.close()
        if self.window is window:
            self.window = None
        self.settings.sync()

    def close_workspace(self) -> None:
        """File ▸ Close: back to the welcome screen."""
        self.show_welcome()
        if self.window is not None:
            self.window.close()

    def show_welcome(self) -> None:
        if self.welcome is None:
            self.welcome = WelcomeWindow(self.settings)
            self.welcome.new_requested.connect(self.ask_new)
            self.welcome.open_requested.connect(self.ask_open)
            self.welcome.demo_requested.connect(self.open_demo)
            self.welcome.recent_requested.connect(self.open_path)
        self.welcome.refresh()
        self.welcome.show()

    def quit(self) -> None:
        self.demo_work.shutdown()  # a demo being built is finished, not opened
        if self.window is not None:
            self.window.close()
        if self.welcome is not None:
            self.welcome.close()
        QCoreApplication.quit()
