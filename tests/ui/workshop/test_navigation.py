"""Moving through the presentation with the keys a clicker or a keyboard sends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from action_planner.ui.workshop.navigation import DIGIT_DELAY_MS
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.slide_action import ActionSlide
from action_planner.ui.workshop.slides import SlideKind


def _kind(window: PresentationWindow) -> SlideKind:
    slide = window.current_slide()
    assert slide is not None
    return slide.key.kind


def test_deck_order_and_counter(presentation: PresentationWindow) -> None:
    kinds = [s.key.kind for s in presentation.slides]
    assert kinds == [SlideKind.OVERVIEW, *[SlideKind.ACTION] * 7, *kinds[-5:]]
    assert kinds[-5:] == [
        SlideKind.BUDGET,
        SlideKind.BOARD,
        SlideKind.TIMELINE,
        SlideKind.DECISIONS,
        SlideKind.CHANGES,
    ]
    assert presentation.counter.text() == "1 / 13"


def test_clicker_keys_move_forward_and_back(qtbot: QtBot, presentation: PresentationWindow) -> None:
    for key, expected in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_PageDown, 2),
        (Qt.Key.Key_Space, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_Backspace, 0),
        (Qt.Key.Key_Left, 0),  # no further back than the first slide
        (Qt.Key.Key_End, 12),
        (Qt.Key.Key_Right, 12),  # nor past the last
        (Qt.Key.Key_Home, 0),
    ):
        qtbot.keyClick(presentation, key)
        assert presentation.index == expected, key
    assert presentation.counter.text() == "1 / 13"
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    assert _kind(presentation) is SlideKind.CHANGES
    assert presentation.counter.text() == "13 / 13"


def test_typing_a_number_then_enter_jumps_to_that_action(qtbot: QtBot, presentation: PresentationWindow) -> None:
    qtbot.keyClicks(presentation, "4")
    assert "4" in presentation.caption.text()  # the room sees what is being typed
    qtbot.keyClick(presentation, Qt.Key.Key_Return)
    slide = presentation.current_slide()
    assert isinstance(slide, ActionSlide)
    assert slide.number == 4
    assert slide.kicker.text() == "ACTION 4 OF 7"
    qtbot.keyClicks(presentation, "99")
    qtbot.keyClick(presentation, Qt.Key.Key_Enter)
    assert presentation.current_slide() is slide  # no action 99: stay


def test_a_digit_alone_jumps_after_a_short_pause(qtbot: QtBot, presentation: PresentationWindow) -> None:
    qtbot.keyClicks(presentation, "6")
    assert presentation.index == 0
    qtbot.waitUntil(lambda: presentation.index == 6, timeout=DIGIT_DELAY_MS * 3)
    assert presentation.caption.text() == presentation.document.services.plans.get(presentation.plan_id).title


def test_escape_leaves(qtbot: QtBot, presentation: PresentationWindow) -> None:
    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert not presentation.isVisible()


def test_escape_while_typing_cancels_the_number_first(qtbot: QtBot, presentation: PresentationWindow) -> None:
    qtbot.keyClicks(presentation, "3")
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert presentation.isVisible()
    assert presentation.navigator.digits == ""
    timer = presentation.navigator.timer
    assert not timer.isActive()  # the pause that would jump is no longer pending
    jumps: list[int] = []
    presentation.navigator.jump.connect(jumps.append)
    timer.timeout.emit()  # even a late tick of the pause has nothing to jump to
    assert jumps == []
    assert presentation.index == 0
