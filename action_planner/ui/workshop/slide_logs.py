"""The decisions log and the "changes since the workshop started" slides."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from action_planner.model.services.workshops import ChangeSinceStart
from action_planner.ui.workshop import wording
from action_planner.ui.workshop.slides import Rows, Slide, SlideContext, SlideKey, SlideKind, chip, label
from action_planner.ui.workshop.theme import ACCENT, DECISION_COLOURS, GAIN, LOSS

MAX_DECISIONS = 7
MAX_CHANGES = 8
KIND_COLOURS = {
    "added": GAIN,
    "removed": LOSS,
    "line_added": GAIN,
    "line_removed": LOSS,
    "kpi_added": GAIN,
    "kpi_removed": LOSS,
}


class DecisionsSlide(Slide):
    """The latest decisions, oldest of them first, each with its time, action, verdict and note."""

    WATCHES = frozenset({"plan", "action"})

    def __init__(self, context: SlideContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SlideKey(SlideKind.DECISIONS), parent)
        self.title.setText(self.tr("Decisions"))
        self.empty = label(self.tr("No decisions recorded yet."), "muted")
        self.earlier = label("", "small")
        self.rows = Rows((0, 3, 0, 3))
        for widget in (self.empty, self.earlier, self.rows):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    def build(self) -> None:
        log = self.context.document.services.workshops.decisions(self.context.plan_id)
        self.kicker.setText(self.tr("DECISIONS LOG · %n RECORDED", "", len(log)))
        shown = log[-MAX_DECISIONS:]
        hidden = len(log) - len(shown)
        self.earlier.setText(wording.earlier_decisions(self.room, hidden))
        self.earlier.setVisible(hidden > 0)
        self.empty.setVisible(not log)
        self.rows.set_rows(
            [
                [
                    label(wording.local_time(d.decided_at, room=self.room), "muted", wrap=False),
                    label(f"{d.action_number}  {d.action_title}", "strong"),
                    chip(wording.decision(d.decision, self.room), DECISION_COLOURS[d.decision]),
                    label(d.note),
                ]
                for d in shown
            ]
        )
        self.rows.apply_scale(self.sizes)


class ChangesSlide(Slide):
    """What the room changed since the running workshop began: actions added and removed, every field of
    every action, budget line and KPI, the board's scores, votes and decisions, grouped per action."""

    WATCHES = frozenset(
        {"plan", "action", "budget_line", "kpi", "rate", "settings", "workshop", "organisation", "funding_source"}
    )

    def __init__(self, context: SlideContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SlideKey(SlideKind.CHANGES), parent)
        self.title.setText(self.tr("Changes since the workshop started"))
        self.message = label("", "muted")
        self.rows = Rows((0, 2, 3))
        self.more = label("", "small")
        for widget in (self.message, self.rows, self.more):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.changes: list[ChangeSinceStart] = []

    def build(self) -> None:
        services = self.context.document.services
        workshop = services.workshops.current(self.context.plan_id)
        currency = services.plans.get(self.context.plan_id).currency
        themes = {t.code: self.room.theme_name(t.code, t.name) for t in services.catalogue.themes()}
        self.changes = services.workshops.changes_since_start(workshop.id) if workshop else []
        if workshop is None:
            self.kicker.setText(self.tr("NO WORKSHOP RUNNING"))
            self.message.setText(
                self.tr("Start a workshop (Workshop ▸ Start Workshop) to follow what the room changes.")
            )
        else:
            started = wording.local_time(workshop.started_at, room=self.room)
            self.kicker.setText(self.tr("SINCE %1").replace("%1", started.upper()))
            self.message.setText("" if self.changes else self.tr("Nothing has changed yet."))
        self.message.setVisible(bool(self.message.text()))
        shown = self.changes[:MAX_CHANGES]
        rows: list[list[QLabel]] = [
            [
                chip(wording.change_kind(self.room, c), KIND_COLOURS.get(c.kind, ACCENT)),
                # grouped per action: its title heads its first row only
                label(c.title if i == 0 or shown[i - 1].action_id != c.action_id else "", "strong"),
                label(wording.change_detail(self.room, c, currency, themes, self.context.document.funding_sources)),
            ]
            for i, c in enumerate(shown)
        ]
        self.rows.set_rows(rows)
        self.rows.apply_scale(self.sizes)
        hidden = len(self.changes) - len(rows)
        self.more.setText(wording.more_changes(self.room, hidden))
        self.more.setVisible(hidden > 0)
