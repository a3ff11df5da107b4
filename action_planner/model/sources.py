"""How each of a workspace's funding sources reads, built-in ones in the reader's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from action_planner.model.enums import LABELS, FundingSource
from action_planner.model.messages import Message
from action_planner.model.views import FundingSourceView

#: The sources a new workspace starts with: the app's own, in the order the first migration listed them.
BUILT_IN: tuple[FundingSourceView, ...] = tuple(
    FundingSourceView(s.value, s.label, n, True) for n, s in enumerate(FundingSource)
)


def _as_is(text: str) -> str:
    return text


class SourceNames:
    """The workspace's funding sources in their order, and the name a budget line's source code reads as."""

    __slots__ = ("_by_code", "sources")

    def __init__(self, sources: Iterable[FundingSourceView] = BUILT_IN) -> None:
        self.sources = tuple(sorted(sources, key=lambda s: s.position))
        self._by_code = {s.code: s for s in self.sources}

    def __iter__(self) -> Iterator[FundingSourceView]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)

    def get(self, code: str) -> FundingSourceView | None:
        return self._by_code.get(code)

    def name(self, code: str, tr: Callable[[str], str] = _as_is) -> str:
        """``code``'s name: a built-in one through ``tr`` (a translation of the English name), the planner's
        own as typed; an unknown code (a source removed meanwhile) reads as itself."""
        source = self._by_code.get(code)
        if source is None:
            return code
        return tr(source.name) if source.builtin else source.name

    def code_of(self, text: str) -> str | None:
        """The code of the source ``text`` names (its code or its English or own name, in any case), if any."""
        folded = text.strip().lower()
        key = folded.replace(" ", "_").replace("-", "_")
        return next((s.code for s in self.sources if key == s.code or folded == s.name.lower()), None)

    def order(self, code: str) -> int:
        """Where ``code`` comes in the list (unknown codes last)."""
        source = self._by_code.get(code)
        return source.position if source is not None else len(self.sources)


def source_message(source: FundingSourceView) -> str:
    """The source's name as a message argument: a built-in one translated where it is shown."""
    return Message(source.name, context=LABELS) if source.builtin else source.name
