"""Every message the model raises is whole, English by str(), and known to lupdate's extraction."""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

import action_planner
from action_planner.model.errors import ActionPlannerError, ValidationError
from action_planner.model.messages import CONTEXT, Message
from action_planner.model.validation import bounded, clean_text

PACKAGE = Path(action_planner.__file__).parent


def _marked_sources() -> set[str]:
    """Every source text written in the package as QT_TRANSLATE_NOOP("Model", …) or translate("Model", …)."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("QT_TRANSLATE_NOOP", "translate")
                and len(node.args) >= 2
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == CONTEXT
                and isinstance(node.args[1], ast.Constant)
            ):
                found.add(str(node.args[1].value))
    return found


def test_a_message_is_its_english_text_with_arguments_and_counts() -> None:
    assert Message("“%1” is not a number.", "abc") == "“abc” is not a number."
    assert str(Message("This is too long (%1 characters; the limit is %2).", 1200, 1000)) == (
        "This is too long (1,200 characters; the limit is 1,000)."
    )
    assert Message("Use at most %n decimal place(s).", n=1) == "Use at most 1 decimal place."
    assert Message("Use at most %n decimal place(s).", n=2) == "Use at most 2 decimal places."
    again = pickle.loads(pickle.dumps(Message("“%1” is not a number.", "abc")))
    assert isinstance(again, Message)
    assert again.args == ("abc",)


def test_a_raised_refusal_carries_its_source_and_arguments() -> None:
    with pytest.raises(ValidationError) as refused:
        bounded(Decimal("1.234"), "amount", places=2, below=Decimal(10))
    message = refused.value.errors["amount"]
    assert isinstance(message, Message)
    assert (message.context, message.source, message.n) == ("Model", "Use at most %n decimal place(s).", 2)
    with pytest.raises(ValidationError) as empty:
        clean_text("  ", "title", limit=10, required=True)
    assert empty.value.messages == ("This cannot be empty.",)


@pytest.mark.not_headless  # pyside6-lupdate runs PySide6, which the headless run blocks
@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None, reason="no lupdate")
def test_lupdate_extracts_every_model_message_and_counts_as_plurals(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = [str(p) for p in PACKAGE.rglob("*.py")]
    target = tmp_path / "model.ts"
    subprocess.run([str(lupdate), *files, "-no-obsolete", "-ts", str(target)], check=True, capture_output=True)
    context = next(c for c in ET.parse(target).getroot() if c.findtext("name") == CONTEXT)
    extracted = {m.findtext("source"): m.get("numerus") == "yes" for m in context.iter("message")}
    marked = _marked_sources()
    assert len(marked) >= 20
    assert marked <= set(extracted)
    assert extracted["Use at most %n decimal place(s)."] is True
    assert extracted["This cannot be empty."] is False


#: Exceptions outside ActionPlannerError whose text a user-facing error passes on as its problem.
CARRIERS = {"MissingRate", "StoredValueError", "WorkbookRefused", "WordReviewRefused"}


def _refusal_classes() -> set[str]:
    """The names of every ActionPlannerError subclass in the model and the exporters, and of the carriers."""
    for package in ("action_planner.model", "action_planner.export"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            if ".migrations" not in info.name and not info.name.endswith(".demo"):
                importlib.import_module(info.name)
    found: set[str] = set()
    pending: list[type] = [ActionPlannerError]
    while pending:
        kind = pending.pop()
        found.add(kind.__name__)
        pending.extend(kind.__subclasses__())
    return found | CARRIERS


def _is_text(node: ast.AST) -> bool:
    """An f-string, a string literal, or a concatenation holding one: English that no translation reaches."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _untranslated(source: str, refusals: set[str]) -> list[tuple[int, str]]:
    """(line, code) of each refusal given literal text, and of each Message whose source is not a marked one."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name in refusals:
            given = [*node.args, *(keyword.value for keyword in node.keywords)]
            texts = [a for a in given if _is_text(a)]
            texts += [v for a in given if isinstance(a, ast.Dict) for v in a.values if _is_text(v)]
            found += [(text.lineno, ast.unparse(text)) for text in texts]
        elif name == "Message" and node.args and _is_text(node.args[0]):
            found.append((node.lineno, ast.unparse(node.args[0])))
    return found


def test_the_check_for_untranslated_refusals_finds_literal_text() -> None:
    refusals = {"ValidationError", "ExportError"}
    source = (
        'raise ValidationError({"amount": f"Too large: {x}"})\n'
        'raise ExportError(path, "the folder is read-only.")\n'
        'raise ExportError(path, Message(f"it could not be replaced ({exc})."))\n'
        'raise ExportError(path, Message(QT_TRANSLATE_NOOP("Model", "that is a folder."))) \n'
        'raise ValidationError({"amount": Message(QT_TRANSLATE_NOOP("Model", "Enter an amount."))})\n'
    )
    assert [line for line, _ in _untranslated(source, refusals)] == [1, 2, 3]


def test_no_refusal_of_the_model_or_the_exporters_is_plain_english_text() -> None:
    refusals = _refusal_classes()
    assert {"ValidationError", "NotFoundError", "ExportError", "CatalogueFileError", "ReviewFileError"} <= refusals
    untranslated = [
        f"{path.relative_to(PACKAGE)}:{line}: {code}"
        for folder in ("model", "export")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        if "migrations" not in path.parts and path.name != "demo.py"
        for line, code in _untranslated(path.read_text(encoding="utf-8"), refusals)
    ]
    assert untranslated == [], "\n".join(untranslated)
