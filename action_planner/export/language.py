"""The plan document's captions and enum labels in the plan's language, from a Qt-free catalogue per language.

The English caption is the key (as in a Qt ``.ts`` file), so the writers keep naming ``captions.PART_III``
and a missing translation is caught by the test that compares every catalogue with :data:`SOURCE_TEXTS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Protocol, cast

from action_planner.export import captions as c
from action_planner.model import enums
from action_planner.resources import load_json

#: The languages the exports are written in besides English, the source.
LANGUAGES = ("it", "es", "sv", "pl")

#: Every caption of the Word and PDF plan document that a translation must cover.
DOCUMENT_CAPTIONS = (
    c.DOCUMENT_TITLE, c.WORKSPACE_TITLE, c.TITLE_PROJECT, c.TITLE_REGION, c.TITLE_PARTNER, c.TITLE_DATE,
    c.TITLE_STATUS, c.PART_I, c.PART_II, c.PART_III, c.SUMMARY, c.ENDORSEMENT, c.PROJECT, c.PARTNER,
    c.OTHER_PARTNERS, c.COUNTRY, c.NUTS_REGION, c.CONTACT, c.EMAIL, c.PHONE, c.AIMS_TO_IMPACT, c.INSTRUMENT_NAME,
    c.CONTEXT, c.ACTION_HEADING, c.BACKGROUND, c.ACTION, c.PLAYERS, c.TIMEFRAME, c.COSTS, c.FUNDING, c.OWNER,
    c.INDICATORS, c.FACTS, c.PILOT, c.ORGANISATION, c.ROLE, c.YEAR, c.SOURCE, c.NOTE, c.AMOUNT, c.IN_CURRENCY,
    c.SHARE, c.TOTAL, c.CODE, c.INDICATOR, c.UNIT, c.BASELINE, c.TARGET, c.TARGET_DATE, c.NUMBER, c.THEME,
    c.TIMEFRAME_SHORT, c.ACTION_SHORT, c.OWNER_SHORT, c.BY_THEME, c.BY_SOURCE, c.BY_YEAR, c.IN_REPORTING,
    c.ENDORSEMENT_DATE, c.SIGNATORY, c.SIGNATURE, c.STAMP, c.NONE_GIVEN, c.TEXT_CUT, c.NO_PLAYERS, c.NO_COSTS,
    c.NO_INDICATORS, c.NO_ACTIONS, c.OPEN_ENDED, c.MISSING_TOTAL, c.DECISIONS, c.DECISIONS_INTRO, c.DECISION,
    c.DECIDED_AT, c.WORKSHOP_DECISION, c.VOTES, c.PAGE_OF,
)  # fmt: skip

#: The workbook's texts written in the plans' language: its checks' error messages and its warnings.
WORKBOOK_CAPTIONS = (
    c.CHECK_LIST_TITLE, c.CHECK_LIST, c.CHECK_AMOUNT_TITLE, c.CHECK_AMOUNT, c.CHECK_YEAR_TITLE, c.CHECK_YEAR,
    c.CHECK_CURRENCY_TITLE, c.CHECK_CURRENCY, c.CHECK_SCORE_TITLE, c.CHECK_SCORE, c.CHECK_DATE_TITLE, c.CHECK_DATE,
    c.CHECK_NUMBER_TITLE, c.CHECK_NUMBER, c.RATE_MISSING, c.RATES_MISSING_MORE,
)  # fmt: skip

#: Every caption of the review workbook (sheet names, headers, instructions, validation prompts) that is not
#: already a document caption; the importer reads a workbook back in the language it was sent in.
REVIEW_CAPTIONS = tuple(value for name, value in vars(c).items() if name.startswith("REVIEW_"))


class _Labelled(Protocol):
    @property
    def label(self) -> str: ...


#: Every enum value's English label (each listed enum has a ``label``; ``tests/ui/test_labels.py`` checks so).
ENUM_LABELS = tuple(cast("_Labelled", value).label for kind in enums.LABELLED for value in kind)

#: The shipped themes' names (a theme a user adds keeps its name as typed).
THEME_NAMES = tuple(str(theme["name"]) for theme in load_json("catalogue", "themes.json"))

#: Every text a language's catalogue must translate: document, workbook and review captions, enum labels, themes.
SOURCE_TEXTS = tuple(
    dict.fromkeys((*DOCUMENT_CAPTIONS, *WORKBOOK_CAPTIONS, *REVIEW_CAPTIONS, *ENUM_LABELS, *THEME_NAMES))
)


@dataclass(frozen=True, slots=True)
class Labels:
    """One language's texts for the exports; calling it with an English caption gives that language's text."""

    language: str = "en"
    texts: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, english: str) -> str:
        return self.texts.get(english, english)


def language_code(locale: str) -> str:
    """``it`` for ``it_IT``, ``it-IT`` or ``IT``."""
    return locale.replace("-", "_").split("_", 1)[0].lower()


def catalogue(language: str) -> dict[str, str]:
    """The shipped catalogue of one export language, as stored (English caption → translation)."""
    texts = load_json("translations", "exports", f"{language}.json")
    return {str(key): str(value) for key, value in texts.items()}


@cache
def labels_for(locale: str) -> Labels:
    """The export texts for a plan's language or locale; English (the captions as written) for any other."""
    code = language_code(locale)
    if code not in LANGUAGES:
        return Labels()
    return Labels(code, MappingProxyType(catalogue(code)))
