"""The workspace's list of funding sources: add, rename, reorder and remove one (never one still in use)."""

from __future__ import annotations

import builtins
import re
import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from action_planner.model.changes import Change
from action_planner.model.entities import BudgetLine, FundingSource
from action_planner.model.enums import FundingSource as BuiltIn
from action_planner.model.errors import NotFoundError, ValidationError
from action_planner.model.messages import Message
from action_planner.model.services.base import Service
from action_planner.model.sources import SourceNames, source_message
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate
from action_planner.model.validation import clean_text
from action_planner.model.views import FundingSourceView

_BUILT_IN_NAMES = {s.value: s.label for s in BuiltIn}
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
CODE_LENGTH = 32


def funding_source_view(row: FundingSource) -> FundingSourceView:
    return FundingSourceView(row.code, row.name, row.position, row.builtin)


def _ordered(session: Session) -> list[FundingSource]:
    return list(session.scalars(select(FundingSource).order_by(FundingSource.position, FundingSource.code)))


def _get(session: Session, code: str) -> FundingSource:
    row = session.get(FundingSource, code)
    if row is None:
        raise NotFoundError(
            Message(QT_TRANSLATE_NOOP("Model", "That funding source no longer exists (it may have been removed)."))
        )
    return row


def _renumber(rows: builtins.list[FundingSource]) -> None:
    for position, row in enumerate(rows):
        row.position = position


def _check_unique(session: Session, name: str, code: str | None = None) -> None:
    query = select(FundingSource).where(func.lower(FundingSource.name) == name.lower())
    clash = session.scalar(query)
    if clash is not None and clash.code != code:
        raise ValidationError(
            {"name": Message(QT_TRANSLATE_NOOP("Model", "“%1” is already in the list of funding sources."), name)}
        )


def _new_code(session: Session, name: str) -> str:
    """A readable code for a new source (its name in lower-case ASCII), made unique with a number."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    stem = _NOT_LETTERS.sub("_", ascii_name).strip("_")[: CODE_LENGTH - 4] or "source"
    taken = set(session.scalars(select(FundingSource.code)))
    code, number = stem, 1
    while code in taken:
        number += 1
        code = f"{stem}_{number}"
    return code


def source_code(session: Session, value: object, field: str = "funding_source") -> str:
    """The code of the workspace's source that ``value`` names: its code, its name, or a built-in one's
    English name (as a review workbook or the command line writes it), in any case."""
    text = str(value).strip() if isinstance(value, str) else ""
    rows = _ordered(session)
    if text:
        folded = text.lower()
        key = folded.replace(" ", "_").replace("-", "_")
        for row in rows:
            if key == row.code or folded == row.name.lower():
                return row.code
    choices = ", ".join(row.name for row in rows)
    raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "“%1” is not one of: %2."), value, choices)})


def default_source(session: Session) -> str:
    """The source a new line starts with: "Regional" while the list has it, else the list's first."""
    if session.get(FundingSource, BuiltIn.REGIONAL.value) is not None:
        return BuiltIn.REGIONAL.value
    first = session.scalar(select(FundingSource.code).order_by(FundingSource.position).limit(1))
    if first is None:
        raise ValidationError(
            {"funding_source": Message(QT_TRANSLATE_NOOP("Model", "Add a funding source to the list first."))}
        )
    return first


class FundingSourceService(Service):
    """The funding sources budget lines choose from, in the workspace's order."""

    def list(self) -> builtins.list[FundingSourceView]:
        return self._read(lambda s: [funding_source_view(r) for r in _ordered(s)])

    def names(self) -> SourceNames:
        return SourceNames(self.list())

    def add(self, name: object) -> FundingSourceView:
        """Add a source of the planner's own at the end of the list."""
        text = clean_text(name, "name", limit=200, required=True)

        def work(session: Session) -> tuple[FundingSourceView, builtins.list[Change]]:
            _check_unique(session, text)
            row = FundingSource(
                code=_new_code(session, text), name=text, position=len(_ordered(session)), builtin=False
            )
            session.add(row)
            session.flush()
            return funding_source_view(row), [Change("funding_source", "added", fields=(row.code,))]

        return self._apply(work)

    def rename(self, code: str, name: object) -> FundingSourceView:
        """Give a source a new name; a built-in one given back its English name is shown translated again."""
        text = clean_text(name, "name", limit=200, required=True)

        def work(session: Session) -> tuple[FundingSourceView, builtins.list[Change]]:
            row = _get(session, code)
            _check_unique(session, text, code)
            row.name = text
            row.builtin = _BUILT_IN_NAMES.get(code) == text
            return funding_source_view(row), [Change("funding_source", "changed", fields=(code,))]

        return self._apply(work)

    def move(self, code: str, position: int) -> FundingSourceView:
        """Put a source at ``position`` in the list (0 is first), the others keeping their order."""

        def work(session: Session) -> tuple[FundingSourceView, builtins.list[Change]]:
            row = _get(session, code)
            rows = [r for r in _ordered(session) if r.code != code]
            rows.insert(max(0, min(position, len(rows))), row)
            _renumber(rows)
            return funding_source_view(row), [Change("funding_source", "moved", fields=(code,))]

        return self._apply(work)

    def remove(self, code: str) -> FundingSourceView:
        """Remove a source no budget line names; pass the returned view to :meth:`restore` to undo."""

        def work(session: Session) -> tuple[FundingSourceView, builtins.list[Change]]:
            row = _get(session, code)
            used = session.scalar(select(func.count()).where(BudgetLine.funding_source == code)) or 0
            if used:
                source = translate(
                    "Model", "“%1” is the funding source of %n budget line(s); give them another source first.", None, 1
                )
                raise ValidationError({"name": Message(source, source_message(funding_source_view(row)), n=used)})
            view = funding_source_view(row)
            session.delete(row)
            session.flush()
            _renumber(_ordered(session))
            return view, [Change("funding_source", "removed", fields=(code,))]

        return self._apply(work)

    def restore(self, view: FundingSourceView) -> FundingSourceView:
        """Put a removed source back where it was, with its code, so undo finds it as it was."""

        def work(session: Session) -> tuple[FundingSourceView, builtins.list[Change]]:
            _check_unique(session, view.name)
            row = FundingSource(code=view.code, name=view.name, position=view.position, builtin=view.builtin)
            rows = _ordered(session)
            rows.insert(max(0, min(view.position, len(rows))), row)
            session.add(row)
            _renumber(rows)
            session.flush()
            return funding_source_view(row), [Change("funding_source", "added", fields=(view.code,))]

        return self._apply(work)
