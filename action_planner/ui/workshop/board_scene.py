"""The impact × effort matrix as a graphics scene: five by five cells, four quadrants, a tray of unscored cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from action_planner.model.views import ActionView
from action_planner.ui.workshop.board_cards import CARD_H, CARD_W, CardItem
from action_planner.ui.workshop.theme import BACKGROUND, MUTED, RULE, SURFACE, TEXT

CELL_W, CELL_H = 270.0, 200.0
LEFT, TOP = 100.0, 16.0
PAD = 10.0
GRID = QRectF(LEFT, TOP, CELL_W * 5, CELL_H * 5)
TRAY = QRectF(GRID.right() + 40, GRID.top(), CARD_W + 2 * PAD, GRID.height())

#: Quadrant tints: quick wins, major projects, fill-ins, thankless tasks.
_TINTS = ("#17291f", "#172433", "#1a2027", "#2c1b1e")


def _text(scene: QGraphicsScene, text: str, size: int, colour: str, *, bold: bool = False) -> QGraphicsSimpleTextItem:
    item = scene.addSimpleText(text)
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(QColor(colour))
    return item


class BoardScene(QGraphicsScene):
    """Places one :class:`CardItem` per action by its scores; dropped cards ask to move through ``moved``."""

    moved = Signal(int, object, object)  # action id, impact (1-5 or None), effort (1-5 or None)
    voted = Signal(int, bool)  # action id, against
    decide_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QBrush(QColor(BACKGROUND)))
        self.cards: dict[int, CardItem] = {}
        self._draw_matrix()
        self.setSceneRect(QRectF(0, 0, TRAY.right() + 16, GRID.bottom() + 90))

    def _draw_matrix(self) -> None:
        half_w, half_h = GRID.width() / 2, GRID.height() / 2
        quadrants = (
            (QCoreApplication.translate("Workshop", "Quick wins"), QRectF(GRID.left(), GRID.top(), half_w, half_h)),
            (
                QCoreApplication.translate("Workshop", "Major projects"),
                QRectF(GRID.center().x(), GRID.top(), half_w, half_h),
            ),
            (
                QCoreApplication.translate("Workshop", "Fill-ins"),
                QRectF(GRID.left(), GRID.center().y(), half_w, half_h),
            ),
            (
                QCoreApplication.translate("Workshop", "Thankless tasks"),
                QRectF(GRID.center().x(), GRID.center().y(), half_w, half_h),
            ),
        )
        for (name, rect), tint in zip(quadrants, _TINTS, strict=True):
            self.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor(tint))).setZValue(-3)
            label = _text(self, name, 34, MUTED, bold=True)
            label.setOpacity(0.55)
            label.setZValue(-2)
            right = rect.center().x() > GRID.center().x()
            top = rect.center().y() < GRID.center().y()
            box = label.boundingRect()
            x = rect.right() - box.width() - 12 if right else rect.left() + 12
            y = rect.top() + 8 if top else rect.bottom() - box.height() - 8
            label.setPos(x, y)
        grid_pen = QPen(QColor(RULE), 1.5)
        for i in range(6):
            self.addLine(GRID.left() + i * CELL_W, GRID.top(), GRID.left() + i * CELL_W, GRID.bottom(), grid_pen)
            self.addLine(GRID.left(), GRID.top() + i * CELL_H, GRID.right(), GRID.top() + i * CELL_H, grid_pen)
        centre_pen = QPen(QColor(MUTED), 3)
        self.addLine(GRID.center().x(), GRID.top(), GRID.center().x(), GRID.bottom(), centre_pen)
        self.addLine(GRID.left(), GRID.center().y(), GRID.right(), GRID.center().y(), centre_pen)
        for score in range(1, 6):
            number = _text(self, str(score), 26, TEXT, bold=True)
            number.setPos(GRID.left() + (score - 0.5) * CELL_W - 8, GRID.bottom() + 6)
            number = _text(self, str(score), 26, TEXT, bold=True)
            number.setPos(GRID.left() - 30, GRID.bottom() - (score - 0.5) * CELL_H - 16)
        effort = _text(self, QCoreApplication.translate("Workshop", "Effort →"), 28, TEXT, bold=True)
        effort.setPos(GRID.center().x() - effort.boundingRect().width() / 2, GRID.bottom() + 42)
        impact = _text(self, QCoreApplication.translate("Workshop", "Impact →"), 28, TEXT, bold=True)
        impact.setRotation(-90)
        impact.setPos(GRID.left() - 90, GRID.center().y() + impact.boundingRect().width() / 2)
        self.addRect(TRAY, QPen(QColor(RULE), 1.5, Qt.PenStyle.DashLine), QBrush(QColor(SURFACE))).setZValue(-3)
        tray = _text(self, QCoreApplication.translate("Workshop", "Unscored"), 26, MUTED, bold=True)
        tray.setPos(TRAY.left() + 12, TRAY.top() + 8)
        tray.setToolTip(
            QCoreApplication.translate(
                "Workshop", "Drag a card onto the matrix to score it; drag it back here to clear its scores."
            )
        )

    # -- cards --------------------------------------------------------------------------------

    def set_actions(self, actions: list[ActionView], colours: dict[str, str]) -> None:
        """Update cards in place (a card being dropped is never deleted under the mouse), then lay out."""
        seen = set()
        for view in actions:
            seen.add(view.id)
            colour = colours.get(view.theme, MUTED)
            card = self.cards.get(view.id)
            if card is None:
                card = CardItem(view, colour, self)
                self.addItem(card)
                self.cards[view.id] = card
            else:
                card.set_view(view, colour)
        for ident in [i for i in self.cards if i not in seen]:
            card = self.cards.pop(ident)
            self.removeItem(card)
            card.deleteLater()
        self.layout_cards()

    def layout_cards(self) -> None:
        cells: dict[tuple[int, int] | None, list[CardItem]] = {}
        for card in sorted(self.cards.values(), key=lambda c: c.view.number):
            view = card.view
            key = (view.impact, view.effort) if view.impact is not None and view.effort is not None else None
            cells.setdefault(key, []).append(card)
        for key, cards in cells.items():
            if key is None:
                self._flow_tray(cards)
                continue
            cell = self.cell_rect(*key)
            free = cell.height() - 2 * PAD - CARD_H
            step = min(CARD_H + 6, free / (len(cards) - 1)) if len(cards) > 1 else 0
            for i, card in enumerate(cards):
                card.setPos(cell.left() + (cell.width() - CARD_W) / 2, cell.top() + PAD + i * step)
                card.setZValue(i)

    def _flow_tray(self, cards: list[CardItem]) -> None:
        top = TRAY.top() + 50
        room = TRAY.bottom() - PAD - CARD_H - top
        step = min(CARD_H + PAD, room / (len(cards) - 1)) if len(cards) > 1 else 0
        for i, card in enumerate(cards):
            card.setPos(TRAY.left() + PAD, top + i * step)
            card.setZValue(i)

    # -- geometry -------------------------------------------------------------------------------

    @staticmethod
    def cell_rect(impact: int, effort: int) -> QRectF:
        return QRectF(GRID.left() + (effort - 1) * CELL_W, GRID.top() + (5 - impact) * CELL_H, CELL_W, CELL_H)

    @staticmethod
    def cell_at(point: QPointF) -> tuple[int, int] | None:
        """``(impact, effort)`` of the nearest cell when ``point`` is on or just beside the matrix."""
        near = GRID.adjusted(-CELL_W / 2, -CELL_H / 2, CELL_W / 2, CELL_H / 2)
        if not near.contains(point):
            return None
        x = min(max(point.x(), GRID.left()), GRID.right() - 1)
        y = min(max(point.y(), GRID.top()), GRID.bottom() - 1)
        effort = int((x - GRID.left()) // CELL_W) + 1
        impact = 5 - int((y - GRID.top()) // CELL_H)
        return impact, effort

    # -- what cards ask (CardHost) -------------------------------------------------------------

    def released(self, card: CardItem) -> None:
        """A card was let go: snap it to the nearest cell (or the tray) and ask for the new scores."""
        centre = card.sceneBoundingRect().center()
        target = self.cell_at(centre)
        view = card.view
        if target is not None and target != (view.impact, view.effort):
            self.moved.emit(view.id, target[0], target[1])
        elif target is None and TRAY.contains(centre) and view.impact is not None:
            self.moved.emit(view.id, None, None)
        self.layout_cards()

    def vote(self, action_id: int, *, against: bool) -> None:
        self.voted.emit(action_id, against)

    def decide(self, action_id: int) -> None:
        self.decide_requested.emit(action_id)

    def selected_card(self) -> CardItem | None:
        chosen = [item for item in self.selectedItems() if isinstance(item, CardItem)]
        return chosen[0] if chosen else None
