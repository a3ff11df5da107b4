"""Which screen the presentation goes to: a short list of screens, the second one chosen when there is one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Called with the chosen screen, or None for a normal window.
Chosen = Callable[[QScreen | None], object]


class _Named(Protocol):
    def name(self) -> str: ...


def default_screen(screens: Sequence[_Named], primary: _Named | None) -> int:
    """Index of the first screen that is not the primary one (the projector), else 0."""
    return next((i for i, screen in enumerate(screens) if screen is not primary), 0) if len(screens) > 1 else 0


class ScreenPickerDialog(QDialog):
    """Lists the screens with their sizes; Present hands the choice to ``on_chosen``."""

    def __init__(
        self, parent: QWidget | None, screens: Sequence[QScreen], primary: QScreen | None, on_chosen: Chosen
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Present on which screen?"))
        self.screens = list(screens)
        self._on_chosen = on_chosen
        caption = QLabel(self.tr("&Screen for the audience (the presentation fills it):"))
        self.list = QListWidget()
        caption.setBuddy(self.list)
        for number, screen in enumerate(self.screens, start=1):
            size = screen.geometry()
            if screen is primary:
                text = self.tr("Screen %1: %2, %3 × %4 (this laptop's main screen)")
            else:
                text = self.tr("Screen %1: %2, %3 × %4")
            text = text.replace("%1", str(number)).replace("%2", screen.name())
            text = text.replace("%3", str(size.width())).replace("%4", str(size.height()))
            self.list.addItem(text)
        self.list.setCurrentRow(default_screen(self.screens, primary))
        self.windowed = QCheckBox(self.tr("Show in a &window I can move instead"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.present_button: QPushButton = self.buttons.addButton(
            self.tr("&Present"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.present_button.setDefault(True)
        self.buttons.accepted.connect(self._present)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._present())
        layout = QVBoxLayout(self)
        for widget in (caption, self.list, self.windowed, self.buttons):
            layout.addWidget(widget)

    def chosen(self) -> QScreen | None:
        row = self.list.currentRow()
        if self.windowed.isChecked() or not 0 <= row < len(self.screens):
            return None
        return self.screens[row]

    def _present(self) -> None:
        choice = self.chosen()
        self.accept()
        self._on_chosen(choice)

    @classmethod
    def ask(
        cls, parent: QWidget | None, screens: Sequence[QScreen], primary: QScreen | None, on_chosen: Chosen
    ) -> ScreenPickerDialog:
        dialog = cls(parent, screens, primary, on_chosen)
        dialog.open()
        return dialog
