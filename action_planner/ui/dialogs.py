"""Dialogs built to be tested: shown with ``open()`` and a callback, buttons kept as attributes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from action_planner.ui.refusal import error_label, show_refusal


class ConfirmDialog(QMessageBox):
    """Asks before something destructive; ``confirm_button`` runs ``on_confirm``."""

    def __init__(self, parent: QWidget, title: str, text: str, confirm: str, on_confirm: Callable[[], object]) -> None:
        super().__init__(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_button: QPushButton = self.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self._on_confirm = on_confirm
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.confirm_button:
            self._on_confirm()

    @classmethod
    def ask(
        cls, parent: QWidget, title: str, text: str, confirm: str, on_confirm: Callable[[], object]
    ) -> ConfirmDialog:
        dialog = cls(parent, title, text, confirm, on_confirm)
        dialog.open()
        return dialog


class TextPromptDialog(QDialog):
    """One line of text (a plan title, a new name); ``accept_text`` returns a refusal or None."""

    def __init__(
        self, parent: QWidget, title: str, label: str, value: str, accept_text: Callable[[str], str | None]
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self._accept_text = accept_text
        layout = QVBoxLayout(self)
        caption = QLabel(label)
        self.edit = QLineEdit(value)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.edit.selectAll()
        caption.setBuddy(self.edit)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (caption, self.edit, self.error, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _try_accept(self) -> None:
        problem = self._accept_text(self.edit.text())
        if not show_refusal(self.error, problem):
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget, title: str, label: str, value: str, accept_text: Callable[[str], str | None]
    ) -> TextPromptDialog:
        dialog = cls(parent, title, label, value, accept_text)
        dialog.open()
        return dialog


def show_message(parent: QWidget | None, title: str, text: str, *, error: bool = True) -> QMessageBox:
    """A non-blocking message box (deleted when closed)."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class FilePrompts:
    """Native file dialogs behind classmethods, so that tests replace them with paths."""

    @classmethod
    def open_path(cls, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(name) if name else None

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, file_filter: str, suggested: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None
