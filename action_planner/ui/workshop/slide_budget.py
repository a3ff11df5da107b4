"""The budget slide: a doughnut by theme and bars by funding source, with the exact amounts beside them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from action_planner.model.totals import Totals
from action_planner.ui.messages import render
from action_planner.ui.shares import percent_shares
from action_planner.ui.workshop import wording
from action_planner.ui.workshop.charts import Part, SourceBars, ThemeDoughnut
from action_planner.ui.workshop.slides import Rows, Slide, SlideContext, SlideKey, SlideKind, chip, label
from action_planner.ui.workshop.theme import Scale

SOURCE_COLOUR = "#9ecbf0"


class BudgetSlide(Slide):
    """Where the plan's money goes, by theme and by funding source, in the plan's currency."""

    WATCHES = frozenset({"plan", "action", "budget_line", "rate", "settings", "funding_source"})

    def __init__(self, context: SlideContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SlideKey(SlideKind.BUDGET), parent)
        self.title.setText(self.tr("Budget by theme and by funding source"))
        self.summary = label("", "muted")
        self.layout_.addWidget(self.summary)
        self.doughnut = ThemeDoughnut(self.room)
        self.bars = SourceBars(self.room)
        self.themes = Rows((0, 1, 0, 0), right=(2, 3))
        self.sources = Rows((1, 0, 0), right=(1, 2))
        self.columns = QHBoxLayout()
        for heading, chart, rows in (
            (self.tr("By theme"), self.doughnut, self.themes),
            (self.tr("By funding source"), self.bars, self.sources),
        ):
            column = QVBoxLayout()
            column.addWidget(label(heading, "heading"))
            column.addWidget(chart, 1)
            column.addWidget(rows)
            self.columns.addLayout(column, 1)
        self.layout_.addLayout(self.columns, 1)

    def build(self) -> None:
        plan = self.services.plans.get(self.context.plan_id)
        totals = self.services.budget.plan_totals(plan.id)
        self.kicker.setText(self.tr("BUDGET"))
        figures = totals.plan
        if figures is None:
            self.summary.setText(render(totals.problem))
            self._show(None, [], [])
            return
        text = self.tr("Total %1").replace("%1", self.room.money(figures.total, plan.currency, with_code=True))
        reporting = totals.reporting
        if reporting is not None and reporting.currency != plan.currency:
            extra = self.tr("%1 in the reporting currency")
            text += " · " + extra.replace("%1", self.room.money(reporting.total, reporting.currency, with_code=True))
        self.summary.setText(text)
        names = {t.code: self.room.theme_name(t.code, t.name) for t in self.services.catalogue.themes()}
        theme_parts = [
            (names.get(code, code), figures.by_theme.get(code, Decimal(0)), colour)
            for code, colour in self.context.colours.items()
        ]
        source_parts = sorted(
            (
                (self.room.funding_source(source, self.context.document.funding_sources), amount, SOURCE_COLOUR)
                for source, amount in figures.by_source.items()
            ),
            key=lambda part: -part[1],
        )
        self._show(figures, theme_parts, source_parts)

    def _show(self, figures: Totals | None, themes: list[Part], sources: list[Part]) -> None:
        self.doughnut.set_parts(themes)
        self.bars.set_parts(sources)
        currency = figures.currency if figures else ""

        theme_shares = percent_shares({text: amount for text, amount, _colour in themes})
        source_shares = percent_shares({text: amount for text, amount, _colour in sources})

        def share(text: str, shares: dict[str, Decimal]) -> QLabel:
            return label(self.room.share(shares[text]) if text in shares else "", "muted", wrap=False)

        def money(amount: Decimal) -> QLabel:
            return label(wording.whole_money(self.room, amount, currency), wrap=False)

        theme_rows: list[list[QLabel]] = [
            [
                chip(" ", colour),
                label(text),
                money(amount),
                share(text, theme_shares),
            ]
            for text, amount, colour in themes
            if amount > 0
        ]
        source_rows: list[list[QLabel]] = [
            [
                label(text),
                money(amount),
                share(text, source_shares),
            ]
            for text, amount, _colour in sources
            if amount > 0
        ]
        self.themes.set_rows(theme_rows)
        self.sources.set_rows(source_rows)
        self.apply_scale(self.sizes)

    def apply_scale(self, scale: Scale) -> None:
        super().apply_scale(scale)
        self.columns.setSpacing(scale.margin * 2)
        self.doughnut.apply_scale(scale)
        self.bars.apply_scale(scale)
        self.doughnut.setMinimumHeight(scale.body * 6)
        self.bars.setMinimumHeight(scale.body * 6)
