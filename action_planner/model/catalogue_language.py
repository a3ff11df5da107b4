"""The shipped catalogue and indicator library in the other plan languages.

English is the source (``resources/catalogue/*.json``); ``resources/catalogue/translations/<lang>.json``
holds every shipped theme, intervention and indicator text in one more language. A text is only
replaced when it still equals the shipped English: an entry the user edited, or one the user
added, stays exactly as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from action_planner.resources import load_json, resource_path

#: Catalogue sections and the translated fields of each.
SECTIONS: Mapping[str, tuple[str, ...]] = {
    "themes": ("name", "description"),
    "interventions": ("name", "description", "cost_facts"),
    "indicators": ("name", "unit", "source", "description"),
}
SOURCE_LANGUAGE = "en"


@cache
def shipped_english(section: str) -> Mapping[str, Mapping[str, str]]:
    """The shipped English texts of one section, by code."""
    fields = SECTIONS[section]
    return {entry["code"]: {f: str(entry[f]) for f in fields} for entry in load_json("catalogue", f"{section}.json")}


@cache
def translation_file(language: str) -> Mapping[str, Any] | None:
    """The parsed translation file of a language, or None when it is not shipped."""
    if language == SOURCE_LANGUAGE or not resource_path("catalogue", "translations", f"{language}.json").is_file():
        return None
    data: Mapping[str, Any] = load_json("catalogue", "translations", f"{language}.json")
    return data


def available_languages() -> tuple[str, ...]:
    """English plus every language with a shipped translation file."""
    folder = resource_path("catalogue", "translations")
    found = sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []
    return (SOURCE_LANGUAGE, *found)


def language_of(locale_name: str | None) -> str:
    """The two-letter language of a locale or language name ('it_IT' -> 'it'); English when empty."""
    return (locale_name or SOURCE_LANGUAGE).replace("-", "_").split("_")[0].lower() or SOURCE_LANGUAGE


def shipped_text(section: str, code: str, field: str, language: str) -> str | None:
    """The shipped text of one field in a language, or None when the entry or language is not shipped."""
    english = shipped_english(section).get(code)
    if english is None or field not in english:
        return None
    lang = language_of(language)
    if lang == SOURCE_LANGUAGE:
        return english[field]
    data = translation_file(lang)
    if data is None:
        return None
    text = data.get(section, {}).get(code, {}).get(field)
    return str(text) if text else None


def localized(section: str, code: str | None, field: str, current: str, language: str) -> str:
    """What to show for ``current`` (the text stored in the workspace) in ``language``.

    The translation is used only when ``current`` is still the shipped English text of that
    entry; a user's edit, a user's own entry or a language without a file keeps ``current``.
    """
    if code is None:
        return current
    lang = language_of(language)
    if lang == SOURCE_LANGUAGE or translation_file(lang) is None:
        return current  # shown as stored whatever it is: no need to read the shipped English to say so
    english = shipped_english(section).get(code)
    if english is None or english.get(field) != current:
        return current
    return shipped_text(section, code, field, language) or current


def localized_entry(section: str, code: str | None, texts: Mapping[str, str], language: str) -> dict[str, str]:
    """Every translated field of one entry, each following :func:`localized`."""
    return {f: localized(section, code, f, value, language) for f, value in texts.items()}


def theme_name(code: str, current: str, language: str) -> str:
    """A theme's name in a language (as typed when the user renamed it)."""
    return localized("themes", code, "name", current, language)


def english_entry(section: str, code: str) -> Mapping[str, str] | None:
    """The shipped English texts of an entry, or None for a user's own code."""
    return shipped_english(section).get(code)
