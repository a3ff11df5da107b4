"""Cells of figures one above the other, as the totals show an amount and under it what qualifies it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from action_planner.typing_compat import override

Index = QModelIndex | QPersistentModelIndex

#: The opacity of the lines after the first: quieter than the text, still above WCAG AA's 4.5:1 on the base
#: (black text on white at 0.65 is #595959, 7:1; a dark palette's light text on its dark base keeps about as much).
QUIET = 0.65


class FiguresDelegate(QStyledItemDelegate):
    """Each line of a cell's text whole on a line of its own, aligned as the model says: the first in the text
    colour, the others quieter. The column is sized to the widest line (the style's size hint): none is elided."""

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        widget = cell.widget
        area = text_rect(cell, widget)  # measured with the text in the option
        lines = cell.text.splitlines()  # Qt writes each "\n" as U+2028, which splitlines() also splits at
        cell.text = ""
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)  # background, selection
        group = (
            QPalette.ColorGroup.Normal if cell.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        )
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        colour = cell.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = QColor(colour)
        if not selected:  # on the highlight, every line keeps the full contrast the style gives it
            quiet.setAlphaF(colour.alphaF() * QUIET)
        line = cell.fontMetrics.lineSpacing()
        top = area.top() + (area.height() - line * len(lines)) // 2
        alignment = (cell.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(cell.font)
        for number, text in enumerate(lines):
            painter.setPen(colour if number == 0 else quiet)
            painter.drawText(QRect(area.left(), top + number * line, area.width(), line), alignment, text)
        painter.restore()

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The style's size of the lines, with the air above and below them that a one-line row has."""
        size = super().sizeHint(option, index)
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").count("\n") + 1
        return QSize(size.width(), max(size.height(), lines * option.fontMetrics.lineSpacing() + 8))


def text_rect(cell: QStyleOptionViewItem, widget: QWidget | None) -> QRect:
    """Where the style writes a cell's text (``cell`` as the delegate initialised it): its text element less
    the margin Qt's styles keep on each side (``QCommonStyle``'s ``viewItemDrawText``)."""
    style = widget.style() if widget is not None else QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget)
    return area.adjusted(margin, 0, -margin, 0)
