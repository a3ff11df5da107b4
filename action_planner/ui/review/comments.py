"""The partners' review comments on one action, as the action editor's Review comments tab shows them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from action_planner.model.errors import NotFoundError
from action_planner.model.services.reviews import CommentView
from action_planner.typing_compat import override
from action_planner.ui import labels
from action_planner.ui.document import Document

Index = QModelIndex | QPersistentModelIndex


class CommentsModel(QAbstractListModel):
    """One row per comment: who, from which organisation, when, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.comments: list[CommentView] = []

    def set_comments(self, comments: Sequence[CommentView]) -> None:
        self.beginResetModel()  # another action's comments: every row is different
        self.comments = list(comments)
        self.endResetModel()

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.comments)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        comment = self.comments[index.row()]
        who = comment.reviewer + (f" ({comment.organisation})" if comment.organisation else "")
        heading = self.tr("%1, %2:").replace("%1", who).replace("%2", labels.day(comment.commented_on))
        return f"{heading}\n{comment.text}"


class CommentsPanel(QWidget):
    """The comments partners sent back on the action shown, newest last."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = CommentsModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Review comments"))
        self.empty = QLabel(self.tr("No partner has commented on this action yet. Use File ▸ Send for Review…"))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def set_action(self, action_id: int | None) -> None:
        comments: list[CommentView] = []
        if action_id is not None:
            try:
                comments = self.document.services.reviews.comments(action_id)
            except NotFoundError:
                comments = []
        self.model.set_comments(comments)
        self.empty.setVisible(not comments)
        self.view.setVisible(bool(comments))
