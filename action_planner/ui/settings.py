"""Per-user settings (window layout, recent files, reporting currency, language), always in one INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize

from action_planner.i18n import NATIVE_NAMES

ORGANISATION = "ActionPlanner"
APPLICATION = "Action Planner"
MAX_RECENT = 8


def open_settings() -> QSettings:
    """The user's settings; tests redirect them with ``QSettings.setPath(IniFormat, UserScope, tmp)``."""
    organisation = QCoreApplication.organizationName() or ORGANISATION
    application = QCoreApplication.applicationName() or APPLICATION
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, organisation, application)


class AppSettings:
    """Typed access to the few values the app remembers between runs."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_settings()

    # -- recent workspaces --------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        value = self.store.value("recent/files", [])
        items: list[object] = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [Path(str(item)) for item in items if str(item)]

    def add_recent(self, path: Path) -> None:
        resolved = path.expanduser().absolute()
        files = [resolved, *(p for p in self.recent_files() if p != resolved)][:MAX_RECENT]
        self.store.setValue("recent/files", [str(p) for p in files])

    def last_workspace(self) -> Path | None:
        """The most recently opened workspace, if it still exists."""
        files = self.recent_files()
        return files[0] if files and files[0].is_file() else None

    # -- window layout ------------------------------------------------------------------

    def window_state(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    def window_size(self) -> QSize | None:
        """The main window's size when it was last closed (not maximised), as the user left it."""
        value = self.store.value("window/size")
        return value if isinstance(value, QSize) and value.isValid() and not value.isEmpty() else None

    def set_window_size(self, value: QSize | None) -> None:
        if value is None:
            self.store.remove("window/size")
        else:
            self.store.setValue("window/size", value)

    # -- reporting currency -------------------------------------------------------------

    def reporting_currency(self) -> str:
        """The reporting currency for new workspaces (the last one chosen)."""
        return str(self.store.value("totals/reporting_currency", "EUR") or "EUR")

    def set_reporting_currency(self, code: str) -> None:
        self.store.setValue("totals/reporting_currency", code)

    # -- language -----------------------------------------------------------------------

    def language(self) -> str | None:
        """The window's language chosen under Edit ▸ Preferences (``"pl"``), or None for the system's."""
        value = str(self.store.value("ui/language", "") or "")
        return value if value in NATIVE_NAMES else None  # an unknown or damaged value: the system's

    def set_language(self, code: str | None) -> None:
        """Keep ``code`` (one of :data:`~action_planner.i18n.NATIVE_NAMES`) for the next start; None: the system's."""
        if code is not None and code not in NATIVE_NAMES:
            raise ValueError(f"no such language: {code!r}")
        if code is None:
            self.store.remove("ui/language")
        else:
            self.store.setValue("ui/language", code)

    def sync(self) -> None:
        self.store.sync()

    def saved(self) -> bool:
        """Write the settings to disk now; False when the file could not be written (read-only, full disk)."""
        self.store.sync()
        return self.store.status() == QSettings.Status.NoError
