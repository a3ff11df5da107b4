"""The board as a slide: the impact × effort matrix painted to the projected area, each action a numbered
disc in room-size type, beside the ranking by votes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from action_planner.model.views import ActionView
from action_planner.typing_compat import override
from action_planner.ui.workshop import wording
from action_planner.ui.workshop.board_scene import _TINTS
from action_planner.ui.workshop.room import RoomLanguage, Spoken
from action_planner.ui.workshop.slides import Rows, Slide, SlideContext, SlideKey, SlideKind, chip, label
from action_planner.ui.workshop.theme import INK, MUTED, RULE, TEXT, Scale, wrap_lines

#: How many actions the ranking beside the matrix lists (the rest are counted under it).
RANKED = 8


class WallMatrix(Spoken, QWidget):
    """Impact (up) by effort (across), 5 × 5, painted to its own size: each scored action is a disc with
    its number in the theme's colour, in type sized from the projected height; the quadrants are named."""

    def __init__(self, room: RoomLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.shown: list[ActionView] = []
        self.colours: dict[str, str] = {}
        self.sizes = Scale(1080)
        self.discs: dict[int, QRectF] = {}  # where each scored action was last painted (what tests read)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_actions(self, actions: list[ActionView], colours: dict[str, str]) -> None:
        self.shown, self.colours = actions, colours
        self.update()

    def grid(self) -> QRectF:
        """The 5 × 5 cells, filling the widget but for the axis labels at the left and below."""
        room = self.sizes.body * 2.4
        return QRectF(room, 0, max(self.width() - room, 0), max(self.height() - room, 0))

    def disc_size(self) -> float:
        return self.sizes.body * 1.9

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = self.grid()
        cell_w, cell_h = grid.width() / 5, grid.height() / 5
        self._paint_quadrants(painter, grid)
        painter.setPen(QPen(QColor(RULE), 1))
        for i in range(6):
            painter.drawLine(
                QPointF(grid.left() + i * cell_w, grid.top()), QPointF(grid.left() + i * cell_w, grid.bottom())
            )
            painter.drawLine(
                QPointF(grid.left(), grid.top() + i * cell_h), QPointF(grid.right(), grid.top() + i * cell_h)
            )
        painter.setPen(QColor(MUTED))
        painter.setFont(self.sizes.font(self.sizes.small))
        for i in range(5):
            painter.drawText(
                QRectF(grid.left() + i * cell_w, grid.bottom(), cell_w, self.sizes.body * 1.2),
                Qt.AlignmentFlag.AlignCenter,
                str(i + 1),
            )
            painter.drawText(
                QRectF(grid.left() - self.sizes.body * 1.2, grid.top() + (4 - i) * cell_h, self.sizes.body, cell_h),
                Qt.AlignmentFlag.AlignCenter,
                str(i + 1),
            )
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + self.sizes.body * 1.1, grid.width(), self.sizes.body * 1.2),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Effort →"),
        )
        painter.save()
        painter.translate(self.sizes.small * 0.2, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, 0, grid.height(), self.sizes.body * 1.1),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Impact →"),
        )
        painter.restore()
        self._paint_discs(painter, grid, cell_w, cell_h)
        painter.end()

    def _paint_quadrants(self, painter: QPainter, grid: QRectF) -> None:
        half_w, half_h = grid.width() / 2, grid.height() / 2
        names = (self.tr("Quick wins"), self.tr("Major projects"), self.tr("Fill-ins"), self.tr("Thankless tasks"))
        corners = ((0, 0), (1, 0), (0, 1), (1, 1))
        painter.setFont(self.sizes.font(self.sizes.small, bold=True))
        for name, (right, low), tint in zip(names, corners, _TINTS, strict=True):
            rect = QRectF(grid.left() + right * half_w, grid.top() + low * half_h, half_w, half_h)
            painter.fillRect(rect, QColor(tint))
            painter.setPen(QColor(MUTED))
            inner = rect.adjusted(self.sizes.gap, self.sizes.gap / 2, -self.sizes.gap, -self.sizes.gap / 2)
            vertical = Qt.AlignmentFlag.AlignTop if not low else Qt.AlignmentFlag.AlignBottom
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            painter.drawText(inner, vertical | horizontal, name)

    def _paint_discs(self, painter: QPainter, grid: QRectF, cell_w: float, cell_h: float) -> None:
        size = min(self.disc_size(), cell_h * 0.8, cell_w / 2.2)
        cells: dict[tuple[int, int], list[ActionView]] = {}
        for action in self.shown:
            if action.impact is not None and action.effort is not None:
                cells.setdefault((action.impact, action.effort), []).append(action)
        self.discs = {}
        painter.setFont(self.sizes.font(round(size * 0.5), bold=True))
        for (impact, effort), here in cells.items():
            left, top = grid.left() + (effort - 1) * cell_w, grid.top() + (5 - impact) * cell_h
            per_row = max(1, int((cell_w - size * 0.2) // (size * 1.1)))
            rows = (len(here) + per_row - 1) // per_row
            step_y = min(size * 1.1, (cell_h - size) / max(rows - 1, 1)) if rows > 1 else 0
            for i, action in enumerate(here):
                column, row = i % per_row, i // per_row
                x = left + (cell_w - min(len(here), per_row) * size * 1.1) / 2 + column * size * 1.1 + size * 0.05
                y = top + (cell_h - size - step_y * (rows - 1)) / 2 + row * step_y
                disc = QRectF(x, y, size, size)
                self.discs[action.id] = disc
                painter.setPen(QPen(QColor(TEXT), 2))
                painter.setBrush(QColor(self.colours.get(action.theme, MUTED)))
                painter.drawEllipse(disc)
                painter.setPen(QColor(INK))
                painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(action.number))


class ElidedLabel(QLabel):
    """Text wrapped to the width it gets in at most two lines, the second cut with an ellipsis (a ranking
    row stays short); ``text()`` and the accessible name keep the whole text."""

    def __init__(self, text: str, role: str = "") -> None:
        super().__init__()
        self.full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)
        self.setToolTip(text)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        super().setText(text)

    @override
    def text(self) -> str:  # the whole text, as tests and screen readers read it
        return self.full

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        super().setText("\n".join(wrap_lines(self.full, self.font(), self.width(), 2)))


class BoardSlide(Slide):
    """Where the room placed each action (impact up, effort across) and how it voted, at projector size."""

    WATCHES = frozenset({"plan", "action"})

    def __init__(self, context: SlideContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SlideKey(SlideKind.BOARD), parent)
        self.title.setText(self.tr("Impact and effort, and the votes"))
        self.matrix = WallMatrix(self.room)
        self.unscored = label("", "small")
        self.ranking = Rows((0, 0, 1, 0), right=(3,))
        self.more = label("", "small")
        left = QVBoxLayout()
        left.addWidget(self.matrix, 1)
        left.addWidget(self.unscored)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Ranking by votes"), "heading"))
        side.addWidget(self.ranking)
        side.addWidget(self.more)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        self.layout_.addLayout(body, 1)

    @override
    def apply_scale(self, scale: Scale) -> None:
        super().apply_scale(scale)
        self.matrix.sizes = scale
        self.matrix.update()

    def build(self) -> None:
        actions = self.services.actions.list(self.context.plan_id)
        self.kicker.setText(self.tr("PRIORITISATION"))
        self.matrix.set_actions(actions, self.context.colours)
        waiting = [str(a.number) for a in actions if a.impact is None or a.effort is None]
        self.unscored.setText(self.tr("Not on the board yet: %1").replace("%1", ", ".join(waiting)) if waiting else "")
        self.unscored.setVisible(bool(waiting))
        ranked = sorted(actions, key=lambda a: (-(a.votes_for - a.votes_against), -a.votes_for, a.number))
        self.ranking.set_rows(
            [
                [
                    label(f"{place}.", "strong", wrap=False),
                    chip(str(action.number), self.context.colours.get(action.theme, MUTED)),
                    ElidedLabel(action.title),
                    label(wording.signed(action.votes_for - action.votes_against), "strong", wrap=False),
                ]
                for place, action in enumerate(ranked[:RANKED], start=1)
            ]
        )
        self.ranking.apply_scale(self.sizes)
        hidden = len(ranked) - RANKED
        self.more.setText(wording.more(self.room, hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
