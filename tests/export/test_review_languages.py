"""The review workbook in the plan's language: sheets, headers, instructions and prompts, read back as sent."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from action_planner.export.review_import import ReviewFileError, read_review
from action_planner.export.review_workbook import MANIFEST, export_review
from action_planner.model.review import manifest_mac
from action_planner.model.services import Services
from action_planner.model.views import ActionView
from tests.export.test_review_roundtrip import edit_like_a_partner, first_plan, header, rows_by_record

ITALIAN_SHEETS = ["Revisione", "Azioni", "Budget", "Indicatori", "Proposte"]


def _plan_in(demo: Services, language: str) -> int:
    return next(p.id for p in demo.plans.list() if p.language == language)


@pytest.fixture
def italian(demo: Services, tmp_path: Path) -> Path:
    return export_review(demo, [_plan_in(demo, "it")], tmp_path / "revisione.xlsx", reviewer="Giulia Rossi").path


def test_an_italian_plans_review_workbook_reads_in_italian(italian: Path) -> None:
    book = openpyxl.load_workbook(italian)
    assert book.sheetnames == [*ITALIAN_SHEETS, MANIFEST]
    assert [c.value for c in book["Azioni"][1]] == [
        "ID record",
        "Piano",
        "Rif.",
        "Titolo",
        "Descrizione",
        "Contesto",
        "Soggetti coinvolti (uno per riga: “organizzazione: ruolo”)",
        "Data di inizio",
        "Data di fine",
        "Stato",
        "Commento del revisore",
    ]
    assert list(header(book["Budget"]))[4:7] == ["Importo", "Valuta", "Fonte di finanziamento"]
    intro = [c.value for c in book["Revisione"]["A"] if c.value]
    assert intro[0] == "Revisione del partner"
    assert "Modifichi le celle bianche dei fogli Azioni, Budget e Indicatori; le celle grigie sono bloccate." in intro
    assert "Può commentare qualsiasi riga nella colonna “Commento del revisore”." in intro
    assert str(book["Revisione"]["A2"].value).startswith("Ciclo di revisione 1, inviato il ")
    assert (book["Revisione"]["A4"].value, book["Revisione"]["A5"].value) == ("Il suo nome", "La sua organizzazione")
    checks = {v.error for v in book["Budget"].data_validations.dataValidation}
    assert "Inserisca un numero pari o superiore a zero (senza testo)." in checks
    assert {v.errorTitle for v in book["Budget"].data_validations.dataValidation} == {"Valore non accettato"}
    kinds = [v for v in book["Proposte"].data_validations.dataValidation if v.type == "list" and "Nuova" in v.formula1]
    assert kinds[0].formula1 == '"Nuova azione,Nuova voce di spesa"'
    assert kinds[0].error == "Scelga “Nuova azione” o “Nuova voce di spesa”."
    statuses = {book["Azioni"].cell(r, 10).value for r in range(2, book["Azioni"].max_row + 1)}
    assert statuses <= {"Prevista", "In corso", "Completata", "In ritardo", "Annullata"}, statuses
    assert "Part III" not in str(intro)


def _edit_in_italian(path: Path, demo: Services) -> tuple[ActionView, ActionView]:
    """Retitle action 1 and mark it done, comment on it, propose a budget line for action 2 (all in Italian)."""
    report = demo.reports.plan_reports([_plan_in(demo, "it")])[0]
    first, second = report.actions[0], report.actions[1]
    book = openpyxl.load_workbook(path)
    book["Revisione"]["B5"] = "ART-ER"
    actions = book["Azioni"]
    columns = header(actions)
    row = next(r for k, r in rows_by_record(actions).items() if k.startswith(f"ap:action:{first.id}:"))
    actions.cell(row, columns["Titolo"]).value = "Voucher per nuovi esportatori"
    actions.cell(row, columns["Stato"]).value = "Completata"
    actions.cell(row, columns["Commento del revisore"]).value = "Precisare i destinatari."
    proposals = book["Proposte"]
    columns = header(proposals)
    for name, value in {
        "Tipo": "Nuova voce di spesa",
        "Rif. azione (per una voce di spesa)": f"A{second.id}",
        "Importo": 5000,
        "Valuta": "EUR",
        "Fonte di finanziamento": "National",
        "Anno": 2028,
    }.items():
        proposals.cell(2, columns[name]).value = value
    book.save(path)
    return first, second


def test_an_italian_workbook_edited_by_a_partner_imports_with_its_edits(demo: Services, italian: Path) -> None:
    first, second = _edit_in_italian(italian, demo)
    review = read_review(demo, italian)
    assert review.refused == ()
    found = {(d.kind, d.record, d.field): d for d in review.differences}
    assert set(found) == {
        ("edit", f"action:{first.id}", "title"),
        ("edit", f"action:{first.id}", "status"),
        ("new_line", "", ""),
    }
    assert found[("edit", f"action:{first.id}", "title")].returned == "Voucher per nuovi esportatori"
    assert found[("edit", f"action:{first.id}", "status")].returned == "done"
    assert found[("new_line", "", "")].action_id == second.id
    assert (review.reviewer, review.organisation) == ("Giulia Rossi", "ART-ER")
    assert [c.text for c in review.comments] == ["Precisare i destinatari."]


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_an_italian_workbook_saved_again_by_libreoffice_imports_the_same(
    demo: Services, italian: Path, tmp_path: Path
) -> None:
    from tests.export.test_libreoffice import convert

    _edit_in_italian(italian, demo)
    by_openpyxl = read_review(demo, italian)
    resaved = convert(italian, "xlsx:Calc MS Excel 2007 XML", tmp_path / "libreoffice")
    by_libreoffice = read_review(demo, resaved)
    assert by_libreoffice.refused == ()
    assert len(by_openpyxl.differences) == 3
    assert [(d.key, d.returned) for d in by_libreoffice.differences] == [
        (d.key, d.returned) for d in by_openpyxl.differences
    ]


def test_a_changed_italian_header_row_is_refused_naming_the_sheet_as_sent(demo: Services, italian: Path) -> None:
    book = openpyxl.load_workbook(italian)
    book["Budget"]["E1"] = "Amount"  # back to English: not the workbook as sent
    book.save(italian)
    with pytest.raises(ReviewFileError, match="Budget"):
        read_review(demo, italian)
    book["Budget"]["E1"] = "Importo"
    book["Azioni"].title = "Actions"
    book.save(italian)
    with pytest.raises(ReviewFileError, match="“Azioni” is missing"):
        read_review(demo, italian)


def test_a_manifest_whose_language_was_changed_is_refused(demo: Services, italian: Path) -> None:
    book = openpyxl.load_workbook(italian)
    manifest = book[MANIFEST]
    (row,) = (r for r in range(1, manifest.max_row + 1) if manifest.cell(r, 1).value == "language")
    assert manifest.cell(row, 2).value == "it"
    manifest.cell(row, 2).value = "en"
    book.save(italian)
    with pytest.raises(ReviewFileError, match="manifest was changed"):
        read_review(demo, italian)


def test_plans_in_different_languages_get_an_english_workbook(demo: Services, tmp_path: Path) -> None:
    plans = [_plan_in(demo, "it"), _plan_in(demo, "pl")]
    path = export_review(demo, plans, tmp_path / "review.xlsx").path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Review", "Actions", "Budget", "KPIs", "Proposals", MANIFEST]
    assert list(header(book["Actions"]))[:4] == ["Record id", "Plan", "Ref", "Title"]
    assert read_review(demo, path).refused == ()


def test_a_workbook_sent_before_workbooks_had_a_language_still_imports(demo: Services, tmp_path: Path) -> None:
    path = export_review(demo, [first_plan(demo)], tmp_path / "old.xlsx", reviewer="Anna Berg").path
    edits = edit_like_a_partner(path, demo)
    book = openpyxl.load_workbook(path)
    manifest = book[MANIFEST]
    entries = {manifest.cell(r, 1).value: r for r in range(1, manifest.max_row + 1)}
    assert book["Actions"].cell(1, 1).value == "Record id"
    manifest.delete_rows(entries["language"])  # as the workbooks before this change were written
    book.save(path)
    review = read_review(demo, path)
    assert review.refused == ()
    assert ("edit", f"action:{edits['first'].id}", "title") in {(d.kind, d.record, d.field) for d in review.differences}


def test_the_english_signature_is_the_one_written_before_workbooks_had_a_language() -> None:
    assert manifest_mac("s", "w", 3, [1, 2]) == manifest_mac("s", "w", 3, [1, 2], "en")
    assert manifest_mac("s", "w", 3, [1, 2], "it") != manifest_mac("s", "w", 3, [1, 2])


@pytest.mark.parametrize("language", ["es", "sv", "pl"])
def test_each_language_reads_back_unchanged_and_keeps_its_refusals(
    demo: Services, tmp_path: Path, language: str
) -> None:
    plans = [p.id for p in demo.plans.list() if p.language == language]
    path = export_review(demo, plans, tmp_path / f"{language}.xlsx").path
    book = openpyxl.load_workbook(path)
    shown = book.sheetnames[:5]
    assert len(set(shown)) == 5
    assert "Actions" not in shown
    for name in shown[1:]:
        titles = [c.value for c in book[name][1]]
        assert len(set(titles)) == len(titles), titles  # a partner's header finds one column
    untouched = read_review(demo, path)
    assert (untouched.refused, untouched.differences) == ((), ())
    title = book[shown[1]].cell(1, 4).value
    book[shown[1]].cell(1, 4).value = "Title"  # the header in English: not as it was sent
    book.save(path)
    with pytest.raises(ReviewFileError, match=f"“{shown[1]}”"):
        read_review(demo, path)
    book[shown[1]].cell(1, 4).value = title
    manifest = book[MANIFEST]
    (row,) = (r for r in range(1, manifest.max_row + 1) if manifest.cell(r, 1).value == "plans")
    manifest.cell(row, 2).value = "1,2,3"
    book.save(path)
    with pytest.raises(ReviewFileError, match="manifest was changed"):
        read_review(demo, path)
