"""Help ▸ About Action Planner…: the version, and the log file a user can send when something went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from action_planner import __version__
from action_planner.ui.log_file import log_path


class AboutDialog(QDialog):
    """Names the log file (selectable, to copy); ``open_folder_button`` opens its folder in the file manager."""

    def __init__(self, parent: QWidget | None, log: Path | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("About Action Planner"))
        self.log = log if log is not None else log_path()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Action Planner %1").replace("%1", __version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Regional action plans for SME internationalisation, offline.")))
        layout.addSpacing(self.fontMetrics().lineSpacing())
        note = QLabel(self.tr("If something goes wrong, the details are written to this log file; send it along:"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.log_label = QLabel(str(self.log))
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.log_label.setAccessibleName(self.tr("Log file"))
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button: QPushButton = buttons.addButton(
            self.tr("Open Log &Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.open_folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_folder(self) -> None:
        """The folder of the log file in the system's file manager (made first, if nothing was logged yet)."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.parent)))
