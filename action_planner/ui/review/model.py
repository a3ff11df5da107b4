"""The review dialog's table: one row per proposed change or comment, with its accept check box."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from action_planner.model.review import BOTH, NEW, PARTNER, REMOVED, Comment, Difference
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.typing_compat import override

Index = QModelIndex | QPersistentModelIndex
Item = Difference | Comment
#: The item (a Difference or a Comment) behind a row.
ItemRole = Qt.ItemDataRole.UserRole + 1
CONFLICT = QColor("#FCE4D6")


def _translate(text: str) -> str:
    return QCoreApplication.translate("ReviewModel", text)


def class_label(item: Item) -> str:
    if isinstance(item, Comment):
        return QCoreApplication.translate("ReviewModel", "Comment")
    if item.conflict:  # each a whole phrase: the languages join "… — reviewers disagree" differently
        labels = {
            PARTNER: QT_TRANSLATE_NOOP("ReviewModel", "Changed by the partner — reviewers disagree"),
            BOTH: QT_TRANSLATE_NOOP("ReviewModel", "Changed on both sides — reviewers disagree"),
            NEW: QT_TRANSLATE_NOOP("ReviewModel", "Proposed new row — reviewers disagree"),
            REMOVED: QT_TRANSLATE_NOOP("ReviewModel", "Removed by the partner — reviewers disagree"),
        }
    else:
        labels = {
            PARTNER: QT_TRANSLATE_NOOP("ReviewModel", "Changed by the partner"),
            BOTH: QT_TRANSLATE_NOOP("ReviewModel", "Changed on both sides"),
            NEW: QT_TRANSLATE_NOOP("ReviewModel", "Proposed new row"),
            REMOVED: QT_TRANSLATE_NOOP("ReviewModel", "Removed by the partner"),
        }
    return _translate(labels[item.klass])


#: The English names of the fields a proposal can change (marked here, translated by :func:`field_label`).
FIELDS = {
    "title": QT_TRANSLATE_NOOP("ReviewModel", "Title"),
    "description": QT_TRANSLATE_NOOP("ReviewModel", "Description"),
    "background": QT_TRANSLATE_NOOP("ReviewModel", "Background"),
    "players": QT_TRANSLATE_NOOP("ReviewModel", "Players"),
    "start_date": QT_TRANSLATE_NOOP("ReviewModel", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ReviewModel", "End date"),
    "status": QT_TRANSLATE_NOOP("ReviewModel", "Status"),
    "amount": QT_TRANSLATE_NOOP("ReviewModel", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ReviewModel", "Currency"),
    "funding_source": QT_TRANSLATE_NOOP("ReviewModel", "Funding source"),
    "year": QT_TRANSLATE_NOOP("ReviewModel", "Year"),
    "note": QT_TRANSLATE_NOOP("ReviewModel", "Note"),
    "baseline": QT_TRANSLATE_NOOP("ReviewModel", "Baseline"),
    "target": QT_TRANSLATE_NOOP("ReviewModel", "Target"),
    "target_date": QT_TRANSLATE_NOOP("ReviewModel", "Target date"),
}


def field_label(name: str) -> str:
    return _translate(FIELDS[name]) if name in FIELDS else name


class ReviewItemsModel(QAbstractTableModel):
    """Differences and comments of the open review files; the check box of column 0 accepts (or keeps) one."""

    ACCEPT, WHERE, ACTION, CHANGE, SENT, PROPOSED, NOW, CLASS, REVIEWER, COMMENT = range(10)

    def __init__(self, titles: Mapping[int, str]) -> None:
        super().__init__()
        self.titles = dict(titles)
        self.items: list[Item] = []
        self.accepted: set[str] = set()
        self._headers = (
            self.tr("Accept"),
            self.tr("Where"),
            self.tr("Action"),
            self.tr("Change"),
            self.tr("Sent"),
            self.tr("Proposed"),
            self.tr("Now"),
            self.tr("Class"),
            self.tr("Who"),
            self.tr("Comment"),
        )

    def set_items(self, items: Sequence[Item]) -> None:
        """Show ``items``; decisions already taken on items that remain are kept."""
        self.beginResetModel()  # a new file merged in can reorder and re-mark every row
        self.items = list(items)
        keys = {item.key for item in self.items}
        self.accepted &= keys
        self.endResetModel()

    def set_accepted(self, rows: Sequence[int], accepted: bool) -> None:
        for row in rows:
            key = self.items[row].key
            if accepted:
                self.accepted.add(key)
            else:
                self.accepted.discard(key)
            top = self.index(row, self.ACCEPT)
            self.dataChanged.emit(top, top, [Qt.ItemDataRole.CheckStateRole])

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.items)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._headers)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACCEPT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and column == self.ACCEPT:
            return Qt.CheckState.Checked if item.key in self.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and isinstance(item, Difference) and item.conflict:
            return QBrush(CONFLICT)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        return None

    @override
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ACCEPT or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_accepted([index.row()], checked)
        return True

    def _text(self, item: Item, column: int) -> str:
        who = item.reviewer + (f" ({item.organisation})" if item.organisation else "")
        if isinstance(item, Comment):
            texts = {
                self.WHERE: item.where,
                self.ACTION: self.titles.get(item.action_id, ""),
                self.CHANGE: self.tr("Comment on the action"),
                self.CLASS: class_label(item),
                self.REVIEWER: who,
                self.COMMENT: item.text,
            }
            return texts.get(column, "")
        change = {
            "edit": field_label(item.field),
            "new_action": self.tr("New action"),
            "new_line": self.tr("New budget line"),
            "remove": self.tr("Remove"),
        }[item.kind]
        texts = {
            self.WHERE: item.where,
            self.ACTION: self.titles.get(item.action_id or 0, ""),
            self.CHANGE: change,
            self.SENT: item.sent,
            self.PROPOSED: item.returned,
            self.NOW: item.now if item.klass == BOTH else "",
            self.CLASS: class_label(item),
            self.REVIEWER: who,
            self.COMMENT: item.comment,
        }
        return texts.get(column, "")
