"""The timeline slide: a Gantt chart of the plan's actions with a key of the themes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QWidget

from action_planner.ui.workshop.gantt import GanttChart, GanttRow
from action_planner.ui.workshop.slides import Slide, SlideContext, SlideKey, SlideKind, chip
from action_planner.ui.workshop.theme import MUTED, Scale


class TimelineSlide(Slide):
    """When each action runs; ``today`` can be fixed (tests, screenshots)."""

    WATCHES = frozenset({"plan", "action"})

    def __init__(self, context: SlideContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(context, SlideKey(SlideKind.TIMELINE), parent)
        self.today = today
        self.title.setText(self.tr("Timeline"))
        self.chart = GanttChart(self.room)
        self.layout_.addWidget(self.chart, 1)
        self.key_row = QHBoxLayout()
        self.layout_.addLayout(self.key_row)

    def build(self) -> None:
        actions = self.services.actions.list(self.context.plan_id)
        colours = self.context.colours
        self.kicker.setText(self.tr("TIMELINE"))
        rows = [GanttRow(a.number, a.title, colours.get(a.theme, MUTED), a.start_date, a.end_date) for a in actions]
        self.chart.set_rows(rows, self.today)
        dates = [d for a in actions for d in (a.start_date, a.end_date) if d]
        if dates:
            self.title.setText(
                self.tr("Timeline %1–%2").replace("%1", str(min(dates).year)).replace("%2", str(max(dates).year))
            )
        while self.key_row.count():
            item = self.key_row.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.setParent(None)
                widget.deleteLater()
        used = {a.theme: self.room.theme_name(a.theme, a.theme_name) for a in actions}
        for code, colour in colours.items():
            if code in used:
                self.key_row.addWidget(chip(used[code], colour))
        self.key_row.addStretch(1)

    def apply_scale(self, scale: Scale) -> None:
        super().apply_scale(scale)
        self.chart.apply_scale(scale)
        self.key_row.setSpacing(scale.gap * 2)
