"""A card on the prioritisation board: number, title, net votes and +/− buttons, in its theme's colour."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from action_planner.model.views import ActionView
from action_planner.typing_compat import override
from action_planner.ui.workshop import wording
from action_planner.ui.workshop.theme import INK, TEXT, wrap_lines

CARD_W, CARD_H = 250.0, 88.0
BUTTON = 28.0


def _font(size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(round(size))
    font.setBold(bold)
    return font


class CardHost(Protocol):
    """What a card asks of the board it sits on."""

    def vote(self, action_id: int, *, against: bool) -> None: ...

    def released(self, card: CardItem) -> None: ...

    def decide(self, action_id: int) -> None: ...


class VoteButton(QGraphicsRectItem):
    """A small +/− button on a card; it takes the click, so pressing it never starts a drag."""

    def __init__(self, text: str, on_click: Callable[[], None], parent: QGraphicsItem) -> None:
        super().__init__(0, 0, BUTTON, BUTTON, parent)
        self.text = text
        self.on_click = on_click
        self.setBrush(QColor(INK))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(INK))
        painter.drawRoundedRect(self.rect(), 4, 4)
        painter.setPen(QColor(TEXT))
        painter.setFont(_font(22, bold=True))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.text)

    @override
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    @override
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.rect().contains(event.pos()):
            self.on_click()
        event.accept()


class CardItem(QGraphicsObject):
    """One action; movable, selectable and focusable. The scene decides where a dropped card lands."""

    def __init__(self, view: ActionView, colour: str, host: CardHost) -> None:
        super().__init__()
        self.view = view
        self.colour = colour
        self.host = host
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsMovable | flags.ItemIsSelectable | flags.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.plus = VoteButton("+", lambda: host.vote(self.view.id, against=False), self)
        self.minus = VoteButton("−", lambda: host.vote(self.view.id, against=True), self)
        self.plus.setPos(CARD_W - BUTTON * 2 - 10, CARD_H - BUTTON - 6)
        self.minus.setPos(CARD_W - BUTTON - 6, CARD_H - BUTTON - 6)
        self.plus.setToolTip(QCoreApplication.translate("Workshop", "One more vote for this action (+)"))
        self.minus.setToolTip(QCoreApplication.translate("Workshop", "One more vote against this action (−)"))
        self.set_view(view, colour)

    @property
    def action_id(self) -> int:
        return self.view.id

    def set_view(self, view: ActionView, colour: str) -> None:
        self.view, self.colour = view, colour
        self.setToolTip(f"{view.number}. {view.title}")
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, CARD_W, CARD_H)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect().adjusted(2, 2, -2, -2)
        border = QPen(QColor(TEXT), 4) if self.isSelected() else QPen(QColor(INK), 1.5)
        painter.setPen(border)
        painter.setBrush(QColor(self.colour))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QColor(INK))
        painter.setFont(_font(22, bold=True))
        painter.drawText(QRectF(10, 6, 34, 28), int(Qt.AlignmentFlag.AlignLeft), str(self.view.number))
        title_font = _font(17, bold=True)
        painter.setFont(title_font)
        width = CARD_W - 44 - 56
        for i, line in enumerate(wrap_lines(self.view.title, title_font, width, 2)):
            painter.drawText(QRectF(42, 6 + i * 21, width, 22), int(Qt.AlignmentFlag.AlignLeft), line)
        net = self.view.votes_for - self.view.votes_against
        badge = QRectF(CARD_W - 52, 6, 44, 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(INK))
        painter.drawRoundedRect(badge, 14, 14)
        painter.setPen(QColor(TEXT))
        painter.setFont(_font(17, bold=True))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), wording.signed(net))
        painter.setPen(QColor(INK))
        status_font = _font(15, bold=self.view.decision is not None)
        painter.setFont(status_font)
        status = f"+{self.view.votes_for} / −{self.view.votes_against}"
        if self.view.decision is not None:  # the split of the votes is in the list beside the board
            status = wording.decision(self.view.decision)
        room = CARD_W - 42 - BUTTON * 2 - 20
        status = QFontMetricsF(status_font).elidedText(status, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(42, CARD_H - 30, room, 22), int(Qt.AlignmentFlag.AlignLeft), status)

    @override
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.host.released(self)

    @override
    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.host.decide(self.action_id)
        event.accept()
