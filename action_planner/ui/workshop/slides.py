"""The base of every slide: its identity, what changes concern it, and helpers for big, wrapped labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from action_planner.model.changes import Change
from action_planner.model.services import Services
from action_planner.ui.bridge import touches_plan
from action_planner.ui.document import Document
from action_planner.ui.workshop.room import RoomLanguage
from action_planner.ui.workshop.theme import INK, Scale


class SlideKind(StrEnum):
    OVERVIEW = "overview"
    ACTION = "action"
    BUDGET = "budget"
    BOARD = "board"
    TIMELINE = "timeline"
    DECISIONS = "decisions"
    CHANGES = "changes"


@dataclass(frozen=True, slots=True)
class SlideKey:
    """What a slide shows; the presentation keeps showing the same key when slides come and go."""

    kind: SlideKind
    action_id: int | None = None


@dataclass(frozen=True, slots=True)
class SlideContext:
    """What every slide reads: the document, the plan on show, each theme's colour and the room's language."""

    document: Document
    plan_id: int
    colours: dict[str, str]
    room: RoomLanguage


def label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A plain-text label (user text is never read as HTML) styled by its ``role``."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    widget.setIndent(0)  # padded labels (chips) would otherwise indent their text
    if role:
        widget.setProperty("role", role)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def chip(text: str, colour: str) -> QLabel:
    """A small coloured tag (a theme, a decision) with dark text on the colour."""
    widget = label(text, "chip", wrap=False)
    paint_chip(widget, colour)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
    return widget


def paint_chip(widget: QLabel, colour: str) -> None:
    widget.setStyleSheet(f"background: {colour}; color: {INK};")


class Rows(QWidget):
    """A grid of labels rebuilt as a whole (budget lines, KPIs, log entries); ``stretch`` per column."""

    def __init__(self, stretch: Sequence[int], right: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, factor in enumerate(stretch):
            self.grid.setColumnStretch(column, factor)
        self.right = frozenset(right)
        self.labels: list[list[QLabel]] = []

    def set_rows(self, rows: Sequence[Sequence[QLabel]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.labels = [list(row) for row in rows]
        for r, row in enumerate(self.labels):
            for c, cell in enumerate(row):
                side = Qt.AlignmentFlag.AlignRight if c in self.right else Qt.AlignmentFlag.AlignLeft
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | side)
                if cell.wordWrap():  # a wrapping label must fill its cell, or its height is worked out too small
                    self.grid.addWidget(cell, r, c)
                else:
                    self.grid.addWidget(cell, r, c, Qt.AlignmentFlag.AlignTop | side)

    def texts(self) -> list[list[str]]:
        """The text of each row (what tests and screen readers see)."""
        return [[cell.text() for cell in row] for row in self.labels]

    def apply_scale(self, scale: Scale) -> None:
        self.grid.setHorizontalSpacing(scale.gap * 2)
        self.grid.setVerticalSpacing(scale.gap)


class Slide(QFrame):
    """One page of the presentation: a kicker and a title over a body, rebuilt from the services.

    ``WATCHES`` names the entities whose changes concern the slide; the presentation marks the
    slide dirty when one arrives and rebuilds it at once if it is on screen, or when it is next shown.
    """

    WATCHES: frozenset[str] = frozenset(
        {"plan", "region", "action", "budget_line", "kpi", "rate", "settings", "funding_source"}
    )

    def __init__(self, context: SlideContext, key: SlideKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Slide")
        self.context = context
        self.key = key
        self.dirty = True
        self.sizes = Scale(1080)
        self.kicker = label("", "kicker", wrap=False)
        self.title = label("", "title")
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.kicker)
        self.layout_.addWidget(self.title)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def services(self) -> Services:
        return self.context.document.services

    @property
    def room(self) -> RoomLanguage:
        """The plan's language, which the slide speaks whatever the window's language."""
        return self.context.room

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``self.tr("…")`` (extracted under the slide class's name) in the room's language."""
        return self.context.room.translate(type(self).__name__, source, disambiguation, n)

    def affected_by(self, changes: list[Change]) -> bool:
        return touches_plan(changes, self.context.plan_id, self.WATCHES)

    def refresh(self) -> None:
        """Read the services again and rebuild what the slide shows."""
        self.dirty = False
        self.build()

    def build(self) -> None:
        raise NotImplementedError

    def apply_scale(self, scale: Scale) -> None:
        self.sizes = scale
        self.layout_.setContentsMargins(scale.margin, scale.margin, scale.margin, scale.gap)
        self.layout_.setSpacing(scale.gap)
        for rows in self.findChildren(Rows):
            rows.apply_scale(scale)
