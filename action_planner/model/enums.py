"""Closed vocabularies of the planning domain, stored by their value, each with its English label.

The labels are marked for ``pyside6-lupdate`` in the context :data:`LABELS`; the UI shows
``QCoreApplication.translate(LABELS, value.label)``, the exports show the label as it is.
"""

from __future__ import annotations

from enum import StrEnum

from action_planner.model.translatable import QT_TRANSLATE_NOOP

#: The translation context of every enum label.
LABELS = "Labels"


class InstrumentType(StrEnum):
    """The three policy instruments an Interreg Europe action plan can address."""

    GROWTH_AND_JOBS = "growth_and_jobs"
    TERRITORIAL_COOPERATION = "territorial_cooperation"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _INSTRUMENT_LABELS[self]


_INSTRUMENT_LABELS = {
    InstrumentType.GROWTH_AND_JOBS: QT_TRANSLATE_NOOP("Labels", "Investment for Growth and Jobs programme"),
    InstrumentType.TERRITORIAL_COOPERATION: QT_TRANSLATE_NOOP("Labels", "European Territorial Cooperation programme"),
    InstrumentType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other regional development policy instrument"),
}


class PlanStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    ENDORSED = "endorsed"

    @property
    def label(self) -> str:
        return _PLAN_STATUS_LABELS[self]


_PLAN_STATUS_LABELS = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    PlanStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    PlanStatus.ENDORSED: QT_TRANSLATE_NOOP("Labels", "Endorsed"),
}


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _ACTION_STATUS_LABELS[self]


_ACTION_STATUS_LABELS = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ActionStatus.DELAYED: QT_TRANSLATE_NOOP("Labels", "Delayed"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        return _PRIORITY_LABELS[self]


_PRIORITY_LABELS = {
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
}


class FundingSource(StrEnum):
    ERDF_INTERREG = "erdf_interreg"
    NATIONAL = "national"
    REGIONAL = "regional"
    MUNICIPAL = "municipal"
    PRIVATE = "private"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    FundingSource.ERDF_INTERREG: QT_TRANSLATE_NOOP("Labels", "ERDF / Interreg"),
    FundingSource.NATIONAL: QT_TRANSLATE_NOOP("Labels", "National"),
    FundingSource.REGIONAL: QT_TRANSLATE_NOOP("Labels", "Regional"),
    FundingSource.MUNICIPAL: QT_TRANSLATE_NOOP("Labels", "Municipal"),
    FundingSource.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private"),
    FundingSource.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


class Decision(StrEnum):
    """What a workshop decided about an action."""

    AGREED = "agreed"
    REVISIT = "revisit"
    PARKED = "parked"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    Decision.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
    Decision.REVISIT: QT_TRANSLATE_NOOP("Labels", "To revisit"),
    Decision.PARKED: QT_TRANSLATE_NOOP("Labels", "Parked"),
}


class IndicatorKind(StrEnum):
    OUTPUT = "output"
    RESULT = "result"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    IndicatorKind.OUTPUT: QT_TRANSLATE_NOOP("Labels", "Output"),
    IndicatorKind.RESULT: QT_TRANSLATE_NOOP("Labels", "Result"),
}

#: Every enum with a label, for the test tying each value to one.
LABELLED: tuple[type[StrEnum], ...] = (
    InstrumentType,
    PlanStatus,
    ActionStatus,
    Priority,
    FundingSource,
    Decision,
    IndicatorKind,
)
