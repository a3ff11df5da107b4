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

#: The partner workbook's texts, written in the plans' language: sheet names, titles, column headers, row labels,
#: Yes/No, how a conversion factor is made, its checks' error messages and its warnings.
WORKBOOK_CAPTIONS = (
    c.SHEET_SUMMARY, c.SHEET_ACTIONS, c.SHEET_BUDGET, c.SHEET_KPIS, c.SHEET_TIMELINE, c.SHEET_DECISIONS,
    c.SHEET_RATES, c.SHEET_LISTS, c.WORKBOOK_TITLE, c.WORKBOOK_SUBTITLE, c.COL_PLAN_NO, c.COL_REGION, c.COL_NUTS,
    c.COL_PLAN, c.COL_PARTNER, c.COL_INSTRUMENT_TYPE, c.COL_INSTRUMENT, c.COL_STATUS, c.COL_CURRENCY,
    c.COL_PLAN_CURRENCY, c.COL_LANGUAGE, c.COL_CONTACT, c.COL_ENDORSED, c.COL_ACTIONS, c.COL_TOTAL_PLAN,
    c.COL_TOTAL_REPORTING, c.COL_ACTION_NO, c.COL_ACTION, c.COL_THEME, c.COL_INTERVENTION, c.COL_BACKGROUND,
    c.COL_DESCRIPTION, c.COL_PLAYERS, c.COL_OWNER_ORG, c.COL_OWNER_PERSON, c.COL_OWNER_EMAIL, c.COL_START, c.COL_END,
    c.COL_PRIORITY, c.COL_IMPACT, c.COL_EFFORT, c.COL_PILOT, c.COL_NOTES, c.COL_SOURCE, c.COL_YEAR, c.COL_AMOUNT,
    c.COL_RATE, c.COL_IN_PLAN, c.COL_RATE_REPORTING, c.COL_IN_REPORTING, c.COL_NOTE, c.COL_CODE, c.COL_INDICATOR,
    c.COL_KIND, c.COL_UNIT, c.COL_BASELINE, c.COL_TARGET, c.COL_TARGET_DATE, c.COL_LATEST, c.COL_MEASURED_ON,
    c.COL_EMAIL, c.COL_PHONE, c.COL_OTHER_PARTNERS, c.COL_CONTEXT, c.COL_ENGLISH_SUMMARY, c.COL_PROBLEM,
    c.GROUP_THEME, c.GROUP_SOURCE, c.GROUP_YEAR, c.ALL_PLANS, c.COL_SCOPE, c.COL_BASE, c.COL_QUOTE, c.COL_RATE_VALUE,
    c.COL_VALID_ON, c.COL_RATE_SOURCE, c.COL_FROM, c.COL_TO, c.COL_FACTOR, c.COL_HOW, c.YES, c.NO,
    c.WORKSPACE_SCOPE, c.RATES_ENTERED, c.FACTORS_USED, c.HOW_DIRECT, c.HOW_INVERSE, c.HOW_CROSS, c.HOW_MISSING,
    c.COL_DECISION, c.COL_DECIDED_AT, c.COL_VOTES_FOR, c.COL_VOTES_AGAINST,
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
