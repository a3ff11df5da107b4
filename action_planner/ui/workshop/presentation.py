"""The projected presentation: slides of one plan, moved through by key, rebuilt live as the plan changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from action_planner.model.changes import Change
from action_planner.model.errors import NotFoundError
from action_planner.model.views import PlanView
from action_planner.typing_compat import override
from action_planner.ui.bridge import touches_plan
from action_planner.ui.document import Document
from action_planner.ui.geometry import fit_to_screen
from action_planner.ui.workshop.navigation import KeyNavigator
from action_planner.ui.workshop.room import RoomLanguage
from action_planner.ui.workshop.slide_action import ActionSlide
from action_planner.ui.workshop.slide_board import BoardSlide
from action_planner.ui.workshop.slide_budget import BudgetSlide
from action_planner.ui.workshop.slide_logs import ChangesSlide, DecisionsSlide
from action_planner.ui.workshop.slide_overview import OverviewSlide
from action_planner.ui.workshop.slide_timeline import TimelineSlide
from action_planner.ui.workshop.slides import Slide, SlideContext, SlideKey, SlideKind, label
from action_planner.ui.workshop.theme import Scale, stylesheet, theme_colours

_CONCERNS = frozenset(
    {"plan", "region", "action", "budget_line", "kpi", "rate", "settings", "workshop", "organisation", "funding_source"}
)
_TAIL = (SlideKind.BUDGET, SlideKind.BOARD, SlideKind.TIMELINE, SlideKind.DECISIONS, SlideKind.CHANGES)


class PresentationWindow(QWidget):
    """Overview, one slide per action, budget, timeline, decisions and changes, in that order.

    Listens to ``document.bridge.changed``: slides a change concerns are marked dirty and the one on
    screen is rebuilt at once; when actions come, go or move, the deck follows and keeps showing the
    same slide (the same action, not the same position).
    """

    closed = Signal()

    def __init__(self, document: Document, plan_id: int, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("Presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document = document
        self.plan_id = plan_id
        self.today = today
        plan = document.services.plans.get(plan_id)
        self._spoken = (plan.language, plan.region_code)
        self.context = self._context(plan)
        self.slides: list[Slide] = []
        self.index = 0
        self.stack = QStackedWidget()
        self.stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack.setMinimumSize(1, 1)  # slides fit the screen they are given; they never grow the window
        self.caption = label("", "small", wrap=False)
        self.counter = label("", "small", wrap=False)
        footer = QHBoxLayout()
        footer.addWidget(self.caption, 1)
        footer.addWidget(self.counter)
        self.footer = footer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        self.navigator = KeyNavigator(self)
        self.navigator.next.connect(lambda: self.show_index(self.index + 1))
        self.navigator.previous.connect(lambda: self.show_index(self.index - 1))
        self.navigator.first.connect(lambda: self.show_index(0))
        self.navigator.last.connect(lambda: self.show_index(len(self.slides) - 1))
        self.navigator.jump.connect(self.show_action_number)
        self.navigator.typing.connect(self._typing)
        self.navigator.leave.connect(self._leave)
        self.sizes = Scale(0)
        self._apply_scale(720)
        self.caption.setText(document.services.plans.get(plan_id).title)
        self.sync_deck()
        self.show_index(0)
        document.bridge.changed.connect(self._on_changes)

    # -- the deck -----------------------------------------------------------------------------

    def _context(self, plan: PlanView) -> SlideContext:
        """What the slides read, speaking the plan's language (the room's), not necessarily the window's."""
        codes = [t.code for t in self.document.services.catalogue.themes()]
        return SlideContext(
            self.document, self.plan_id, theme_colours(codes), RoomLanguage(plan.language, plan.region_code)
        )

    def _change_language(self, plan: PlanView) -> None:
        """The plan now speaks another language: every slide is built again in it, at the same place."""
        self.context = self._context(plan)
        shown = self.current_slide()
        for slide in self.slides:
            self.stack.removeWidget(slide)
            slide.setParent(None)
            slide.deleteLater()
        self.slides = [self._make(key) for key in self.keys()]
        for slide in self.slides:
            self.stack.addWidget(slide)
        if shown is not None and shown.key in [s.key for s in self.slides]:
            self.index = [s.key for s in self.slides].index(shown.key)

    def keys(self) -> list[SlideKey]:
        actions = self.document.services.actions.list(self.plan_id)
        middle = [SlideKey(SlideKind.ACTION, a.id) for a in actions]
        return [SlideKey(SlideKind.OVERVIEW), *middle, *(SlideKey(kind) for kind in _TAIL)]

    def sync_deck(self) -> None:
        """Make the slides match the plan's actions, reusing the slides that stay."""
        keys = self.keys()
        if [s.key for s in self.slides] == keys:
            return
        shown = self.current_slide()
        existing = {s.key: s for s in self.slides}
        slides = [existing.pop(key) if key in existing else self._make(key) for key in keys]
        for gone in existing.values():
            self.stack.removeWidget(gone)
            gone.setParent(None)
            gone.deleteLater()
        for slide in slides:
            self.stack.removeWidget(slide)
        for slide in slides:
            self.stack.addWidget(slide)
        self.slides = slides
        if shown is not None and shown.key in keys:
            self.index = keys.index(shown.key)
        self.show_index(self.index)

    def _make(self, key: SlideKey) -> Slide:
        context = self.context
        slide: Slide
        if key.kind is SlideKind.ACTION:
            assert key.action_id is not None
            slide = ActionSlide(context, key.action_id)
        elif key.kind is SlideKind.TIMELINE:
            slide = TimelineSlide(context, today=self.today)
        else:
            factories = {
                SlideKind.OVERVIEW: OverviewSlide,
                SlideKind.BUDGET: BudgetSlide,
                SlideKind.BOARD: BoardSlide,
                SlideKind.DECISIONS: DecisionsSlide,
                SlideKind.CHANGES: ChangesSlide,
            }
            slide = factories[key.kind](context)
        slide.apply_scale(self.sizes)
        return slide

    def current_slide(self) -> Slide | None:
        return self.slides[self.index] if 0 <= self.index < len(self.slides) else None

    def show_index(self, index: int) -> None:
        if not self.slides:
            return
        self.index = max(0, min(index, len(self.slides) - 1))
        slide = self.slides[self.index]
        if slide.dirty:
            slide.refresh()
        self.stack.setCurrentWidget(slide)
        self.counter.setText(f"{self.index + 1} / {len(self.slides)}")

    def show_key(self, key: SlideKey) -> bool:
        for index, slide in enumerate(self.slides):
            if slide.key == key:
                self.show_index(index)
                return True
        return False

    def show_action_number(self, number: int) -> None:
        """Jump to action ``number`` (as numbered in the plan); unknown numbers are ignored."""
        for index, slide in enumerate(self.slides):
            if isinstance(slide, ActionSlide):
                if slide.dirty:
                    slide.refresh()
                if slide.number == number:
                    self.show_index(index)
                    return

    # -- live -----------------------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if not touches_plan(changes, self.plan_id, _CONCERNS):
            return
        try:
            plan = self.document.services.plans.get(self.plan_id)
        except NotFoundError:
            self.close()
            return
        self.caption.setText(plan.title)
        if (plan.language, plan.region_code) != self._spoken:
            self._spoken = (plan.language, plan.region_code)
            self._change_language(plan)
        for slide in self.slides:
            if slide.affected_by(changes):
                slide.dirty = True
        if any(c.entity == "action" and c.op != "changed" for c in changes):
            self.sync_deck()
        self.show_index(self.index)

    def _typing(self, digits: str) -> None:
        if digits:
            text = self.context.room.translate("PresentationWindow", "Go to action %1…")
            self.caption.setText(text.replace("%1", digits))
        else:
            self.caption.setText(self.document.services.plans.get(self.plan_id).title)

    # -- window ---------------------------------------------------------------------------------

    def present(self, screen: QScreen | None) -> None:
        """Full screen and frameless on ``screen``; a normal, movable window when None."""
        if screen is None:
            self.resize(1280, 720)
            self.show()
            fit_to_screen(self)
        else:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.set_full_screen(True)
        self.activateWindow()
        self.setFocus()

    def set_full_screen(self, full: bool) -> None:
        """Full screen (frameless) on the window's screen, or back to a window that fits that screen."""
        screen = self.screen()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, full)
        if full:
            self.showFullScreen()
        else:
            self.showNormal()
            self.resize(1280, 720)
            fit_to_screen(self, screen, centre=True)
        self.activateWindow()
        self.setFocus()

    def _leave(self) -> None:
        """Escape: out of full screen first, then out of the presentation."""
        if self.isFullScreen():
            self.set_full_screen(False)
        else:
            self.close()

    def _apply_scale(self, height: int) -> None:
        scale = Scale(height)
        if scale == self.sizes:
            return
        self.sizes = scale
        self.setStyleSheet(stylesheet(scale))
        self.footer.setContentsMargins(scale.margin, 0, scale.margin, scale.gap)
        for slide in self.slides:
            slide.apply_scale(scale)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_scale(event.size().height())
        super().resizeEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.set_full_screen(not self.isFullScreen())
            return
        if not self.navigator.handle(event):
            super().keyPressEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.navigator.cancel()
        super().closeEvent(event)
        self.closed.emit()


__all__ = ["PresentationWindow"]
