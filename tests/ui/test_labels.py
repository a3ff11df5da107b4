"""Every value of every domain enum has one English label in the model, translated (never restated) in the UI."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest

from action_planner.model import enums
from action_planner.model.enums import LABELLED, Decision
from action_planner.ui import labels
from action_planner.ui.workshop import wording

VALUES: list[StrEnum] = [value for enum in LABELLED for value in enum]


def _label(value: StrEnum) -> str:
    text = getattr(value, "label", None)
    assert isinstance(text, str), f"{value!r} has no label"
    return text


def test_every_labelled_enum_of_the_model_is_listed() -> None:
    defined = {item for item in vars(enums).values() if isinstance(item, type) and issubclass(item, StrEnum)}
    assert defined - {StrEnum} == set(LABELLED)


@pytest.mark.parametrize("value", VALUES, ids=lambda v: f"{type(v).__name__}.{v.name}")
def test_every_value_has_a_label_and_the_ui_shows_it_translated(value: StrEnum, bracketed: None) -> None:
    assert _label(value).strip()
    assert labels.label(value) == f"[{_label(value)}]"  # type: ignore[arg-type]  # every listed enum has .label


def test_the_labels_of_one_enum_are_distinct() -> None:
    for enum in LABELLED:
        texts = [_label(value) for value in enum]
        assert len(set(texts)) == len(texts), enum.__name__


def test_the_workshop_and_the_window_use_the_same_translated_words(bracketed: None) -> None:
    assert [wording.decision(d) for d in Decision] == ["[Agreed]", "[To revisit]", "[Parked]"]
    assert labels.action_status(enums.ActionStatus.IN_PROGRESS) == "[In progress]"


def test_lupdate_extracts_every_label_from_the_model(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    catalogue = tmp_path / "labels.ts"
    subprocess.run([str(lupdate), enums.__file__, "-ts", str(catalogue)], capture_output=True, check=True)
    contexts = ET.parse(catalogue).getroot().findall("context")
    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in contexts
        for message in context.findall("message")
    }
    assert extracted == {(enums.LABELS, _label(value)) for value in VALUES}
