"""The slides speak the plan's language (the room's), whatever language the window speaks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from action_planner.model.enums import FundingSource
from action_planner.resources import resource_path
from action_planner.ui import labels
from action_planner.ui.commands.regions import EditPlan
from action_planner.ui.document import Document
from action_planner.ui.workshop import room as room_module
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.room import RoomLanguage
from action_planner.ui.workshop.slide_action import ActionSlide
from action_planner.ui.workshop.slide_budget import BudgetSlide
from action_planner.ui.workshop.slide_overview import OverviewSlide

TODAY = date(2026, 11, 27)
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed translations compiled into a temporary folder (as the build ships them)."""
    folder = tmp_path_factory.mktemp("qm")
    for language in ("it", "es", "sv", "pl"):
        source = resource_path("translations", "ui", f"action_planner_{language}.ts")
        target = folder / f"action_planner_{language}.qm"
        subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@pytest.fixture(autouse=True)
def shipped(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The runtime finds ``action_planner_<lang>.qm`` in the compiled folder."""
    monkeypatch.setattr(room_module, "translation_file", lambda language: compiled / f"action_planner_{language}.qm")
    return compiled


@pytest.fixture
def italian_window(shipped: Path, qapp: QApplication) -> Iterator[None]:
    """The planner's window in Italian: the translation installed app-wide and an Italian default locale."""
    translator = QTranslator()
    assert translator.load(str(shipped / "action_planner_it.qm"))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    yield
    QLocale.setDefault(before)
    QCoreApplication.removeTranslator(translator)


def _plan(document: Document, region: str) -> int:
    return next(p.id for p in document.services.plans.list() if p.region_code == region)


def _present(qtbot: QtBot, document: Document, plan_id: int) -> PresentationWindow:
    shown = PresentationWindow(document, plan_id, today=TODAY)
    qtbot.addWidget(shown)
    shown.present(None)
    qtbot.waitExposed(shown)
    return shown


def _slide(presentation: PresentationWindow, kind: type[OverviewSlide | BudgetSlide | ActionSlide]) -> object:
    for index, slide in enumerate(presentation.slides):
        if isinstance(slide, kind):
            presentation.show_index(index)
            return slide
    raise AssertionError(f"no {kind.__name__}")


def test_an_italian_plan_is_projected_in_italian_while_the_window_is_english(qtbot: QtBot, document: Document) -> None:
    plan_id = _plan(document, "ITH5")
    presentation = _present(qtbot, document, plan_id)
    overview = _slide(presentation, OverviewSlide)
    assert isinstance(overview, OverviewSlide)
    assert overview.total_caption.text() == "Budget totale"
    assert overview.by_theme_heading.text() == "Azioni per tema"
    assert overview.kicker.text().startswith("PIANO D'AZIONE · ")
    total = document.services.budget.plan_totals(plan_id).plan
    assert total is not None
    whole, cents = f"{total.total:.2f}".split(".")
    assert overview.total.text() == f"{int(whole):,}".replace(",", ".") + f",{cents} EUR"  # Italian figures
    budget = _slide(presentation, BudgetSlide)
    assert isinstance(budget, BudgetSlide)
    assert budget.title.text() == "Budget per tema e per fonte di finanziamento"
    sources = [row[0] for row in budget.sources.texts()]
    assert "FESR / Interreg" in sources
    assert "ERDF / Interreg" not in sources
    # the window itself stays English: the same words through the app's translators
    assert QCoreApplication.translate("OverviewSlide", "Total budget") == "Total budget"
    assert labels.funding_source(FundingSource.ERDF_INTERREG.value, document.funding_sources) == "ERDF / Interreg"
    presentation.close()


@pytest.mark.usefixtures("italian_window")
def test_an_english_plan_stays_english_while_the_window_is_italian(qtbot: QtBot, document: Document) -> None:
    assert QCoreApplication.translate("OverviewSlide", "Total budget") == "Budget totale"  # the window: Italian
    plan_id = _plan(document, "UKE4")
    presentation = _present(qtbot, document, plan_id)
    overview = _slide(presentation, OverviewSlide)
    assert isinstance(overview, OverviewSlide)
    assert overview.total_caption.text() == "Total budget"
    assert overview.by_theme_heading.text() == "Actions by theme"
    assert overview.kicker.text().startswith("ACTION PLAN · ")
    total = document.services.budget.plan_totals(plan_id).plan
    assert total is not None
    assert overview.total.text() == f"{total.total:,.2f} GBP"  # English figures, not the window's Italian ones
    action = _slide(presentation, ActionSlide)
    assert isinstance(action, ActionSlide)
    assert action.kicker.text().startswith("ACTION 1 OF ")
    assert [row[0] for row in action.facts.texts()] == ["Owner", "Timeframe", "Budget"]
    presentation.close()


def test_a_plan_switched_to_polish_is_projected_in_polish_at_once(qtbot: QtBot, document: Document) -> None:
    plan_id = _plan(document, "UKE4")
    presentation = _present(qtbot, document, plan_id)
    document.undo_stack.run(EditPlan(document.services, plan_id, {"language": "pl"}, "Change language"))
    overview = _slide(presentation, OverviewSlide)
    assert isinstance(overview, OverviewSlide)
    assert overview.total_caption.text() == "Budżet ogółem"
    document.undo_stack.undo()
    overview = _slide(presentation, OverviewSlide)
    assert isinstance(overview, OverviewSlide)
    assert overview.total_caption.text() == "Total budget"
    presentation.close()


def test_the_room_writes_numbers_and_dates_its_way() -> None:
    italian, polish, english = RoomLanguage("it", "ITH5"), RoomLanguage("pl", "PL41"), RoomLanguage("en", "UKE4")
    assert italian.money(Decimal("1234567.5"), "EUR", with_code=True) == "1.234.567,50 EUR"
    assert english.money(Decimal("1234567.5"), "GBP", with_code=True) == "1,234,567.50 GBP"
    assert polish.number(Decimal("2.5")) == "2,5"
    assert italian.timeframe(date(2027, 1, 1), date(2028, 6, 30)) == "gen 2027 – giu 2028"
    assert english.day(date(2026, 11, 27)) == "27 Nov 2026"
    assert italian.share(Decimal("39.4")) == "39,4 %"


@pytest.mark.parametrize("region", ["ITH5", "ES52", "SE31", "PL41", "PL22"])
def test_every_slide_of_each_language_fits_a_laptop_screen(qtbot: QtBot, document: Document, region: str) -> None:
    """At 1366×768, no label of any slide of a plan in Italian, Spanish, Swedish or Polish is clipped."""
    presentation = _present(qtbot, document, _plan(document, region))
    presentation.resize(1366, 768)
    qtbot.waitUntil(lambda: presentation.height() == 768)
    assert presentation.context.room.language != "en"
    for index in range(len(presentation.slides)):
        presentation.show_index(index)
        slide = presentation.current_slide()
        assert slide is not None
        QApplication.processEvents()
        for label in slide.findChildren(QLabel):
            if not label.isVisibleTo(presentation) or not label.text().strip():
                continue
            where = f"{region} {slide.key.kind} {label.text()[:40]!r}"
            parent = label.parentWidget()
            assert parent is not None
            box = label.geometry().translated(parent.mapTo(slide, label.geometry().topLeft()) - label.pos())
            assert slide.rect().contains(box), where
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()) - 1, where
            else:
                assert label.width() >= label.sizeHint().width() - 1, where
    presentation.close()
