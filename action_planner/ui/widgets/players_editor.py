"""Owner of an action and the organisations involved, with completion from the workspace's organisations."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.errors import ValidationError
from action_planner.model.views import ActionView
from action_planner.ui.commands.actions import SetPlayers
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text
from action_planner.ui.models.players import Players, PlayersModel
from action_planner.ui.refusal import error_label
from action_planner.ui.widgets.forms import Commit, FormBinder
from action_planner.ui.widgets.tables import compact


def _completer(names: QStringListModel, parent: QWidget) -> QCompleter:
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class PlayersEditor(QWidget):
    """Owner fields (committed like any action field) and the players table (replaced as a whole)."""

    def __init__(
        self, document: Document, organisations: QStringListModel, commit: Commit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.view: ActionView | None = None
        owner_box = QGroupBox(self.tr("Owner"))
        owner_form = QFormLayout(owner_box)
        self.owner = FormBinder(owner_form, commit, self)
        organisation = self.owner.line("owner_organisation", self.tr("Owner orga&nisation:"))
        organisation.setCompleter(_completer(organisations, organisation))
        self.owner.line("owner_person", self.tr("Contact pe&rson:"))
        self.owner.line("owner_email", self.tr("Contact e-&mail:"))

        players_box = QGroupBox(self.tr("Players involved (organisations in the region and their roles)"))
        self.model = PlayersModel(self._commit_players, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Players involved"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        compact(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_organisation = QLineEdit()
        self.new_organisation.setPlaceholderText(self.tr("Organisation"))
        self.new_organisation.setAccessibleName(self.tr("New player organisation"))
        self.new_organisation.setCompleter(_completer(organisations, self.new_organisation))
        self.new_role = QLineEdit()
        self.new_role.setPlaceholderText(self.tr("Role, e.g. co-finances"))
        self.new_role.setAccessibleName(self.tr("New player role"))
        self.new_role.returnPressed.connect(self.add_player)
        self.add_button = QPushButton(self.tr("Add p&layer"))
        self.add_button.clicked.connect(self.add_player)
        self.remove_button = QPushButton(self.tr("Remove pla&yer"))
        self.remove_button.clicked.connect(self.remove_player)
        self.error = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.new_organisation, 3)
        row.addWidget(self.new_role, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        players_layout = QVBoxLayout(players_box)
        players_layout.addWidget(self.table)
        players_layout.addLayout(row)
        players_layout.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(owner_box)
        layout.addWidget(players_box, 1)

    def set_view(self, view: ActionView | None) -> None:
        self.view = view
        self.model.set_players(view.players if view else ())
        if view is None:
            self.error.setVisible(False)

    def _commit_players(self, players: Players) -> str | None:
        if self.view is None:
            return None
        shown = [(p.organisation, p.role) for p in self.view.players]  # what the planner edited from
        command = self.document.undo_stack.run(SetPlayers(self.document.services, self.view.id, players, shown))
        message = None
        if isinstance(command.error, ValidationError) or command.error is not None:
            message = error_text(command.error)
        self.error.setText(message or "")
        self.error.setVisible(message is not None)
        return message

    def add_player(self) -> None:
        name = self.new_organisation.text().strip()
        if not name:
            self.new_organisation.setFocus()
            return
        if self._commit_players([*self.model.players, (name, self.new_role.text().strip())]) is None:
            self.new_organisation.clear()
            self.new_role.clear()
            self.new_organisation.setFocus()

    def remove_player(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            players = self.model.players
            del players[row]
            self._commit_players(players)
