"""QtCharts styled for the dark projector theme: a doughnut by theme and bars by funding source."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from action_planner.ui.shares import percent_shares
from action_planner.ui.workshop.room import RoomLanguage, Spoken
from action_planner.ui.workshop.theme import BACKGROUND, INK, TEXT, Scale

#: A part of a chart: its label, exact amount and colour (floats are made only for the painter).
Part = tuple[str, Decimal, str]


class _DarkChartView(QChartView):
    """A chart view without legend, frame, animation or focus, on the slide's background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setBackgroundBrush(QBrush(QColor(BACKGROUND)))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(QColor(BACKGROUND)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sizes = Scale(1080)


class ThemeDoughnut(Spoken, _DarkChartView):
    """One slice per theme with money in it; shares of at least 6 % are printed on their slice."""

    def __init__(self, room: RoomLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.series = QPieSeries()
        self.series.setHoleSize(0.42)
        self.series.setPieSize(0.95)
        self.chart().addSeries(self.series)
        self.setAccessibleName(self.tr("Budget by theme"))

    def set_parts(self, parts: list[Part]) -> None:
        self.series.clear()
        shares = percent_shares({index: amount for index, (_text, amount, _colour) in enumerate(parts)})
        for index, (text, amount, colour) in enumerate(parts):
            if index not in shares:
                continue
            share = shares[index]  # rounded once, as in the legend beside it
            piece = self.series.append(text, float(amount))
            piece.setBrush(QColor(colour))
            piece.setPen(QPen(QColor(BACKGROUND), 3))
            piece.setLabel(self.room.share(share))
            piece.setLabelVisible(share >= 6)
            piece.setLabelPosition(QPieSlice.LabelPosition.LabelInsideHorizontal)
            piece.setLabelColor(QColor(INK))
        self.apply_scale(self.sizes)

    def apply_scale(self, scale: Scale) -> None:
        self.sizes = scale
        for piece in self.series.slices():
            piece.setLabelFont(scale.font(scale.body, bold=True))


class SourceBars(Spoken, _DarkChartView):
    """A horizontal bar per funding source, each in its own colour, named on the axis."""

    def __init__(self, room: RoomLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.series = QHorizontalStackedBarSeries()
        self.series.setBarWidth(0.7)
        self.chart().addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setVisible(False)
        self.values.setGridLineVisible(False)
        self.chart().addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        self.chart().addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.categories.setLabelsColor(QColor(TEXT))
        self.categories.setLinePenColor(QColor(TEXT))
        self.categories.setGridLineVisible(False)
        self.categories.setLineVisible(False)
        self.setAccessibleName(self.tr("Budget by funding source"))

    def set_parts(self, parts: list[Part]) -> None:
        """Largest source at the top (bars are drawn from the bottom, so the list is reversed)."""
        self.series.clear()
        shown = [part for part in parts if part[1] > 0][::-1]
        self.categories.clear()
        self.categories.append([text for text, _amount, _colour in shown] or [" "])
        for index, (text, amount, colour) in enumerate(shown):
            bar = QBarSet(text)
            bar.append([float(amount) if i == index else 0.0 for i in range(len(shown))])
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            self.series.append(bar)
        top = max((float(amount) for _text, amount, _colour in shown), default=1.0)
        self.values.setRange(0, top * 1.02 or 1.0)
        self.apply_scale(self.sizes)

    def apply_scale(self, scale: Scale) -> None:
        self.sizes = scale
        self.categories.setLabelsFont(scale.font(scale.body))
