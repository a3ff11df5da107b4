"""The window's translations are complete and shipped as compiled: every .ts finished, every .qm up to date.

The .ts checks read the XML alone (they run in the Qt-free re-run too); compiling and extracting run
PySide6's lrelease and lupdate, which that re-run blocks.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from action_planner import i18n

#: Qt's plural forms per language: Italian, Spanish and Swedish one/other; Polish one/few/many.
PLURAL_FORMS = {"it": 2, "es": 2, "sv": 2, "pl": 3}
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _has_tool(name: str) -> bool:
    try:
        i18n.tool(name)
    except i18n.ToolMissing:
        return False
    return True


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def _problems(language: str) -> list[str]:
    """Every message of the language's .ts that would show untranslated or wrong, named with its context."""
    problems = []
    root = ET.parse(i18n.ts_path(language)).getroot()
    assert root.get("language") == i18n.TRANSLATED[language]
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{name}: {source!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where} has no translation")
                continue
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                problems.append(f"{where} is {translation.get('type')}")
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if len(forms) != PLURAL_FORMS[language] or not all(forms):
                    problems.append(f"{where} has {sum(map(bool, forms))} of {PLURAL_FORMS[language]} plural forms")
            else:
                forms = [translation.text or ""]
                if not forms[0]:
                    problems.append(f"{where} is empty")
            for form in forms:
                wanted, given = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(form))
                if message.get("numerus") == "yes":  # a singular form may say "one" instead of %n
                    wanted, given = wanted - {"%n"}, given - {"%n"}
                if form and wanted != given:
                    problems.append(f"{where}: {form!r} has {sorted(given)}, not {sorted(wanted)}")
                if form and _mnemonics(form) != _mnemonics(source):
                    problems.append(f"{where}: {form!r} does not keep the one & mnemonic")
    return problems


@pytest.mark.parametrize("language", list(i18n.TRANSLATED))
def test_every_message_is_translated_with_its_placeholders_and_plural_forms(language: str) -> None:
    problems = _problems(language)
    assert problems == [], f"{len(problems)} problem(s) in {i18n.ts_path(language).name}:\n" + "\n".join(problems)


def test_the_completeness_check_finds_what_it_looks_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above on a .ts with each fault once: it must name them all."""
    (tmp_path / "action_planner_pl.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl_PL">
        <context><name>Menus</name>
        <message><source>&amp;Open…</source><translation type="unfinished"></translation></message>
        <message><source>Gone</source><translation type="vanished">Nie ma</translation></message>
        <message numerus="yes"><source>%n action(s)</source>
          <translation><numerusform>%n działanie</numerusform><numerusform>%n działania</numerusform></translation>
        </message>
        <message><source>Copy of %1</source><translation>Kopia</translation></message>
        <message><source>&amp;Quit</source><translation>Zakończ</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "TS_FOLDER", tmp_path)
    assert _problems("pl") == [
        "Menus: '&Open…' is unfinished",
        "Menus: '&Open…' is empty",
        "Menus: 'Gone' is vanished",
        "Menus: '%n action(s)' has 2 of 3 plural forms",
        "Menus: 'Copy of %1': 'Kopia' has [], not ['%1']",
        "Menus: '&Quit': 'Zakończ' does not keep the one & mnemonic",
    ]


@pytest.mark.not_headless  # lrelease is PySide6's, which the headless run blocks
@pytest.mark.skipif(not _has_tool("lrelease"), reason="no pyside6-lrelease")
def test_each_shipped_qm_is_what_its_ts_compiles_to(tmp_path: Path) -> None:
    compiled = i18n.release(tmp_path)
    assert len(compiled) == 4
    for fresh, counts in compiled.items():
        shipped = i18n.qm_path(fresh.stem.removeprefix("action_planner_"))
        assert shipped.is_file(), f"{shipped.name} is not shipped: run python -m action_planner.i18n release"
        assert fresh.read_bytes() == shipped.read_bytes(), (
            f"{shipped.name} is out of date with its .ts ({counts}): run python -m action_planner.i18n release"
        )
        assert "0 unfinished" in counts


@pytest.mark.not_headless  # lrelease is PySide6's, which the headless run blocks
@pytest.mark.skipif(not _has_tool("lrelease"), reason="no pyside6-lrelease")
def test_compiling_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    first = i18n.release(tmp_path / "first", languages=["pl"])
    second = i18n.release(tmp_path / "second", languages=["pl"])
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


@pytest.mark.not_headless  # pyside6-lupdate runs PySide6, which the headless run blocks
@pytest.mark.skipif(not _has_tool("lupdate"), reason="no pyside6-lupdate")
def test_extraction_adds_and_drops_nothing() -> None:
    """``update --check``: every string of the code is in every .ts, and no .ts holds one the code dropped."""
    before = {language: i18n.ts_path(language).read_bytes() for language in i18n.TRANSLATED}
    run = subprocess.run(
        [sys.executable, "-m", "action_planner.i18n", "update", "--check"],
        cwd=i18n.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr
    assert run.stdout.count("no change(s) needed") == 4
    assert {language: i18n.ts_path(language).read_bytes() for language in i18n.TRANSLATED} == before


@pytest.mark.not_headless  # pyside6-lupdate runs PySide6, which the headless run blocks
@pytest.mark.skipif(not _has_tool("lupdate"), reason="no pyside6-lupdate")
def test_the_extraction_check_names_a_missing_and_a_dropped_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    i18n.update(check=True, languages=["pl"])
    baseline = capsys.readouterr().out  # what main's .ts lacks anyway, if anything
    tree = ET.parse(i18n.ts_path("pl"))
    menus = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "WindowMenus")
    edit = next(m for m in menus.iter("message") if m.findtext("source") == "&Edit")
    edit.find("source").text = "&Edit Everything"  # type: ignore[union-attr]  # it is there: found by it
    tree.write(tmp_path / "action_planner_pl.ts", encoding="utf-8", xml_declaration=True)
    before = (tmp_path / "action_planner_pl.ts").read_bytes()
    monkeypatch.setattr(i18n, "TS_FOLDER", tmp_path)
    assert i18n.update(check=True, languages=["pl"]) == 1
    said = capsys.readouterr().out
    assert sorted(said.splitlines()[1:]) == sorted(
        [*baseline.splitlines()[1:], "  + WindowMenus: '&Edit'", "  - WindowMenus: '&Edit Everything'"]
    )
    assert (tmp_path / "action_planner_pl.ts").read_bytes() == before
