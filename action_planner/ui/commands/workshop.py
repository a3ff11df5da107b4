"""Undo commands of a workshop: move a card on the prioritisation board, vote, record a decision."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from action_planner.model.enums import Decision
from action_planner.model.services import Services
from action_planner.ui.undo import ServiceCommand


class MoveCard(ServiceCommand):
    """Give an action new impact and effort scores (None for both puts it back among the unscored)."""

    def __init__(
        self,
        services: Services,
        action_id: int,
        impact: int | None,
        effort: int | None,
        shown: tuple[int | None, int | None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("WorkshopCommands", "Move card"))
        self.services = services
        self.action_id = action_id
        if shown is None:  # the scores the board showed; read now when not given
            current = services.actions.get(action_id)
            shown = (current.impact, current.effort)
        self.old = shown
        self.new = (impact, effort)

    def apply(self) -> None:  # based on the scores it moved from: a co-planner's move meanwhile is a conflict
        impact, effort = self.new
        self.services.actions.update(self.action_id, self._scores(self.old), impact=impact, effort=effort)

    def revert(self) -> None:
        impact, effort = self.old
        self.services.actions.update(self.action_id, self._scores(self.new), impact=impact, effort=effort)

    @staticmethod
    def _scores(scores: tuple[int | None, int | None]) -> dict[str, object]:
        return {"impact": scores[0], "effort": scores[1]}


class Vote(ServiceCommand):
    """One more dot for (``against=False``) or against an action."""

    def __init__(self, services: Services, action_id: int, *, against: bool = False) -> None:
        super().__init__(
            QCoreApplication.translate("WorkshopCommands", "Vote against")
            if against
            else QCoreApplication.translate("WorkshopCommands", "Vote")
        )
        self.services = services
        self.action_id = action_id
        self.dots = (0, 1) if against else (1, 0)

    def apply(self) -> None:  # an increment, so a co-planner's vote at the same moment is kept too
        self.services.workshops.add_votes(self.action_id, *self.dots)

    def revert(self) -> None:  # takes back this dot only, whatever others voted since
        self.services.workshops.add_votes(self.action_id, -self.dots[0], -self.dots[1])


class RecordDecision(ServiceCommand):
    """Mark an action agreed, to revisit or parked, with a note; undo withdraws it, redo records it again
    with its first time (so the decisions log does not change order)."""

    def __init__(self, services: Services, action_id: int, decision: Decision, note: str = "") -> None:
        super().__init__(QCoreApplication.translate("WorkshopCommands", "Record decision"))
        self.services = services
        self.action_id = action_id
        self.decision = decision
        self.note = note
        self.decision_id: int | None = None
        self.decided_at: datetime | None = None

    def apply(self) -> None:
        view = self.services.workshops.decide(self.action_id, self.decision, self.note, at=self.decided_at)
        self.decision_id, self.decided_at = view.id, view.decided_at

    def revert(self) -> None:
        assert self.decision_id is not None
        self.services.workshops.withdraw_decision(self.decision_id)
        self.decision_id = None
