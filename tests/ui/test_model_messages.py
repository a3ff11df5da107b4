"""The model's refusals show in the planner's language: translated in the "Model" context, arguments in the locale."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from action_planner.export.request import ExportError
from action_planner.export.safe_write import check_target
from action_planner.model.errors import ValidationError
from action_planner.model.validation import bounded, clean_text, clean_year
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.messages import error_text

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Model</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>Questo campo non può essere vuoto.</translation>
    </message>
    <message>
        <source>This is too long (%1 characters; the limit is %2).</source>
        <translation>Testo troppo lungo (%1 caratteri; il limite è %2).</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: %2</source>
        <translation>Impossibile esportare in “%1”: %2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>la cartella “%1” non esiste.</translation>
    </message>
    <message numerus="yes">
        <source>Not in the indicator library: %1. Add them first.</source>
        <translation>
            <numerusform>Non è nella libreria degli indicatori: %1. Aggiungilo prima.</numerusform>
            <numerusform>Non sono nella libreria degli indicatori: %1. Aggiungili prima.</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def italian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """An Italian translation of two model messages, released with lrelease, and an Italian locale."""
    source = tmp_path / "model_it.ts"
    source.write_text(TS, encoding="utf-8")
    compiled = tmp_path / "model_it.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    yield
    QLocale.setDefault(before)
    QCoreApplication.removeTranslator(translator)


def test_a_refused_title_shows_in_italian_under_the_field(qtbot: QtBot, window: MainWindow, italian: None) -> None:
    title = window.action_editor.details.fields["title"].widget
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.action_editor.details.error("title") == "Questo campo non può essere vuoto."


def test_numbers_in_a_translated_refusal_are_grouped_in_the_locale(italian: None) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_text("x" * 12000, "title", limit=10000)
    assert error_text(refused.value) == "Testo troppo lungo (12.000 caratteri; il limite è 10.000)."
    assert str(refused.value) == "This is too long (12,000 characters; the limit is 10,000)."


def test_an_untranslated_model_message_stays_english_and_pseudo_translation_reaches_it(bracketed: None) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_year("soon")
    assert error_text(refused.value) == "[Enter a year such as 2027.]"


def test_an_export_refusal_and_its_problem_both_show_in_italian(italian: None, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "plan.docx"
    with pytest.raises(ExportError) as refused:
        check_target(target)
    assert (
        error_text(refused.value) == f"Impossibile esportare in “{target}”: la cartella “{target.parent}” non esiste."
    )
    assert str(refused.value) == f"Cannot export to “{target}”: the folder “{target.parent}” does not exist."


@pytest.mark.parametrize(
    ("codes", "shown"),
    [
        (("RCO99",), "Non è nella libreria degli indicatori: RCO99. Aggiungilo prima."),
        (("RCO98", "RCO99"), "Non sono nella libreria degli indicatori: RCO98, RCO99. Aggiungili prima."),
    ],
)
def test_a_counted_refusal_takes_the_italian_form_of_its_count(
    italian: None, document: Document, codes: tuple[str, ...], shown: str
) -> None:
    services = document.services
    entry = {"code": "X01", "name": "Test", "theme": services.catalogue.themes()[0].code}
    with pytest.raises(ValidationError) as refused:
        services.catalogue.save_intervention({**entry, "suggested_indicators": "; ".join(codes)})
    assert error_text(refused.value) == shown


def test_an_untranslated_count_shows_the_english_form_the_model_chose(italian: None) -> None:
    with pytest.raises(ValidationError) as refused:
        bounded(Decimal("1.234"), "amount", places=2, below=Decimal(10))
    assert error_text(refused.value) == "Use at most 2 decimal places."
