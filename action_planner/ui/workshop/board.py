"""The prioritisation board: the impact × effort matrix beside a ranking by votes, every edit undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from action_planner.typing_compat import override
from action_planner.ui.commands.workshop import MoveCard, Vote
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text
from action_planner.ui.models.rows import ID_ROLE
from action_planner.ui.refusal import error_label
from action_planner.ui.undo import ServiceCommand
from action_planner.ui.workshop.board_model import NET, TITLE, BoardModel, RankingProxy
from action_planner.ui.workshop.board_scene import BoardScene
from action_planner.ui.workshop.decisions import ask_decision
from action_planner.ui.workshop.theme import theme_colours

_STEPS = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Left: (0, -1)}


class BoardView(QGraphicsView):
    """Shows the whole matrix at any size; keys act on the selected card (+, −, arrows, Enter)."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Prioritisation board: impact by effort"))
        self.setMinimumSize(320, 260)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        card = self.board.selected_card()
        if card is None:
            super().keyPressEvent(event)
            return
        key, view = event.key(), card.view
        if event.text() in ("+", "="):
            self.board.vote(view.id, against=False)
        elif event.text() in ("-", "−", "_"):
            self.board.vote(view.id, against=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.board.decide(view.id)
        elif key in _STEPS:
            up, right = _STEPS[Qt.Key(key)]
            impact = min(5, max(1, (view.impact or 3) + (up if view.impact else 0)))
            effort = min(5, max(1, (view.effort or 3) + (right if view.effort else 0)))
            if (impact, effort) != (view.impact, view.effort):
                self.board.moved.emit(view.id, impact, effort)
        else:
            super().keyPressEvent(event)


class BoardPanel(QWidget):
    """Matrix, ranking list and buttons for the plan given to :meth:`set_plan`."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.colours = theme_colours([t.code for t in document.services.catalogue.themes()])
        self.model = BoardModel(document, self)
        self.proxy = RankingProxy(self.model, self)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene)
        self.ranking = QTableView()
        self.ranking.setModel(self.proxy)
        self.ranking.setAccessibleName(self.tr("Actions ranked by net votes"))
        self.ranking.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.verticalHeader().setVisible(False)
        header = self.ranking.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.status, 1)
        self.vote_for = self._tool(self.tr("Vote +"), self.tr("One more vote for the selected action (+)"), False)
        self.vote_against = self._tool(
            self.tr("Vote −"), self.tr("One more vote against the selected action (−)"), True
        )
        self.decide_action = QAction(self.tr("Decide…"), self)
        self.decide_action.setToolTip(self.tr("Record a decision on the selected action (Enter)"))
        self.decide_action.triggered.connect(lambda: self.decide(self.selected_action()))
        self._button(self.decide_action)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.ranking)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.ranking.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.ranking.setWordWrap(False)
        self.splitter = splitter
        self.problem = error_label(self)  # a refused move or vote, in words, until the next one goes through
        layout = QVBoxLayout(self)
        layout.addLayout(self.tools)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.last_dialog: QDialog | None = None
        self._syncing = False
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.layoutChanged):
            signal.connect(self._refresh_scene)
        self.scene.moved.connect(self._move)
        self.scene.voted.connect(self.vote)
        self.scene.decide_requested.connect(self.decide)
        self.scene.selectionChanged.connect(self._card_selected)
        self.ranking.selectionModel().currentRowChanged.connect(self._row_selected)
        self._update_enabled()

    def _tool(self, text: str, tip: str, against: bool) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(lambda: self._vote_selected(against))
        self._button(action)
        return action

    def _button(self, action: QAction) -> None:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tools.addWidget(button)

    def add_tool(self, action: QAction) -> None:
        """Put a window action (start or end the workshop, present) in the board's tool row."""
        self._button(action)

    # -- plan and selection ---------------------------------------------------------------------

    def set_plan(self, plan_id: int | None) -> None:
        self.model.set_plan(plan_id)
        self._update_enabled()

    def _refresh_scene(self) -> None:
        self.scene.set_actions(self.model.items, self.colours)
        self.proxy.sort(NET, Qt.SortOrder.DescendingOrder)
        self._update_enabled()

    def selected_action(self) -> int | None:
        card = self.scene.selected_card()
        return card.action_id if card is not None else None

    def select_action(self, action_id: int | None) -> None:
        for ident, card in self.scene.cards.items():
            card.setSelected(ident == action_id)
        chosen = self.scene.cards.get(action_id) if action_id is not None else None
        if chosen is not None:
            self.scene.setFocusItem(chosen)

    def _card_selected(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        ident = self.selected_action()
        row = self.model.row_of(ident) if ident is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.ranking.selectionModel().setCurrentIndex(index, flags)
        self._syncing = False
        self._update_enabled()

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self._syncing = True
            self.select_action(current.data(ID_ROLE))
            self._syncing = False
        self._update_enabled()

    def _update_enabled(self) -> None:
        chosen = self.selected_action() is not None
        for action in (self.vote_for, self.vote_against, self.decide_action):
            action.setEnabled(chosen)

    # -- commands ----------------------------------------------------------------------------------

    def _move(self, action_id: int, impact: int | None, effort: int | None) -> None:
        shown = next(((v.impact, v.effort) for v in self.model.items if v.id == action_id), None)
        command = MoveCard(self.document.services, action_id, impact, effort, shown)
        self._said(self.document.undo_stack.run(command))

    def vote(self, action_id: int, against: bool) -> None:
        self._said(self.document.undo_stack.run(Vote(self.document.services, action_id, against=against)))

    def _said(self, command: ServiceCommand) -> None:
        """A refused move or vote (another planner moved the card meanwhile, the server is unreachable) is
        said beside the board's tools and in the window's status bar; the board shows what is stored."""
        self.problem.setText(error_text(command.error) if command.error is not None else "")
        self.problem.setVisible(command.error is not None)
        if command.error is None:
            return
        self.document.undo_stack.failed.emit(error_text(command.error))
        self.model.reload()  # the card goes back to where it is stored

    def _vote_selected(self, against: bool) -> None:
        if (ident := self.selected_action()) is not None:
            self.vote(ident, against)

    def decide(self, action_id: int | None) -> None:
        """Open the decision dialog for an action; Record pushes an undoable command."""
        if action_id is not None:
            self.last_dialog = ask_decision(self, self.document, action_id)
