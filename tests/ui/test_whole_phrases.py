"""Every visible string of the window reaches lupdate whole: no literal through a private wrapper lupdate cannot
see, no translated text glued to other words, counts through numerus forms, undo texts as one phrase."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtGui import QUndoCommand, QUndoStack

from action_planner.model.advice import Advice
from action_planner.model.review import BOTH, NEW, PARTNER, REMOVED, Comment, Difference
from action_planner.typing_compat import override
from action_planner.ui import action_columns, advice
from action_planner.ui.dialogs import FilePrompts
from action_planner.ui.main_window import MainWindow
from action_planner.ui.review import model as review_model
from action_planner.ui.undo import StackAction

UI = Path(action_columns.__file__).parent
#: The workshop's slides are translated in the room's language by their own module (not checked here).
CHECKED = sorted(p for p in UI.rglob("*.py") if "workshop" not in p.relative_to(UI).parts)
TRANSLATE = {"tr", "translate"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _source(call: ast.Call) -> ast.expr | None:
    """The source-text argument of a ``tr(text, …)`` or ``translate(context, text, …)`` call."""
    index = 1 if _name(call) == "translate" else 0
    return call.args[index] if len(call.args) > index else None


def _translates(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node) in TRANSLATE


def _wrappers(tree: ast.Module) -> set[str]:
    """Module functions that hand one of their parameters to tr()/translate() as the source text."""
    found = set()
    for function in tree.body:
        if isinstance(function, ast.FunctionDef):
            params = {a.arg for a in function.args.args}
            for node in ast.walk(function):
                if _translates(node):
                    assert isinstance(node, ast.Call)
                    source = _source(node)
                    if isinstance(source, ast.Name) and source.id in params:
                        found.add(function.name)
    return found


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_the_check_reads_the_window_code() -> None:
    names = {p.name for p in CHECKED}
    assert {"advice.py", "action_columns.py", "rates_dialog.py", "catalogue_browser.py", "kpis.py"} <= names


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(UI)))
def test_no_literal_goes_through_a_wrapper_lupdate_cannot_see(path: Path) -> None:
    tree = _tree(path)
    wrappers = _wrappers(tree)
    unseen = [
        f"{path.name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in wrappers
        and any(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args)
    ]
    assert not unseen, "mark the text where it is written: translate(context, text) or QT_TRANSLATE_NOOP"


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(UI)))
def test_no_translated_text_is_glued_to_other_text(path: Path) -> None:
    glued = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            if any(_translates(n) for side in (node.left, node.right) for n in ast.walk(side)):
                glued.append(f"{path.name}:{node.lineno}: +")
        elif isinstance(node, ast.JoinedStr) and any(_translates(n) for part in node.values for n in ast.walk(part)):
            glued.append(f"{path.name}:{node.lineno}: f-string")  # and lupdate does not look inside f-strings
    assert not glued, "write the whole sentence in tr() with %1, %2, then put it in its markup"


class Recorder(QTranslator):
    """Notes every (context, source) the window asks to translate, and answers in brackets."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    @override
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        self.asked.add((context, source))
        return f"[{source}]"


@pytest.fixture
def recorder(qapp: QObject) -> Iterator[Recorder]:
    translator = Recorder()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _difference(klass: str, *, conflict: bool) -> Difference:
    return Difference(
        "k", 1, "edit", klass, "action:1", "title", "a", "b", "c", "Anna", "", "", 1, 1, "Actions row 2", {}, conflict
    )


def _messages(tmp_path: Path) -> list[tuple[str, str, bool]]:
    """(context, source, numerus) of each message lupdate extracts from the window's code."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    target = tmp_path / "ui.ts"
    files = [str(p) for p in CHECKED]
    subprocess.run([str(lupdate), *files, "-no-obsolete", "-ts", str(target)], check=True, capture_output=True)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.get("numerus") == "yes")
        for context in ET.parse(target).getroot().iter("context")
        for message in context.iter("message")
    ]


def _extracted(tmp_path: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _numerus in _messages(tmp_path)}


@pytest.mark.skipif(not Path(sys.executable).with_name("pyside6-lupdate").exists(), reason="no lupdate")
def test_every_count_is_extracted_as_a_plural(tmp_path: Path) -> None:
    messages = _messages(tmp_path)
    counted = [(context, source) for context, source, numerus in messages if "%n" in source and not numerus]
    assert not counted, "translate(context, text, None, n) is a plural for lupdate only with n written as a number"
    assert ("ReviewCommands", "Accept %n review change(s)", True) in messages


@pytest.mark.skipif(not Path(sys.executable).with_name("pyside6-lupdate").exists(), reason="no lupdate")
def test_what_headers_warnings_and_review_labels_ask_for_is_extracted(recorder: Recorder, tmp_path: Path) -> None:
    headers = action_columns.headers()
    warnings = [advice.advice_text(Advice(code, ("1", "2", "3"))) for code in advice.WORDS]
    classes = [
        review_model.class_label(_difference(k, conflict=c))
        for k in (PARTNER, BOTH, NEW, REMOVED)
        for c in (False, True)
    ]
    classes.append(review_model.class_label(Comment("k", 1, 1, "Anna", "", "text", "Actions row 2")))
    fields = [review_model.field_label(name) for name in review_model.FIELDS]
    assert headers[0] == "[No.]"
    assert "[Changed on both sides — reviewers disagree]" in classes
    assert all(text.startswith("[") for text in (*headers, *warnings, *classes, *fields))
    assert recorder.asked <= _extracted(tmp_path)


def test_the_undo_action_names_the_command_in_one_translated_phrase(recorder: Recorder) -> None:
    parent = QObject()
    stack = QUndoStack()
    undo, redo = StackAction(stack, parent), StackAction(stack, parent, redo=True)
    assert (undo.text(), undo.isEnabled(), redo.text(), redo.isEnabled()) == ("[&Undo]", False, "[&Redo]", False)
    stack.push(QUndoCommand("R&D voucher"))
    assert (undo.text(), undo.isEnabled()) == ("[&Undo R&&D voucher]", True)
    stack.undo()
    assert (undo.text(), redo.text(), redo.isEnabled()) == ("[&Undo]", "[&Redo R&&D voucher]", True)
    redo.trigger()
    assert stack.index() == 1
    assert ("UndoActions", "&Undo %1") in recorder.asked


def test_an_undo_action_gone_with_its_dialog_leaves_the_stack_working(qapp: QObject) -> None:
    stack = QUndoStack()
    parent = QObject()
    StackAction(stack, parent)
    del parent  # the dialog closed: its actions are deleted, the document's stack lives on
    stack.push(QUndoCommand("Add KPI"))
    stack.undo()
    assert stack.undoText() == ""


def _catalogue_details(window: MainWindow, low: int | None, high: int | None) -> str:
    item = dataclasses.replace(window.catalogue.model.item(0), duration_months_min=low, duration_months_max=high)
    return window.catalogue._describe(item)  # the details for chosen durations


def test_durations_in_english_read_as_counts(window: MainWindow) -> None:
    assert "<b>Typical duration:</b> 1 month</p>" in _catalogue_details(window, 1, 1)
    assert "<b>Typical duration:</b> 9 months</p>" in _catalogue_details(window, None, 9)
    assert "<b>Typical duration:</b> 6–12 months</p>" in _catalogue_details(window, 6, 12)


POLISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context><name>CatalogueBrowser</name>
<message numerus="yes"><source>%1–%n month(s)</source><comment>a typical duration from %1 to %n months</comment>
<translation><numerusform>%1–%n miesiąc</numerusform><numerusform>%1–%n miesiące</numerusform>
<numerusform>%1–%n miesięcy</numerusform></translation></message>
</context>
</TS>
"""


@pytest.mark.skipif(not Path(sys.executable).with_name("pyside6-lrelease").exists(), reason="no lrelease")
def test_a_range_of_months_agrees_with_its_upper_end(window: MainWindow, tmp_path: Path) -> None:
    source, compiled = tmp_path / "pl.ts", tmp_path / "pl.qm"
    source.write_text(POLISH, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert "6–12 miesięcy" in _catalogue_details(window, 6, 12)
        assert "12–24 miesiące" in _catalogue_details(window, 12, 24)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_save_prompt_names_each_format_in_whole_phrases(
    window: MainWindow, bracketed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def cancel(_cls: object, _parent: object, title: str, file_filter: str, _name: str) -> None:
        asked.append((title, file_filter))

    monkeypatch.setattr(FilePrompts, "save_path", classmethod(cancel))
    for fmt in ("docx", "xlsx", "pdf"):
        window.export(fmt, whole=True)
    assert asked == [
        ("[Export as Word document]", "[Word document (*.docx)]"),
        ("[Export as Excel workbook]", "[Excel workbook (*.xlsx)]"),
        ("[Export as PDF document]", "[PDF document (*.pdf)]"),
    ]
