"""Legible from the back of the room: contrast that passes WCAG, type sized to the screen, nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from action_planner.ui.commands.actions import EditAction
from action_planner.ui.document import Document
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.theme import (
    BACKGROUND,
    DECISION_COLOURS,
    INK,
    MUTED,
    SURFACE,
    TEXT,
    THEME_PALETTE,
    Scale,
    contrast,
)

LONG_TITLE = (
    "Export-readiness programme for first-time exporters in the manufacturing supply chains of the city region, "
    "with mentoring by experienced exporters"
)


def test_theme_colours_pass_contrast() -> None:
    for colour in (TEXT, MUTED):
        assert contrast(colour, BACKGROUND) >= 7, colour  # AAA for body text
        assert contrast(colour, SURFACE) >= 7, colour
    for colour in (*THEME_PALETTE, *DECISION_COLOURS.values()):
        assert contrast(colour, BACKGROUND) >= 4.5, colour  # bars and chips stand out from the wall
        assert contrast(INK, colour) >= 4.5, colour  # dark text on a chip or card is readable


def test_body_type_scales_with_the_screen() -> None:
    assert Scale(1080).body >= 28
    assert Scale(2160).body >= 56
    assert Scale(720).body == 19
    assert Scale(1080).title > Scale(1080).heading > Scale(1080).body > Scale(1080).small >= 21


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_every_slide_fits_without_clipped_text(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int, size: tuple[int, int]
) -> None:
    first = document.services.actions.list(plan_id)[0]
    document.undo_stack.run(EditAction(document.services, first.id, {"title": LONG_TITLE}, "Change title"))
    presentation.resize(*size)
    qtbot.waitUntil(lambda: presentation.height() == size[1])
    scale = Scale(size[1])
    for index in range(len(presentation.slides)):
        presentation.show_index(index)
        slide = presentation.current_slide()
        assert slide is not None
        QApplication.processEvents()
        assert slide.title.font().pixelSize() == scale.title
        for label in slide.findChildren(QLabel):
            if not label.isVisibleTo(presentation) or not label.text().strip():
                continue
            where = f"{slide.key.kind} {label.text()[:40]!r}"
            parent = label.parentWidget()
            assert parent is not None
            box = label.geometry().translated(parent.mapTo(slide, label.geometry().topLeft()) - label.pos())
            assert slide.rect().contains(box), where
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()) - 1, where
            else:
                assert label.width() >= label.sizeHint().width() - 1, where
            if label.property("role") not in ("small", "kicker", "chip"):
                assert label.font().pixelSize() >= scale.body, where
