"""The review dialog: every proposed change and comment of returned workbooks and Word files, to accept or reject."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from action_planner.export.review_import import ReviewFile, all_comments, merge
from action_planner.model.errors import NotFoundError
from action_planner.model.review import Comment, Difference
from action_planner.ui import labels
from action_planner.ui.commands.review import AcceptReview
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text, render
from action_planner.ui.refusal import error_label, show_refusal
from action_planner.ui.review.model import ReviewItemsModel


class ReviewDialog(QDialog):
    """Lists each difference (old → proposed, who, comment, class) and each comment, from workbooks and Word
    files; Word comments on no action are listed apart. Apply Decisions is one undo step."""

    def __init__(self, document: Document, parent: QWidget | None, add_file: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Review"))
        self.document = document
        self.files: list[ReviewFile] = []
        self.model = ReviewItemsModel({})
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Proposed changes"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.refused, self.refused_caption = self._notes(
            self.tr("Refused rows"), self.tr("Rows refused (nothing from them is used):")
        )
        self.unattached, self.unattached_caption = self._notes(
            self.tr("Comments not attached"),
            self.tr("Word comments not attached to any action (not imported; read them in the file):"),
        )
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        self.accept_partner = QPushButton(self.tr("Accept All from &Partner"))
        self.accept_partner.clicked.connect(self._accept_partner)
        self.accept_selected = QPushButton(self.tr("&Accept Selected"))
        self.accept_selected.clicked.connect(lambda: self._mark_selected(accepted=True))
        self.reject_selected = QPushButton(self.tr("&Reject Selected"))
        self.reject_selected.clicked.connect(lambda: self._mark_selected(accepted=False))
        self.add_button = QPushButton(self.tr("Add &File…"))
        self.add_button.setToolTip(self.tr("Add another returned workbook, or a Word export with comments"))
        self.add_button.clicked.connect(lambda _checked=False: add_file())
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(self.tr("Apply &Decisions"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        for widget in (self.accept_selected, self.reject_selected, self.partner, self.accept_partner):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.refused_caption)
        layout.addWidget(self.refused)
        layout.addWidget(self.unattached_caption)
        layout.addWidget(self.unattached)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 170, self.fontMetrics().lineSpacing() * 34)

    def _notes(self, name: str, caption: str) -> tuple[QPlainTextEdit, QLabel]:
        """A few read-only lines under a caption (refused rows, comments on no action)."""
        notes = QPlainTextEdit()
        notes.setReadOnly(True)
        notes.setAccessibleName(name)
        notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        return notes, QLabel(caption)

    def add(self, review: ReviewFile) -> None:
        """Merge another returned workbook in (the same file again replaces its earlier reading)."""
        self.files = [f for f in self.files if f.path != review.path] + [review]
        items: list[Difference | Comment] = [*merge(self.files), *all_comments(self.files)]
        self.model.titles = self._titles(items)
        self.model.set_items(items)
        partners = sorted({item.reviewer for item in items})
        self.partner.clear()
        self.partner.addItems(partners)
        self.accept_partner.setEnabled(bool(partners))
        refused = [f"{f.path.name}: {render(problem)}" for f in self.files for problem in f.refused]
        self.refused.setPlainText("\n".join(refused))
        self.refused.setVisible(bool(refused))
        self.refused_caption.setVisible(bool(refused))
        unattached = [f"{f.path.name}: {render(comment)}" for f in self.files for comment in f.unattached]
        self.unattached.setPlainText("\n".join(unattached))
        self.unattached.setVisible(bool(unattached))
        self.unattached_caption.setVisible(bool(unattached))
        names = ", ".join(f"{f.reviewer} ({f.path.name})" for f in self.files)
        changes = sum(1 for item in items if isinstance(item, Difference))
        comments = len(items) - changes
        summary = self.tr("%1, %2 from %3.", "%1: the proposed changes; %2: the comments; %3: who sent which file")
        counts = (
            labels.counted(self.tr("%n proposed change(s)", "", changes), changes),
            labels.counted(self.tr("%n comment(s)", "", comments), comments),
        )
        self.summary.setText(summary.replace("%1", counts[0]).replace("%2", counts[1]).replace("%3", names))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 190))
        if items and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _titles(self, items: list[Difference | Comment]) -> dict[int, str]:
        titles: dict[int, str] = {}
        plans = {item.plan_id for item in items if isinstance(item, Difference)}
        plans |= {d.plan_id for f in self.files for d in f.differences}
        for plan_id in plans:
            try:
                titles.update((a.id, f"A{a.id} {a.title}") for a in self.document.services.actions.list(plan_id))
            except NotFoundError:
                continue
        for item in items:  # a Word file brings comments only: their actions' plans are not known yet
            if isinstance(item, Comment) and item.action_id not in titles:
                try:
                    action = self.document.services.actions.get(item.action_id)
                except NotFoundError:
                    continue
                titles.update((a.id, f"A{a.id} {a.title}") for a in self.document.services.actions.list(action.plan_id))
        return titles

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def _mark_selected(self, *, accepted: bool) -> None:
        self.model.set_accepted(self._selected_rows(), accepted)

    def _accept_partner(self) -> None:
        name = self.partner.currentText()
        self.model.set_accepted([r for r, item in enumerate(self.model.items) if item.reviewer == name], True)

    def decisions(self) -> tuple[list[Difference], list[Difference], list[Comment]]:
        """Accepted and rejected differences, and the comments kept (those checked)."""
        accepted, rejected, comments = [], [], []
        for item in self.model.items:
            chosen = item.key in self.model.accepted
            if isinstance(item, Comment):
                if chosen:
                    comments.append(item)
            elif chosen:
                accepted.append(item)
            else:
                rejected.append(item)
        return accepted, rejected, comments

    def apply(self) -> None:
        """Apply the decisions as one undo step; a refusal is shown here and nothing is changed."""
        accepted, rejected, comments = self.decisions()
        command = self.document.undo_stack.run(AcceptReview(self.document.services, accepted, rejected, comments))
        if not show_refusal(self.error, error_text(command.error) if command.error is not None else None):
            self.accept()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            event.accept()  # Enter in the table does not apply the whole review
            return
        super().keyPressEvent(event)
