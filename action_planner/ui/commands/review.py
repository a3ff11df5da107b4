"""The undo command of a review: every accepted proposal and kept comment in one step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from action_planner.model.review import Comment, Difference
from action_planner.model.services import Services
from action_planner.model.services.reviews import Applied
from action_planner.model.translatable import translate
from action_planner.ui import labels
from action_planner.ui.undo import ServiceCommand

#: The undo text, marked with a count written in the call: the only way lupdate extracts a plural outside a
#: QObject's tr(). The real count is given where it is translated.
ACCEPT = translate("ReviewCommands", "Accept %n review change(s)", None, 1)


class AcceptReview(ServiceCommand):
    """Apply a review's decisions in one transaction; undo puts the touched actions back as they were."""

    def __init__(
        self,
        services: Services,
        accepted: Sequence[Difference],
        rejected: Sequence[Difference],
        comments: Sequence[Comment],
    ) -> None:
        count = len(accepted)
        super().__init__(labels.counted(QCoreApplication.translate("ReviewCommands", ACCEPT, None, count), count))
        self.services = services
        self.accepted, self.rejected, self.comments = list(accepted), list(rejected), list(comments)
        self.applied: Applied | None = None

    def apply(self) -> None:
        self.applied = self.services.reviews.apply(self.accepted, self.rejected, self.comments)

    def revert(self) -> None:
        assert self.applied is not None
        self.services.reviews.revert(self.applied)
