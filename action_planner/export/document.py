"""A neutral model of the plan document (headings, paragraphs, tables, check boxes) that Word and PDF render."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ParagraphStyle = Literal["title", "subtitle", "cover", "label", "body", "note", "facts"]
Align = Literal["left", "right", "center"]
TableKind = Literal["grid", "form", "sign"]

CHECKED = "☒"
KEEP_TOGETHER_ROWS = 12
UNCHECKED = "☐"


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading a table of contents can use: level 1 for parts, 2 for actions (in a whole-workspace
    document one level deeper, under the plan's name as level 1)."""

    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Text in one of a few named styles; line breaks inside ``text`` are kept."""

    text: str
    style: ParagraphStyle = "body"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    width: float  # relative to the other columns
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class Table:
    """A grid with a header row (and an optional bold total row), or a form of label/value rows.

    ``sign`` is a form whose value cells are left tall and empty for a signature or a stamp.
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    kind: TableKind = "grid"

    @property
    def keep_together(self) -> bool:
        """Small tables move to the next page whole rather than leave a stub behind."""
        return len(self.rows) <= KEEP_TOGETHER_ROWS


@dataclass(frozen=True, slots=True)
class CheckList:
    """Options shown as ticked (☒) or empty (☐) boxes, one per line."""

    items: tuple[tuple[bool, str], ...]

    def lines(self) -> tuple[str, ...]:
        return tuple(f"{CHECKED if ticked else UNCHECKED} {text}" for ticked, text in self.items)


Block = Heading | Paragraph | Table | CheckList


@dataclass(frozen=True, slots=True)
class Part:
    """A run of blocks written as one step of progress (the title page, one action, …)."""

    blocks: tuple[Block, ...]
    new_page: bool = False  # start this part on a new page
    language: str = ""  # a BCP 47 tag when the part is not in its section's language (the English summary)
    anchor: str = ""  # the name of the bookmark the Word export marks the part's start with (``ap_action_12``)


@dataclass(frozen=True, slots=True)
class Section:
    """One plan: starts on a new page; its header shows ``header`` on every page but the title page.

    ``language`` is the plan's language as a BCP 47 tag (``it-IT``); ``nested`` says the plan's name is a
    level-1 heading of its own (a whole-workspace document), so the parts' headings are one level deeper.
    """

    header: str
    title_page: Part
    parts: tuple[Part, ...]
    language: str = "en-GB"
    nested: bool = False


@dataclass(frozen=True, slots=True)
class PlanLayout:
    title: str
    sections: tuple[Section, ...]

    @property
    def part_count(self) -> int:
        return sum(1 + len(s.parts) for s in self.sections)
