"""The window's first screen while a workspace opens: its plans and the first plan's actions, read-only.

:func:`action_planner.model.glance.glance` reads them without SQLAlchemy, so this paints within a few
tens of milliseconds of start-up; the main window replaces it with the real panels once the workspace
is open (see :meth:`MainWindow.attach`). Only Qt and light modules are imported here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.glance import Glance
from action_planner.typing_compat import override
from action_planner.ui import action_columns
from action_planner.ui.widgets.tables import compact

#: The figures' alignment (``Qt.AlignmentFlag.AlignRight | AlignVCenter``) and its role
#: (``Qt.ItemDataRole.TextAlignmentRole``) by number: taking any name from ``Qt`` makes PySide6 build the
#: whole namespace's 93 enum types (45 ms) before the glance could paint. tests/ui/test_first_paint.py
#: checks both numbers against Qt's.
FIGURE_ALIGNMENT = 0x0002 | 0x0080
TEXT_ALIGNMENT_ROLE = 7

#: The work waits at most this long for the first paint (a window shown minimised may never paint).
FIRST_PAINT_WAIT_MS = 1000


class GlanceView(QWidget):
    """The regions and plans beside the first plan's actions, laid out like the panels that follow."""

    def __init__(self, glance: Glance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlanceView")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Regions and plans"))
        self.tree.setUniformRowHeights(True)
        for region in glance.regions:
            item = QTreeWidgetItem(self.tree, [region.label])
            for plan in region.plans:
                child = QTreeWidgetItem(item, [plan.title])
                if plan.id == glance.plan_id:
                    self.tree.setCurrentItem(child)
        self.tree.expandAll()
        metrics = self.fontMetrics()

        columns = action_columns.headers()
        self.table = QTableWidget(len(glance.actions), len(columns))
        self.table.setAccessibleName(self.tr("Actions of the plan"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        compact(self.table)
        for row, action in enumerate(glance.actions):
            for column in range(len(columns)):
                cell = QTableWidgetItem(action_columns.text(action, column, glance.currency))
                if column in action_columns.FIGURES:
                    cell.setData(TEXT_ALIGNMENT_ROLE, FIGURE_ALIGNMENT)
                self.table.setItem(row, column, cell)
        action_columns.size_columns(self.table.horizontalHeader())
        if glance.actions:
            self.table.selectRow(0)

        # Where the default layout puts them: the navigator dock on the left, the actions table over
        # the action editor in the middle, the catalogue dock on the right (filled in when loaded).
        dock_width = metrics.averageCharWidth() * 46
        line = metrics.lineSpacing()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Regions and Plans")))
        left.addWidget(self.tree, 5)
        left.addStretch(4)
        middle = QVBoxLayout()
        middle.addWidget(self.table, 12)
        middle.addStretch(22)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(left)
        layout.addLayout(middle, 1)
        layout.addSpacing(dock_width)
        self.tree.setFixedWidth(dock_width)
        self.table.setMinimumHeight(line * 8)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self.work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        # a timer of its own, gone with it, rather than QTimer.singleShot(ms, self, ...): given a receiver, PySide6
        # looks its slot up in Qt's meta-objects, making their enum types before the first paint
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        self.timer.start(FIRST_PAINT_WAIT_MS)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.work is not None:
            self.timer.start(0)  # after this paint is finished and on screen
        return False

    def run(self) -> None:
        work, self.work = self.work, None
        if work is None:
            return
        watched = self.parent()
        if watched is not None:
            watched.removeEventFilter(self)  # once is enough: later paints pass untouched
        self.deleteLater()
        work()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once, as soon as ``widget`` has painted (or after a second if it is not painted)."""
    _FirstPaint(widget, work)
