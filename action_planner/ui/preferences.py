"""Edit ▸ Preferences…: the window's language, kept in the settings and used from the next start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from action_planner import i18n
from action_planner.ui.refusal import error_label, show_refusal
from action_planner.ui.settings import AppSettings

#: The order of the language list after "System default": English, then the partners' languages.
ORDER = ("en", "it", "es", "sv", "pl")


class PreferencesDialog(QDialog):
    """The language list (System default, then each language in its own name, so a user finds theirs in any
    language) and, while the choice would change the language running, a note that it applies at the next
    start. ``buttons`` OK keeps the choice (or says beside the list why it could not be kept)."""

    def __init__(
        self,
        settings: AppSettings,
        running: str,
        parent: QWidget | None = None,
        system: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.running = running
        self.system = list(system if system is not None else QLocale.system().uiLanguages())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        for code in ORDER:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)  # never translated: each in its own name
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language() or "")))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)
        self.note = QLabel(self.tr("Action Planner will start in this language next time."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._keep)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._changed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def chosen(self) -> str | None:
        """The language code chosen, or None for the system's."""
        return str(self.language.currentData() or "") or None

    def _changed(self) -> None:
        self.error.setVisible(False)
        self.note.setVisible(i18n.choose(self.chosen(), self.system).language != self.running)

    def _keep(self) -> None:
        before = self.settings.language()
        self.settings.set_language(self.chosen())
        if not self.settings.saved():
            self.settings.set_language(before)  # nothing is kept, not even in memory
            show_refusal(
                self.error,
                self.tr("The preference could not be saved: the settings file %1 cannot be written.").replace(
                    "%1", self.settings.store.fileName()
                ),
            )
            return
        self.accept()

    @classmethod
    def ask(cls, settings: AppSettings, running: str, parent: QWidget | None = None) -> PreferencesDialog:
        """Open the dialog (not modal-blocking: tests drive it with keys and read ``result()``)."""
        dialog = cls(settings, running, parent)
        dialog.open()
        return dialog
