"""The projector theme: high-contrast colours that pass WCAG contrast, and type sized to the screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from action_planner.model.enums import Decision

#: Background, raised surfaces and text of every slide (dark, so a projector's black stays black).
BACKGROUND = "#0f1419"
SURFACE = "#1c252e"
RULE = "#3a4652"
TEXT = "#f5f7fa"
MUTED = "#c3cdd7"
ACCENT = "#ffd166"
INK = "#0f1419"  # text drawn on a theme or decision colour
GAIN = "#7be495"
LOSS = "#ff8a80"

#: One colour per theme in catalogue order, the desktop palette's hues lightened for a dark wall.
THEME_PALETTE = ("#56b4e9", "#e69f00", "#1fc08e", "#e08dbc", "#9ecbf0", "#ff7a3d", "#f0e442", "#b8c2cc")

DECISION_COLOURS = {Decision.AGREED: "#7be495", Decision.REVISIT: "#ffd166", Decision.PARKED: "#b8c2cc"}


def theme_colours(codes: Sequence[str]) -> dict[str, str]:
    """Colour of each theme code, by its place in the catalogue."""
    return {code: THEME_PALETTE[i % len(THEME_PALETTE)] for i, code in enumerate(codes)}


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    value = QColor(colour)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(value.redF()) + 0.7152 * channel(value.greenF()) + 0.0722 * channel(value.blueF())


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21; body text wants at least 4.5, ideally 7)."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True, slots=True)
class Scale:
    """Pixel sizes derived from the height of the projected area (body = height / 38: 28 px at 1080p)."""

    height: int

    @property
    def body(self) -> int:
        return max(14, round(self.height / 38))

    @property
    def small(self) -> int:
        return max(11, round(self.body * 0.78))

    @property
    def heading(self) -> int:
        return round(self.body * 1.3)

    @property
    def title(self) -> int:
        return round(self.body * 1.75)

    @property
    def figure(self) -> int:
        return round(self.body * 2.6)

    @property
    def margin(self) -> int:
        return round(self.body * 1.4)

    @property
    def gap(self) -> int:
        return round(self.body * 0.6)

    def font(self, size: int, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(size)
        font.setBold(bold)
        return font


def wrap_lines(text: str, font: QFont, width: float, most: int) -> list[str]:
    """``text`` word-wrapped to ``width`` in at most ``most`` lines, the last one elided if it overflows."""
    metrics = QFontMetricsF(font)
    words, lines = text.split(), list[str]()
    while words and len(lines) < most - 1:
        line = ""
        while words and metrics.horizontalAdvance(f"{line} {words[0]}".strip()) <= width:
            line = f"{line} {words.pop(0)}".strip()
        if not line:  # a word longer than the line: it goes on the last line, elided
            break
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


def stylesheet(scale: Scale) -> str:
    """Style of the presentation window: every label's size and colour follow its ``role`` property."""
    return f"""
#Presentation, #Presentation QStackedWidget, #Presentation QFrame#Slide {{ background: {BACKGROUND}; }}
#Presentation QLabel {{ color: {TEXT}; font-size: {scale.body}px; background: transparent; }}
#Presentation QLabel[role="title"] {{ font-size: {scale.title}px; font-weight: bold; }}
#Presentation QLabel[role="heading"] {{ font-size: {scale.heading}px; font-weight: bold; color: {ACCENT}; }}
#Presentation QLabel[role="kicker"] {{ font-size: {scale.small}px; font-weight: bold; color: {ACCENT}; }}
#Presentation QLabel[role="muted"] {{ color: {MUTED}; }}
#Presentation QLabel[role="small"] {{ font-size: {scale.small}px; color: {MUTED}; }}
#Presentation QLabel[role="figure"] {{ font-size: {scale.figure}px; font-weight: bold; }}
#Presentation QLabel[role="strong"] {{ font-weight: bold; }}
#Presentation QLabel[role="large"] {{ font-size: {scale.heading}px; }}
#Presentation QLabel[role="large-strong"] {{ font-size: {scale.heading}px; font-weight: bold; }}
#Presentation QLabel[role="large-muted"] {{ font-size: {scale.heading}px; color: {MUTED}; }}
#Presentation QLabel[role="kpi"] {{ font-weight: bold; padding-bottom: {scale.gap}px; }}
#Presentation QLabel[role="gain"] {{ color: {GAIN}; font-weight: bold; }}
#Presentation QLabel[role="loss"] {{ color: {LOSS}; font-weight: bold; }}
#Presentation QLabel[role="chip"] {{
    color: {INK}; font-size: {scale.small}px; font-weight: bold;
    border-radius: {max(4, scale.gap // 2)}px; padding: {max(2, scale.gap // 4)}px {scale.gap}px;
}}
#Presentation QFrame[role="panel"] {{ background: {SURFACE}; border-radius: {scale.gap}px; }}
"""
