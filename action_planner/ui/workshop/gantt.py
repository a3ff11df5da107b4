"""A painted Gantt chart of a plan's actions: months across, one bar per action coloured by theme, a today line."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from action_planner.typing_compat import override
from action_planner.ui.workshop.room import RoomLanguage, Spoken
from action_planner.ui.workshop.theme import ACCENT, BACKGROUND, INK, MUTED, RULE, SURFACE, TEXT, Scale, wrap_lines


@dataclass(frozen=True, slots=True)
class GanttRow:
    number: int
    title: str
    colour: str
    start: date | None
    end: date | None


def month_index(day: date) -> float:
    """Months since year 0, with the day as a fraction (so bars start and end where the dates are)."""
    days = calendar.monthrange(day.year, day.month)[1]
    return day.year * 12 + day.month - 1 + (day.day - 1) / days


@dataclass(frozen=True, slots=True)
class Frame:
    """The plotting area of one paint: months ``first``..``last`` across ``plot``, rows of ``row_height``."""

    plot: QRectF
    first: int
    last: int
    label_width: float
    row_height: float

    @property
    def months(self) -> int:
        return max(1, self.last - self.first)

    def x_of(self, index: float) -> float:
        return self.plot.left() + (index - self.first) / self.months * self.plot.width()

    def rows_bottom(self, count: int) -> float:
        return self.row_height * count

    def bar(self, row: int, start: date, end: date) -> QRectF:
        """The bar of an action from the start of its first day to the end of its last."""
        left, right = self.x_of(month_index(start)), self.x_of(month_index(end) + 1 / 30)
        top = self.plot.top() + row * self.row_height
        return QRectF(left, top + self.row_height * 0.22, max(4.0, right - left), self.row_height * 0.56)


class GanttChart(Spoken, QWidget):
    """Paints the rows given to :meth:`set_rows`; the months shown cover every action (and today, if near)."""

    def __init__(self, room: RoomLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.rows: list[GanttRow] = []
        self.today = date.today()
        self.sizes = Scale(1080)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(room.translate("Workshop", "Timeline of the actions"))

    def set_rows(self, rows: list[GanttRow], today: date | None = None) -> None:
        self.rows = rows
        self.today = today or date.today()
        self.update()

    def apply_scale(self, scale: Scale) -> None:
        self.sizes = scale
        self.update()

    def span(self) -> tuple[int, int] | None:
        """First and last month shown (month indexes), or None when no action has dates."""
        starts = [r.start for r in self.rows if r.start] + [r.end for r in self.rows if r.end]
        if not starts:
            return None
        first = min(int(month_index(d)) for d in starts)
        last = max(int(month_index(d)) for d in starts)
        now = int(month_index(self.today))
        if first - 12 <= now < first:
            first = now
        elif last < now <= last + 12:
            last = now
        return first, last + 1

    def frame(self) -> Frame | None:
        """Where the months and rows go in the widget, or None when nothing has dates."""
        span = self.span()
        if not self.rows or span is None:
            return None
        s = self.sizes
        label_width = self.width() * 0.36
        line = QFontMetricsF(s.font(s.small)).lineSpacing()
        header, footer = line * 2.4, line * 1.6
        width, height = self.width() - label_width - s.gap * 2, self.height() - header - footer
        row_height = min(height / len(self.rows), s.body * 3.4)
        return Frame(QRectF(label_width + s.gap, header, width, height), span[0], span[1], label_width, row_height)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        frame = self.frame()
        s = self.sizes
        if frame is None:
            painter.setPen(QColor(MUTED))
            painter.setFont(s.font(s.body))
            text = self.room.translate("Workshop", "No action has a start and end date yet.")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            return
        for i in range(0, len(self.rows), 2):
            top = frame.plot.top() + i * frame.row_height
            painter.fillRect(QRectF(0, top, self.width(), frame.row_height), QColor(SURFACE))
        self._grid(painter, frame)
        for i, row in enumerate(self.rows):
            top = frame.plot.top() + i * frame.row_height
            self._label(painter, QRectF(s.gap, top, frame.label_width - s.gap, frame.row_height), row)
            if row.start and row.end:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(row.colour))
                painter.drawRoundedRect(frame.bar(i, row.start, row.end), s.gap / 2, s.gap / 2)
            else:
                painter.setPen(QColor(MUTED))
                painter.setFont(self.label_font(frame.row_height))
                where = QRectF(frame.plot.left(), top, frame.plot.width(), frame.row_height)
                painter.drawText(
                    where, int(Qt.AlignmentFlag.AlignCenter), self.room.translate("Workshop", "no dates yet")
                )
        self._today(painter, frame)
        painter.end()

    def _grid(self, painter: QPainter, frame: Frame) -> None:
        s = self.sizes
        small, bold = s.font(s.small), s.font(s.small, bold=True)
        metrics = QFontMetricsF(small)
        plot = frame.plot
        per_month = plot.width() / frame.months
        step = next((n for n in (1, 3, 6, 12) if per_month * n >= metrics.horizontalAdvance("MMMM")), 12)
        for index in range(frame.first, frame.last + 1):
            x = frame.x_of(index)
            year, month = divmod(index, 12)
            room = (12 - month) * per_month  # to the next year's label
            if month == 0 or (index == frame.first and room > metrics.horizontalAdvance("00000") * 1.4):
                painter.setPen(QPen(QColor(RULE), 2))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + frame.rows_bottom(len(self.rows))))
                painter.setPen(QColor(TEXT))
                painter.setFont(bold)
                painter.drawText(QRectF(x + 4, 0, metrics.horizontalAdvance("00000") * 1.4, plot.top() / 2), str(year))
            if index < frame.last and month % step == 0:
                painter.setPen(QColor(MUTED))
                painter.setFont(small)
                name = self.room.month_name(month + 1)
                painter.drawText(QRectF(x + 4, plot.top() / 2, per_month * step, plot.top() / 2), name)

    def label_font(self, row_height: float) -> QFont:
        """One size for every row label: the body size, smaller only when many rows share the height."""
        s = self.sizes
        return s.font(round(min(s.body, max(s.small * 0.8, row_height * 0.42))))

    def _label(self, painter: QPainter, rect: QRectF, row: GanttRow) -> None:
        s = self.sizes
        font = self.label_font(rect.height())
        line = QFontMetricsF(font).lineSpacing()
        most = max(1, min(3, int(rect.height() * 0.95 // line)))
        lines = wrap_lines(f"{row.number}  {row.title}", font, rect.width() - s.gap, most)
        painter.setFont(font)
        painter.setPen(QColor(TEXT))
        top = rect.top() + (rect.height() - line * len(lines)) / 2
        for i, text in enumerate(lines):
            painter.drawText(
                QRectF(rect.left(), top + i * line, rect.width(), line), int(Qt.AlignmentFlag.AlignVCenter), text
            )

    def _today(self, painter: QPainter, frame: Frame) -> None:
        now = month_index(self.today)
        if not frame.first <= now <= frame.last:
            return
        x = frame.x_of(now)
        top, bottom = frame.plot.top(), frame.plot.top() + frame.rows_bottom(len(self.rows))
        painter.setPen(QPen(QColor(ACCENT), max(2, self.sizes.gap // 4), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        font = self.sizes.font(self.sizes.small, bold=True)
        painter.setFont(font)
        text = self.room.translate("Workshop", "Today")
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 12
        box = QRectF(x - width / 2, bottom + 2, width, metrics.lineSpacing() * 1.3)
        painter.fillRect(box, QColor(ACCENT))
        painter.setPen(QColor(INK))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
