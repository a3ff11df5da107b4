"""Catalogue and indicator library: browse, search, add, edit, delete, import and export."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from action_planner.model.catalogue import (
    INSERT_BATCH,
    CatalogueWriter,
    IndicatorRow,
    InterventionRow,
    check_indicator,
    check_intervention,
    write_indicator,
    write_intervention,
)
from action_planner.model.changes import Change
from action_planner.model.entities import Indicator, Intervention, InterventionIndicator, Kpi, Theme
from action_planner.model.errors import ValidationError
from action_planner.model.messages import Message, joined
from action_planner.model.search import fold
from action_planner.model.services.base import Service, get_or_fail
from action_planner.model.services.budget import theme_codes
from action_planner.model.services.convert import indicator_view, intervention_view, theme_view
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate
from action_planner.model.views import IndicatorView, InterventionView, ThemeView

#: At most this many problems are listed when an import is refused.
MAX_LISTED_PROBLEMS = 20
#: One problem of an imported row: %1 the row (:data:`ROW`, :data:`INDICATOR_ROW` …), %2 the column, %3 what is wrong.
ROW_PROBLEM = QT_TRANSLATE_NOOP("Model", "%1: %2: %3")
#: What an import's problems call a row: %1 its number (an intervention's, or an indicator's).
ROW = QT_TRANSLATE_NOOP("Model", "Row %1")
INDICATOR_ROW = QT_TRANSLATE_NOOP("Model", "Indicators row %1")
_LINES = QT_TRANSLATE_NOOP("Model", "%1\n%2")
#: One row of an import: its number in the file, and its text cells by column name.
Numbered = tuple[int, Mapping[str, Any]]


def listed_problems(problems: Sequence[str], total: int) -> str:
    """The first :data:`MAX_LISTED_PROBLEMS` of ``problems``, one a line, and how many more of ``total`` there are."""
    shown = list(problems[:MAX_LISTED_PROBLEMS])
    more = total - len(shown)
    if more > 0:
        shown.append(Message(translate("Model", "… and %n more.", None, 1), n=more))
    return joined(shown, _LINES)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an accepted import did."""

    interventions_added: int = 0
    interventions_updated: int = 0
    indicators_added: int = 0
    indicators_updated: int = 0


class ImportRefused(ValidationError):
    """An import with bad rows; nothing was imported. ``problems`` lists "Row N: field: message" (ROW_PROBLEM)."""

    def __init__(self, problems: Sequence[str], total: int) -> None:
        self.problems = list(problems)
        heading = QT_TRANSLATE_NOOP("Model", "Nothing was imported; fix these rows and try again:\n%1")
        super().__init__({"file": Message(heading, listed_problems(self.problems, total))})


class CatalogueService(Service):
    """The interventions planners pick from, and the indicators their KPIs use."""

    def themes(self) -> list[ThemeView]:
        return self._read(lambda s: [theme_view(t) for t in s.scalars(select(Theme).order_by(Theme.position))])

    def interventions(self, query: str = "", theme: str | None = None) -> list[InterventionView]:
        """Interventions whose code, name, description or cost facts contain every word of ``query``."""
        words = fold(query).split()

        def work(session: Session) -> list[InterventionView]:
            statement = (
                select(Intervention)
                .join(Theme)
                .order_by(Theme.position, Intervention.code)
                .options(
                    selectinload(Intervention.theme),
                    selectinload(Intervention.suggested).selectinload(InterventionIndicator.indicator),
                )
            )
            if theme:
                statement = statement.where(Theme.code == theme)
            views = [intervention_view(i) for i in session.scalars(statement)]
            if not words:
                return views
            return [
                v for v in views if all(w in fold(f"{v.code} {v.name} {v.description} {v.cost_facts}") for w in words)
            ]

        return self._read(work)

    def intervention(self, intervention_id: int) -> InterventionView:
        return self._read(lambda s: intervention_view(get_or_fail(s, Intervention, intervention_id, "intervention")))

    def indicators(self, query: str = "") -> list[IndicatorView]:
        words = fold(query).split()

        def work(session: Session) -> list[IndicatorView]:
            views = [indicator_view(i) for i in session.scalars(select(Indicator).order_by(Indicator.id))]
            return [v for v in views if all(w in fold(f"{v.code} {v.name} {v.unit}") for w in words)]

        return self._read(work)

    def save_intervention(self, values: Mapping[str, Any]) -> InterventionView:
        """Add an intervention, or update the one with the same code."""

        def work(session: Session) -> tuple[InterventionView, list[Change]]:
            row = check_intervention(values, theme_codes(session))
            is_new = session.scalar(select(Intervention.id).where(Intervention.code == row.code)) is None
            item = write_intervention(session, row)
            session.flush()
            return intervention_view(item), [Change("catalogue", "added" if is_new else "changed", (item.id,))]

        return self._apply(work)

    def delete_intervention(self, intervention_id: int) -> InterventionView:
        """Remove a catalogue entry; actions made from it keep their content."""

        def work(session: Session) -> tuple[InterventionView, list[Change]]:
            item = get_or_fail(session, Intervention, intervention_id, "intervention")
            view = intervention_view(item)
            session.delete(item)
            return view, [Change("catalogue", "removed", (intervention_id,))]

        return self._apply(work)

    def save_indicator(self, values: Mapping[str, Any]) -> IndicatorView:
        row = check_indicator(values)

        def work(session: Session) -> tuple[IndicatorView, list[Change]]:
            is_new = session.scalar(select(Indicator.id).where(Indicator.code == row.code)) is None
            item = write_indicator(session, row)
            session.flush()
            return indicator_view(item), [Change("catalogue", "added" if is_new else "changed", (item.id,))]

        return self._apply(work)

    def delete_indicator(self, indicator_id: int) -> IndicatorView:
        def work(session: Session) -> tuple[IndicatorView, list[Change]]:
            item = get_or_fail(session, Indicator, indicator_id, "indicator")
            if session.scalar(select(exists().where(Kpi.indicator_id == indicator_id))):
                raise ValidationError(
                    {
                        "code": Message(
                            QT_TRANSLATE_NOOP("Model", "%1 is used by KPIs of actions; it cannot be deleted."),
                            item.code,
                        )
                    }
                )
            view = indicator_view(item)
            session.delete(item)
            return view, [Change("catalogue", "removed", (indicator_id,))]

        return self._apply(work)

    # -- files ---------------------------------------------------------------------------

    def export_rows(self) -> tuple[list[InterventionRow], list[IndicatorRow]]:
        """Every entry as checked rows, ready for a CSV or XLSX writer."""

        def work(session: Session) -> tuple[list[InterventionRow], list[IndicatorRow]]:
            items = [
                InterventionRow(
                    v.code,
                    v.name,
                    v.theme,
                    v.description,
                    v.duration_months_min,
                    v.duration_months_max,
                    v.cost_min,
                    v.cost_max,
                    v.cost_currency,
                    v.cost_facts,
                    v.source,
                    v.suggested,
                )
                for v in self.interventions()
            ]
            indicators = [
                IndicatorRow(i.code, i.name, i.unit, i.kind, i.source, i.description)
                for i in session.scalars(select(Indicator).order_by(Indicator.id))
            ]
            return items, indicators

        return self._read(work)

    def import_rows(
        self,
        interventions: Sequence[Mapping[str, Any]] = (),
        indicators: Sequence[Mapping[str, Any]] = (),
        *,
        first_row: int = 2,
        intervention_rows: Sequence[int] | None = None,
        indicator_rows: Sequence[int] | None = None,
    ) -> ImportReport:
        """Import text rows (as read from a file): all of them, or none if any is bad.

        Problems name the file's row: ``intervention_rows``/``indicator_rows`` give each row's number
        in the file; without them rows are counted from ``first_row``.
        """
        return self.import_numbered(
            _numbered(interventions, intervention_rows, first_row), _numbered(indicators, indicator_rows, first_row)
        )

    def import_numbered(self, interventions: Iterable[Numbered], indicators: Iterable[Numbered] = ()) -> ImportReport:
        """Import ``(row number, text cells)`` pairs: all of them, or none if any is bad.

        The indicators are read first, then the interventions once, row by row: each row is checked as it
        comes and new ones are inserted in batches while every row so far is good, so that an import of
        100,000 rows holds one batch, not the whole file. A bad row (or an error the iterables raise) rolls
        the whole transaction back; every bad row is still checked and named by its number.
        """
        return self._apply(
            lambda session: (_Import(session).run(indicators, interventions), [Change("catalogue", "changed")])
        )


def _numbered(rows: Sequence[Mapping[str, Any]], numbers: Sequence[int] | None, first: int) -> Iterable[Numbered]:
    if not numbers:
        return zip(itertools.count(first), rows)
    return zip(numbers, rows, strict=True)


class _Import:
    """One import's checks and writes in the transaction of ``session``; what is wrong is kept in ``problems``."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.writer = CatalogueWriter(session)
        self.problems: list[str] = []
        self.total = 0
        self.known: set[str] = set()  # indicator codes a suggestion may name
        self.added = self.updated = 0

    def run(self, indicators: Iterable[Numbered], interventions: Iterable[Numbered]) -> ImportReport:
        existing_indicators = set(self.writer.indicators)
        checked_indicators = self._indicators(indicators)
        repeated_indicators = _duplicates([r.code for r in checked_indicators])
        repeated = self._interventions(interventions, refused=bool(self.problems or repeated_indicators))
        for text, codes in (
            (QT_TRANSLATE_NOOP("Model", "The same code appears more than once among the interventions: %1"), repeated),
            (
                QT_TRANSLATE_NOOP("Model", "The same code appears more than once among the indicators: %1"),
                repeated_indicators,
            ),
        ):
            if codes:
                self.total += 1
                self.problems.append(Message(text, ", ".join(codes[:10])))
        if self.problems:
            raise ImportRefused(self.problems, self.total)
        self.session.flush()
        return ImportReport(
            interventions_added=self.added,
            interventions_updated=self.updated,
            indicators_added=sum(r.code not in existing_indicators for r in checked_indicators),
            indicators_updated=sum(r.code in existing_indicators for r in checked_indicators),
        )

    def _refuse(self, row: Message, exc: ValidationError) -> None:
        self.total += len(exc.errors)
        self.problems.extend(Message(ROW_PROBLEM, row, f, m) for f, m in exc.errors.items())

    def _indicators(self, indicators: Iterable[Numbered]) -> list[IndicatorRow]:
        """Check every indicator; write them all when all are good (the interventions may suggest them)."""
        checked: list[IndicatorRow] = []
        for number, values in indicators:
            try:
                checked.append(check_indicator(values))
            except ValidationError as exc:
                self._refuse(Message(INDICATOR_ROW, str(number)), exc)
        self.known = set(self.writer.indicators) | {r.code for r in checked}
        if not self.problems and not _duplicates([r.code for r in checked]):
            for row in checked:
                self.writer.indicator(row)
        return checked

    def _interventions(self, interventions: Iterable[Numbered], *, refused: bool) -> list[str]:
        """Check each intervention as it comes and write it while nothing is ``refused``: an update at once,
        a new one in the next batch of inserts. The codes that come more than once."""
        themes = list(self.writer.themes)
        existing = set(self.writer.interventions)
        seen: set[str] = set()
        repeated: dict[str, None] = {}
        pending: list[InterventionRow] = []
        for number, values in interventions:
            row = self._checked(number, values, themes)
            if row is None or row.code in seen:
                if row is not None:
                    repeated[row.code] = None
                refused = True
                continue
            seen.add(row.code)
            if refused:
                continue  # nothing will be written: the remaining rows are only checked
            if row.code in existing:
                self.writer.intervention(row)
                self.updated += 1
                continue
            pending.append(row)
            self.added += 1
            if len(pending) >= INSERT_BATCH:
                self.writer.insert_interventions(pending)
                pending.clear()
        if not refused:
            self.writer.insert_interventions(pending)
        return list(repeated)

    def _checked(self, number: int, values: Mapping[str, Any], themes: Sequence[str]) -> InterventionRow | None:
        try:
            row = check_intervention(values, themes)
            if row.suggested_indicators and not self.known.issuperset(row.suggested_indicators):
                unknown = [c for c in row.suggested_indicators if c not in self.known]
                raise ValidationError(
                    {
                        "suggested_indicators": Message(
                            QT_TRANSLATE_NOOP("Model", "not in the library: %1"), ", ".join(unknown)
                        )
                    }
                )
        except ValidationError as exc:
            self._refuse(Message(ROW, str(number)), exc)
            return None
        return row


def _duplicates(codes: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    repeated: dict[str, None] = {}
    for code in codes:
        if code in seen:
            repeated[code] = None
        seen.add(code)
    return list(repeated)
