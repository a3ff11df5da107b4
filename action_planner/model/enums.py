"""Closed vocabularies of the planning domain, stored by their value."""

from __future__ import annotations

from enum import StrEnum


class InstrumentType(StrEnum):
    """The three policy instruments an Interreg Europe action plan can address."""

    GROWTH_AND_JOBS = "growth_and_jobs"
    TERRITORIAL_COOPERATION = "territorial_cooperation"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _INSTRUMENT_LABELS[self]


_INSTRUMENT_LABELS = {
    InstrumentType.GROWTH_AND_JOBS: "Investment for Growth and Jobs programme",
    InstrumentType.TERRITORIAL_COOPERATION: "European Territorial Cooperation programme",
    InstrumentType.OTHER: "Other regional development policy instrument",
}


class PlanStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    ENDORSED = "endorsed"

    @property
    def label(self) -> str:
        return {"draft": "Draft", "in_review": "In review", "endorsed": "Endorsed"}[self.value]


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        return self.value.capitalize()


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
    FundingSource.ERDF_INTERREG: "ERDF / Interreg",
    FundingSource.NATIONAL: "National",
    FundingSource.REGIONAL: "Regional",
    FundingSource.MUNICIPAL: "Municipal",
    FundingSource.PRIVATE: "Private",
    FundingSource.OTHER: "Other",
}


class Decision(StrEnum):
    """What a workshop decided about an action."""

    AGREED = "agreed"
    REVISIT = "revisit"
    PARKED = "parked"

    @property
    def label(self) -> str:
        return {"agreed": "Agreed", "revisit": "To revisit", "parked": "Parked"}[self.value]


class IndicatorKind(StrEnum):
    OUTPUT = "output"
    RESULT = "result"

    @property
    def label(self) -> str:
        return self.value.capitalize()
