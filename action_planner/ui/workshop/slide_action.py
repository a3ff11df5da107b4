"""One slide per action: number, title, theme, owner, timeframe, budget by source, KPIs, votes, decision."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from action_planner.model.catalogue_language import localized
from action_planner.model.changes import Change
from action_planner.model.errors import NotFoundError
from action_planner.model.views import ActionView, KpiView
from action_planner.ui.workshop import wording
from action_planner.ui.workshop.slides import Rows, Slide, SlideContext, SlideKey, SlideKind, chip, label, paint_chip
from action_planner.ui.workshop.theme import DECISION_COLOURS, MUTED, Scale

MAX_SOURCES = 5
MAX_KPIS = 4


class ActionSlide(Slide):
    """Everything the room needs to debate one action, in type readable from the back."""

    def __init__(self, context: SlideContext, action_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, SlideKey(SlideKind.ACTION, action_id), parent)
        self.action_id = action_id
        self.number = 0
        self.theme = chip("", MUTED)
        header = QHBoxLayout()
        header.addWidget(self.kicker)
        header.addWidget(self.theme)
        header.addStretch(1)
        self.layout_.insertLayout(0, header)
        self.facts = Rows((0, 1))
        self.sources_heading = label(self.tr("Budget by funding source"), "heading")
        self.sources = Rows((0, 0, 1), right=(1,))
        self.kpis_heading = label(self.tr("Indicators: baseline → target"), "heading")
        self.kpis = Rows((1,))
        left, right = QVBoxLayout(), QVBoxLayout()
        self.inner = (left, right)
        left.addWidget(self.facts)
        left.addSpacing(self.sizes.gap)
        left.addWidget(self.sources_heading)
        left.addWidget(self.sources)
        left.addStretch(1)
        right.addWidget(self.kpis_heading)
        right.addWidget(self.kpis)
        right.addStretch(1)
        self.columns = QHBoxLayout()
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        self.layout_.addLayout(self.columns, 1)
        self.verdict = QFrame()
        self.verdict.setProperty("role", "panel")
        self.votes = label("", "strong", wrap=False)
        self.decision = chip("", MUTED)
        self.note = label("", "muted")
        bar = QHBoxLayout(self.verdict)
        bar.addWidget(self.votes)
        bar.addWidget(self.decision)
        bar.addWidget(self.note, 1)
        self.bar = bar
        self.layout_.addWidget(self.verdict)

    def affected_by(self, changes: list[Change]) -> bool:
        for change in changes:
            if change.plan_id not in (None, self.context.plan_id):
                continue
            if change.entity in ("plan", "rate", "settings", "organisation"):
                return True
            if change.entity == "action" and (change.op != "changed" or self.action_id in change.ids):
                return True  # added, removed or moved actions renumber the others
            if change.entity in ("budget_line", "kpi") and change.action_id == self.action_id:
                return True
        return False

    def build(self) -> None:
        try:
            view = self.services.actions.get(self.action_id)
        except NotFoundError:
            return  # the presentation drops this slide on the same change
        plan = self.services.plans.get(view.plan_id)
        self.number = view.number
        self.kicker.setText(
            self.tr("ACTION %1 OF %2")
            .replace("%1", self.room.count(view.number))
            .replace("%2", self.room.count(plan.action_count))
        )
        self.theme.setText(self.room.theme_name(view.theme, view.theme_name))
        paint_chip(self.theme, self.context.colours.get(view.theme, MUTED))
        self.title.setText(view.title)
        self.facts.set_rows(
            [
                [label(self.tr("Owner"), "muted", wrap=False), label(view.owner or "—")],
                [
                    label(self.tr("Timeframe"), "muted", wrap=False),
                    label(self.room.timeframe(view.start_date, view.end_date) or "—"),
                ],
                [
                    label(self.tr("Budget"), "muted", wrap=False),
                    label(self.room.money(view.total, plan.currency, with_code=True), "strong"),
                ],
            ]
        )
        self.sources.set_rows(self._sources(view))
        self.kpis.set_rows(self._kpis(view.kpis))
        self._verdict(view)
        self.apply_scale(self.sizes)

    def _sources(self, view: ActionView) -> list[list[QLabel]]:
        sums: dict[tuple[str, str], Decimal] = {}
        for line in view.budget_lines:
            key = (line.funding_source, line.currency)
            sums[key] = sums.get(key, Decimal(0)) + line.amount
        rows = [
            [
                label(self.room.funding_source(source, self.context.document.funding_sources)),
                label(self.room.money(amount, currency, with_code=True), wrap=False),
            ]
            for (source, currency), amount in sorted(sums.items(), key=lambda kv: -kv[1])
        ]
        if len(rows) > MAX_SOURCES:
            rows = [*rows[: MAX_SOURCES - 1], [label(wording.more(self.room, len(rows) - MAX_SOURCES + 1), "small")]]
        return rows

    def _kpis(self, kpis: tuple[KpiView, ...]) -> list[list[QLabel]]:
        rows: list[list[QLabel]] = []
        for kpi in kpis[:MAX_KPIS]:
            room = self.room
            name = localized("indicators", kpi.code or None, "name", kpi.name, room.language)
            unit = localized("indicators", kpi.code or None, "unit", kpi.unit, room.language)
            figures = f"{room.number(kpi.baseline) or '…'} → {room.number(kpi.target) or '…'} {unit}"
            rows.append([label(f"{kpi.code} · {name}", "muted")])
            rows.append([label(figures.strip(), "kpi")])
        if len(kpis) > MAX_KPIS:
            rows.append([label(wording.more(self.room, len(kpis) - MAX_KPIS), "small")])
        if not rows:
            rows.append([label(self.tr("No indicators yet"), "muted")])
        return rows

    def _verdict(self, view: ActionView) -> None:
        self.votes.setText(
            self.tr("Votes %1").replace("%1", wording.votes(self.room, view.votes_for, view.votes_against))
        )
        if view.decision is None:
            self.decision.setText(self.tr("No decision yet"))
            paint_chip(self.decision, MUTED)
            self.note.setText("")
            return
        self.decision.setText(wording.decision(view.decision, self.room))
        paint_chip(self.decision, DECISION_COLOURS[view.decision])
        when = wording.local_time(view.decided_at, room=self.room) if view.decided_at else ""
        self.note.setText(f"{view.decision_note}  ({when})" if view.decision_note else f"({when})")

    def apply_scale(self, scale: Scale) -> None:
        super().apply_scale(scale)
        self.columns.setSpacing(scale.margin * 2)
        for column in self.inner:
            column.setSpacing(scale.gap)
        self.bar.setContentsMargins(scale.gap * 2, scale.gap, scale.gap * 2, scale.gap)
        self.bar.setSpacing(scale.gap * 2)
