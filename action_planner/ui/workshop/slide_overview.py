"""The plan overview slide: region, policy instrument, total budget and the actions by theme."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from action_planner.model.views import ActionView
from action_planner.ui.messages import render
from action_planner.ui.shares import percent_shares
from action_planner.ui.workshop import wording
from action_planner.ui.workshop.slides import Rows, Slide, SlideContext, SlideKey, SlideKind, chip, label
from action_planner.ui.workshop.theme import Scale


class OverviewSlide(Slide):
    """The first slide: what the plan is about and where its money goes."""

    def __init__(self, context: SlideContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SlideKey(SlideKind.OVERVIEW), parent)
        self.region = label("", "muted")
        self.instrument = label("", "muted")
        self.total = label("", "figure", wrap=False)
        self.total_caption = label(self.tr("Total budget"), "small", wrap=False)
        self.reporting = label("", "muted")
        self.count = label("", "figure", wrap=False)
        self.count_caption = label("", "small", wrap=False)
        figures = QHBoxLayout()
        for value, caption in ((self.total, self.total_caption), (self.count, self.count_caption)):
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(value)
            column.addWidget(caption)
            figures.addLayout(column)
        figures.addStretch(1)
        self.figures = figures
        self.by_theme_heading = label(self.tr("Actions by theme"), "heading")
        self.by_theme = Rows((0, 0, 0, 0, 0, 1), right=(2, 3, 4))
        for widget in (self.region, self.instrument):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(figures)
        self.layout_.addWidget(self.reporting)
        self.layout_.addWidget(self.by_theme_heading)
        self.layout_.addWidget(self.by_theme)
        self.layout_.addStretch(1)

    def build(self) -> None:
        services = self.services
        plan = services.plans.get(self.context.plan_id)
        actions = services.actions.list(plan.id)
        totals = services.budget.plan_totals(plan.id)
        self.kicker.setText(self.tr("ACTION PLAN · %1").replace("%1", plan.project or plan.region_code).upper())
        self.title.setText(plan.title)
        self.region.setText(self.tr("Region: %1 (%2)").replace("%1", plan.region_name).replace("%2", plan.region_code))
        instrument = plan.instrument_name or self.room.label(plan.instrument_type)
        self.instrument.setText(self.tr("Policy instrument: %1").replace("%1", instrument))
        in_plan = totals.plan.total if totals.plan else None
        self.total.setText(self.room.money(in_plan, plan.currency, with_code=True))
        self.count.setText(self.room.count(len(actions)))
        self.count_caption.setText(wording.actions_word(self.room, len(actions)))
        reporting = totals.reporting
        if totals.problem:
            self.reporting.setText(render(totals.problem))
        elif reporting is not None and reporting.currency != plan.currency:
            text = self.tr("%1 in the reporting currency")
            self.reporting.setText(
                text.replace("%1", self.room.money(reporting.total, reporting.currency, with_code=True))
            )
        else:
            self.reporting.setText("")
        self.reporting.setVisible(bool(self.reporting.text()))
        self._themes(actions, totals.plan.by_theme if totals.plan else {}, in_plan, plan.currency)

    def _themes(
        self, actions: list[ActionView], by_theme: dict[str, Decimal], total: Decimal | None, currency: str
    ) -> None:
        counts: dict[str, int] = {}
        names: dict[str, str] = {}
        for action in actions:
            counts[action.theme] = counts.get(action.theme, 0) + 1
            names[action.theme] = self.room.theme_name(action.theme, action.theme_name)
        rows: list[list[QLabel]] = []
        shares = percent_shares(by_theme) if total else {}  # as on the budget slide and its doughnut
        for code, colour in self.context.colours.items():
            if code not in counts:
                continue
            amount = by_theme.get(code)
            share = self.room.share(shares[code]) if code in shares else ""
            rows.append(
                [
                    chip(" ", colour),
                    label(names[code], "large-strong", wrap=False),
                    label(wording.action_count(self.room, counts[code]), "large", wrap=False),
                    label(self.room.money(amount, currency, with_code=True), "large", wrap=False),
                    label(share, "large-muted", wrap=False),
                ]
            )
        self.by_theme.set_rows(rows)
        self.by_theme.apply_scale(self.sizes)
        self.by_theme_heading.setVisible(bool(rows))

    def apply_scale(self, scale: Scale) -> None:
        super().apply_scale(scale)
        self.figures.setSpacing(scale.margin * 2)
