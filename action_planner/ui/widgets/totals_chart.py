"""A small doughnut chart of a plan's budget by theme; its colours mark the rows of the theme table."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QPieSeries
from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

#: One colour per theme, in catalogue order; distinct for the common colour-vision deficiencies.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999")


def theme_colours(codes: list[str]) -> dict[str, QColor]:
    return {code: QColor(PALETTE[i % len(PALETTE)]) for i, code in enumerate(codes)}


class ThemeChart(QChartView):
    """One slice per theme with money in it (drawn from exact totals; floats only reach the painter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setVisible(False)  # the theme table below carries the same colours as a key
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.series = QPieSeries()
        self.series.setHoleSize(0.5)
        chart.addSeries(self.series)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Budget by theme chart"))
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_parts(self, parts: list[tuple[str, QColor, Decimal]]) -> None:
        """``(label, colour, amount)`` per theme; themes without money are left out."""
        self.series.clear()
        for label, colour, amount in parts:
            if amount > 0:
                piece = self.series.append(label, float(amount))
                piece.setColor(colour)
                piece.setBorderColor(colour)
        self.setToolTip("\n".join(label for label, _colour, amount in parts if amount > 0))
