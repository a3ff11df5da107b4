"""Column widths a table's words fit in: each column at least as wide as its longest word, the rest shared out.

A table's columns say how they share the width (:attr:`Column.width`); a share narrower than the column's
longest word ("Wartość docelowa", "przedsiębiorstwa", "10 346 940,69 zł") would make Word, LibreOffice and
reportlab break that word mid-letter, so such a column gets what its longest word needs and the others share
the rest in their proportions. Each writer measures with its own font (:data:`Measure`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from action_planner.export.document import Table

#: A word's width in points, set bold (``True``) or not, in the writer's table font.
Measure = Callable[[str, bool], float]

#: Where a cell's text may break: ordinary white space, never the no-break space that keeps an amount with its
#: currency (nor a hyphen: reportlab does not break there, so "EXP-CONTRACTS" must fit whole).
_BREAKS = re.compile(r"[ \t\n\r]+")


def words(text: str) -> list[str]:
    """The pieces of ``text`` that no writer breaks: "10 346 940,69 zł" (no-break spaces) is one."""
    return [word for word in _BREAKS.split(text) if word]


def cells(table: Table) -> Iterator[tuple[int, str, bool]]:
    """Every cell of the table as the writers show it: (column, text, set bold): a grid's header and total
    rows are bold, and so is a form's label column."""
    grid = table.kind == "grid"
    if grid:
        for index, column in enumerate(table.columns):
            yield index, column.header, True
    for row in table.rows:
        for index, text in enumerate(row):
            yield index, text, not grid and index == 0
    if table.total is not None:
        for index, text in enumerate(table.total):
            yield index, text, True


def fit_widths(table: Table, total: float, measure: Measure, *, padding: float, widest: float) -> list[float]:
    """Widths in points summing to ``total``: no column narrower than its longest word plus ``padding`` (both
    sides' cell margins), unless the words together are wider than the page (then every column gives way in
    proportion). ``widest`` is the widest a single character can be; a word it shows cannot be the longest in
    its column is not measured (an export of thousands of actions measures a few words per column, not all)."""
    needs = [0.0] * len(table.columns)
    for index, text, bold in cells(table):
        for word in words(text):
            if len(word) * widest > needs[index]:
                needs[index] = max(needs[index], measure(word, bold))
    return share(total, [c.width for c in table.columns], [need + padding for need in needs])


def share(total: float, weights: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Share ``total`` out in proportion to ``weights``, giving each column at least its need: a column whose
    share is too small takes its need, and the rest is shared again among the others."""
    if sum(needs) >= total:
        scale = total / sum(needs) if sum(needs) else 0.0
        return [need * scale for need in needs]
    fixed: set[int] = set()
    while True:
        free = total - sum(needs[i] for i in fixed)
        weight = sum(w for i, w in enumerate(weights) if i not in fixed)
        short = {i for i, w in enumerate(weights) if i not in fixed and free * w / weight < needs[i]}
        if not short:
            return [needs[i] if i in fixed else free * w / weight for i, w in enumerate(weights)]
        fixed |= short
