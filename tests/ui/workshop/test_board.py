"""The prioritisation board: drag cards to score them, vote with buttons or keys, rank by votes; all undoable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from action_planner.ui.commands.workshop import Vote
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.rows import ID_ROLE
from action_planner.ui.workshop.board import BoardPanel
from action_planner.ui.workshop.board_cards import CardItem
from action_planner.ui.workshop.board_model import NET, TITLE
from action_planner.ui.workshop.board_scene import TRAY, BoardScene
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.slide_board import BoardSlide
from action_planner.ui.workshop.slides import SlideKey, SlideKind


def _point(board: BoardPanel, scene_point: QPointF) -> QPoint:
    return board.view.mapFromScene(scene_point)


def _drag(qtbot: QtBot, board: BoardPanel, card: CardItem, target: QPointF) -> None:
    """Press on the card's middle, move in two steps, release over ``target`` (scene coordinates)."""
    viewport = board.view.viewport()
    start = _point(board, card.sceneBoundingRect().center())
    end = _point(board, target)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_card_changes_its_scores_and_undo_puts_it_back(
    qtbot: QtBot, document: Document, board: BoardPanel, plan_id: int
) -> None:
    first = document.services.actions.list(plan_id)[0]
    card = board.scene.cards[first.id]
    assert (first.impact, first.effort) == (4, 3)
    assert card.sceneBoundingRect().intersects(BoardScene.cell_rect(4, 3))
    # drop it slightly off the centre of the top-left cell: it snaps to impact 5, effort 1 (a quick win)
    target = BoardScene.cell_rect(5, 1).center() + QPointF(30, 25)
    _drag(qtbot, board, card, target)
    after = document.services.actions.get(first.id)
    assert (after.impact, after.effort) == (5, 1)
    assert document.undo_stack.undoText() == "Move card"
    assert BoardScene.cell_rect(5, 1).contains(card.sceneBoundingRect().center())
    document.undo_stack.undo()
    back = document.services.actions.get(first.id)
    assert (back.impact, back.effort) == (4, 3)
    assert BoardScene.cell_rect(4, 3).contains(card.sceneBoundingRect().center())


def test_a_card_dropped_in_the_tray_loses_its_scores_and_back_on_the_matrix_gets_them(
    qtbot: QtBot, document: Document, board: BoardPanel, plan_id: int
) -> None:
    second = document.services.actions.list(plan_id)[1]
    card = board.scene.cards[second.id]
    _drag(qtbot, board, card, TRAY.center())
    assert (document.services.actions.get(second.id).impact, document.services.actions.get(second.id).effort) == (
        None,
        None,
    )
    assert TRAY.contains(card.sceneBoundingRect().center())
    _drag(qtbot, board, card, BoardScene.cell_rect(2, 4).center())
    view = document.services.actions.get(second.id)
    assert (view.impact, view.effort) == (2, 4)


def test_a_card_dropped_far_away_snaps_back_without_a_command(
    qtbot: QtBot, document: Document, board: BoardPanel, plan_id: int
) -> None:
    first = document.services.actions.list(plan_id)[0]
    card = board.scene.cards[first.id]
    before = card.pos()
    _drag(qtbot, board, card, QPointF(TRAY.right() + 4, 4))
    assert card.pos() == before
    assert document.undo_stack.count() == 0


def test_vote_buttons_on_a_card_and_undo(qtbot: QtBot, document: Document, board: BoardPanel, plan_id: int) -> None:
    third = document.services.actions.list(plan_id)[2]
    card = board.scene.cards[third.id]
    viewport = board.view.viewport()
    for _ in range(3):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_point(board, card.plus.sceneBoundingRect().center()))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_point(board, card.minus.sceneBoundingRect().center()))
    view = document.services.actions.get(third.id)
    assert (view.votes_for, view.votes_against) == (3, 1)
    assert (view.impact, view.effort) == (third.impact, third.effort)  # clicking a button never drags the card
    assert document.undo_stack.undoText() == "Vote against"
    document.undo_stack.undo()
    assert document.undo_stack.undoText() == "Vote"
    assert document.services.actions.get(third.id).votes_against == 0
    assert card.view.votes_against == 0


def test_keys_on_the_selected_card_vote_and_move_it(
    qtbot: QtBot, document: Document, board: BoardPanel, plan_id: int
) -> None:
    first = document.services.actions.list(plan_id)[0]
    board.select_action(first.id)
    board.view.setFocus()
    qtbot.keyClicks(board.view, "++-")
    view = document.services.actions.get(first.id)
    assert (view.votes_for, view.votes_against) == (2, 1)
    qtbot.keyClick(board.view, Qt.Key.Key_Up)
    qtbot.keyClick(board.view, Qt.Key.Key_Left)
    view = document.services.actions.get(first.id)
    assert (view.impact, view.effort) == (5, 2)
    assert document.undo_stack.undoText() == "Move card"
    assert board.selected_action() == first.id  # the card stays selected through the refresh


def test_the_list_beside_the_board_ranks_by_net_votes(
    document: Document, board: BoardPanel, plan_id: int, qtmodeltester: ModelTester
) -> None:
    actions = document.services.actions.list(plan_id)
    document.services.workshops.set_votes(actions[4].id, 5, 1)
    document.services.workshops.set_votes(actions[2].id, 2, 0)
    document.services.workshops.set_votes(actions[0].id, 1, 3)
    ranked = [board.proxy.index(r, 0).data(ID_ROLE) for r in range(board.proxy.rowCount())]
    others = [a.id for a in actions if a.id not in (actions[4].id, actions[2].id, actions[0].id)]
    assert ranked == [actions[4].id, actions[2].id, *others, actions[0].id]
    assert board.proxy.index(0, NET).data() == "+4"
    assert board.proxy.index(0, TITLE).data() == actions[4].title
    qtmodeltester.check(board.model)
    qtmodeltester.check(board.proxy)


def test_selecting_a_row_selects_its_card_and_back(document: Document, board: BoardPanel, plan_id: int) -> None:
    actions = document.services.actions.list(plan_id)
    board.ranking.selectRow(3)
    chosen = board.proxy.index(3, 0).data(ID_ROLE)
    assert board.selected_action() == chosen
    board.select_action(actions[5].id)
    assert board.ranking.currentIndex().data(ID_ROLE) == actions[5].id
    assert board.vote_for.isEnabled()


def test_an_unscored_action_sits_in_the_tray(document: Document, board: BoardPanel, plan_id: int) -> None:
    added = document.services.actions.add(plan_id, "Investor open day", "liveability")
    card = board.scene.cards[added.id]
    assert TRAY.contains(card.sceneBoundingRect().center())
    document.services.actions.delete(added.id)
    assert added.id not in board.scene.cards


def test_the_board_is_a_slide_at_projector_size_with_the_ranking_in_room_type(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    actions = document.services.actions.list(plan_id)
    document.services.workshops.set_votes(actions[4].id, 5, 1)
    document.services.workshops.set_votes(actions[2].id, 2, 0)
    assert presentation.show_key(SlideKey(SlideKind.BOARD))
    slide = presentation.current_slide()
    assert isinstance(slide, BoardSlide)
    slide.matrix.repaint()  # paints where every scored action goes
    assert sorted(slide.matrix.discs) == sorted(a.id for a in actions if a.impact is not None)
    # each action is a disc with its number in room-size type: at least the slides' body size across
    assert min(disc.height() for disc in slide.matrix.discs.values()) >= presentation.sizes.body * 1.5
    grid = slide.matrix.grid()
    first = slide.matrix.discs[actions[0].id]
    cell_w, cell_h = grid.width() / 5, grid.height() / 5
    assert int((first.center().x() - grid.left()) // cell_w) + 1 == actions[0].effort
    assert 5 - int((first.center().y() - grid.top()) // cell_h) == actions[0].impact
    ranking = slide.ranking.texts()
    assert ranking[0] == ["1.", str(actions[4].number), actions[4].title, "+4"]
    assert ranking[1] == ["2.", str(actions[2].number), actions[2].title, "+2"]
    assert slide.ranking.labels[0][2].fontInfo().pixelSize() >= presentation.sizes.body
    # a vote in the room moves the ranking on the wall at once
    document.undo_stack.run(Vote(document.services, actions[2].id))
    document.undo_stack.run(Vote(document.services, actions[2].id))
    document.undo_stack.run(Vote(document.services, actions[2].id))
    assert slide.ranking.texts()[0] == ["1.", str(actions[2].number), actions[2].title, "+5"]


def test_shift_f5_projects_the_board(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    feature = window.workshop
    qtbot.waitUntil(lambda: feature.presentation is not None and feature.presentation.isVisible())
    assert feature.presentation is not None
    slide = feature.presentation.current_slide()
    assert isinstance(slide, BoardSlide)
    feature.presentation.close()
