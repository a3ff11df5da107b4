"""How a refusal looks beside its field: a hidden, wrapping label in the error colour, in the planner's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from action_planner.ui.messages import render
from action_planner.ui.models.editable import error_colour


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, wrapping label in the error colour, for a message beside a field."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour())
    label.setPalette(palette)
    label.setVisible(False)
    return label


def show_refusal(label: QLabel, problem: str | None) -> bool:
    """Show ``problem`` in ``label`` (a dialog then stays open for the user to fix it); False when there is none."""
    if not problem:
        return False
    label.setText(render(problem))
    label.setVisible(True)
    return True


def hint_label(text: str = "") -> QLabel:
    """A wrapping, padded sentence that says what to do where there is nothing to show yet."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(6, 6, 6, 6)
    return label
