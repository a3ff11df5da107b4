"""Word comments back: comments a partner adds to the plan's Word export come back as comments on their action."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest

from action_planner.cli import main
from action_planner.export.docx_identity import WORKSPACE_PROPERTY, read_custom
from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
from action_planner.export.review_import import ReviewFile, ReviewFileError, file_unchanged, read_review
from action_planner.model.services import Services
from action_planner.model.views import ActionView
from action_planner.model.workspace import Workspace

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _paragraph(document: Any, starts: str) -> Any:
    return next(p for p in document.paragraphs if p.text.startswith(starts))


def comment(document: Any, runs: Any, text: str, author: str, initials: str = "") -> None:
    made = document.add_comment(runs, text=text, author=author, initials=initials)
    made._comment_elm.set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date", WHEN.strftime("%Y-%m-%dT%H:%M:%SZ")
    )


@dataclass(frozen=True)
class Commented:
    """A plan's Word export with comments on three actions (a heading, a paragraph, a table cell) and one
    on Part I, outside every action."""

    path: Path
    plan_id: int
    actions: list[ActionView]


@pytest.fixture
def commented(demo: Services, tmp_path: Path) -> Commented:
    plan = next(p for p in demo.plans.list() if p.language == "en")
    actions = demo.actions.list(plan.id)
    path = EXPORTERS["docx"]().export(demo, ExportRequest((plan.id,), tmp_path / "plan.docx"))
    document = docx.Document(str(path))
    second, fourth = actions[1], actions[3]
    comment(document, _paragraph(document, f"Action 2: {second.title}").runs, "Add the chamber.", "Anna Rossi (ERVET)")
    description = _paragraph(document, fourth.description.split("\n")[0][:40])
    comment(document, description.runs, "The timeline looks optimistic.", "Piotr Nowak", "PN")
    players = next(t for t in document.tables if t.rows[0].cells[0].text == "Organisation")  # action 1's players
    comment(document, players.rows[1].cells[1].paragraphs[0].runs, "Which role exactly?", "Lena Berg", "LB")
    comment(document, _paragraph(document, "Part I").runs, "A remark on the whole plan.", "Anna Rossi (ERVET)")
    document.save(str(path))
    return Commented(path, plan.id, actions)


def landed(review: ReviewFile) -> dict[str, tuple[int, str, str]]:
    return {c.text: (c.action_id, c.reviewer, c.organisation) for c in review.comments}


def test_each_comment_lands_on_its_action_and_one_outside_is_reported(demo: Services, commented: Commented) -> None:
    first, second, fourth = commented.actions[0], commented.actions[1], commented.actions[3]
    review = read_review(demo, commented.path)
    assert review.round_id is None
    assert landed(review) == {
        "Add the chamber.": (second.id, "Anna Rossi", "ERVET"),
        "The timeline looks optimistic.": (fourth.id, "Piotr Nowak", "PN"),  # no organisation but the initials
        "Which role exactly?": (first.id, "Lena Berg", "LB"),
    }
    assert [c.commented_on for c in review.comments] == [WHEN.date()] * 3
    assert review.differences == ()
    (outside,) = review.unattached
    assert "A remark on the whole plan." in outside
    assert "outside every action" in outside
    assert "Part I" in outside
    where = {c.text: c.where for c in review.comments}
    assert where["Add the chamber."] == f"Word comment 1 on “Action 2: {second.title}”"
    assert file_unchanged(review)


def test_kept_comments_show_on_the_action_and_a_second_import_brings_nothing_new(
    demo: Services, commented: Commented
) -> None:
    second = commented.actions[1]
    data = commented.path.read_bytes()
    review = read_review(demo, commented.path)
    applied = demo.reviews.apply([], [], review.comments)
    assert applied.comments == 3
    (kept,) = demo.reviews.comments(second.id)
    assert (kept.reviewer, kept.organisation, kept.text, kept.commented_on) == (
        "Anna Rossi",
        "ERVET",
        "Add the chamber.",
        WHEN.date(),
    )
    assert kept.round_id is None
    again = read_review(demo, commented.path)
    assert again.comments == ()  # nothing new
    assert len(again.unattached) == 1  # the remark outside every action is still reported, never lost
    demo.reviews.revert(applied)  # the window's one Undo
    assert demo.reviews.comments(second.id) == []
    assert len(read_review(demo, commented.path).comments) == 3
    assert commented.path.read_bytes() == data


def test_a_comment_on_an_action_deleted_since_is_not_attached(demo: Services, commented: Commented) -> None:
    gone = commented.actions[3]
    demo.actions.delete(gone.id)
    review = read_review(demo, commented.path)
    assert "The timeline looks optimistic." not in landed(review)
    assert any("no longer in the plan" in u and "optimistic" in u for u in review.unattached)


def test_the_export_names_its_workspace(demo: Services, commented: Commented) -> None:
    with zipfile.ZipFile(commented.path) as package:
        custom = read_custom(package.read("docProps/custom.xml"))
    assert custom[WORKSPACE_PROPERTY] == demo.reviews.workspace_id() != ""


def test_the_command_line_lists_comments_and_what_is_not_attached_then_keeps_them(
    demo: Services, commented: Commented, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = str(demo.workspace.path)
    demo.workspace.close()
    assert main(["review", "import", workspace, str(commented.path)]) == 0
    out = capsys.readouterr().out
    assert "plan.docx: Word comments, from Anna Rossi, Piotr Nowak, Lena Berg" in out
    assert "not attached: Word comment 4" in out
    assert "comment  Word comment 1" in out
    assert "0 proposed changes, 3 comments (a dry run: nothing was applied)." in out
    assert main(["review", "import", workspace, str(commented.path), "--accept-all", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["applied"] == {"changes": 0, "comments": 3}
    assert len(document["files"][0]["not_attached"]) == 1
    assert document["files"][0]["comments"][0]["commented_on"] == "2026-11-20"
    assert main(["review", "import", workspace, str(commented.path)]) == 0
    assert "0 proposed changes, 0 comments" in capsys.readouterr().out


# -- refused files: a clear message, nothing applied, the file as it was ------------------------------


def refused(services: Services, path: Path, match: str) -> None:
    data = path.read_bytes()
    with pytest.raises(ReviewFileError, match=match):
        read_review(services, path)
    assert path.read_bytes() == data


def test_a_word_file_from_another_workspace_is_refused(demo_template: Path, demo: Services, tmp_path: Path) -> None:
    other_path = tmp_path / "other.actionplan"
    shutil.copyfile(demo_template, other_path)
    with Workspace.open(other_path) as other:
        path = EXPORTERS["docx"]().export(Services(other), ExportRequest((1,), tmp_path / "other.docx"))
    refused(demo, path, "exported from another workspace")


def test_a_word_file_exported_read_only_before_the_workspace_had_an_id_is_refused(
    demo_template: Path, demo: Services, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.actionplan"
    shutil.copyfile(demo_template, fresh)
    with Workspace.open(fresh, read_only=True) as workspace:
        services = Services(workspace)
        assert services.reviews.ensure_workspace_id() == ""  # a read-only workspace cannot name itself
        path = EXPORTERS["docx"]().export(services, ExportRequest((1,), tmp_path / "read-only.docx"))
    with Workspace.open(fresh) as workspace:
        services = Services(workspace)
        services.reviews.ensure_workspace_id()
        refused(services, path, "does not name its workspace")


def test_a_word_file_without_the_marks_is_refused(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    document = docx.Document()
    document.add_paragraph("Some notes.")
    document.save(str(path))
    refused(demo, path, "carries no Action Planner marks")


def test_a_file_that_is_not_a_word_document_is_refused(demo: Services, tmp_path: Path) -> None:
    path = tmp_path / "review.docx"
    path.write_bytes(b"This is plain text, not a Word document.")
    refused(demo, path, r"not a Word document \(\.docx\)")


def test_a_word_zip_bomb_is_refused_before_it_is_unpacked(demo: Services, commented: Commented) -> None:
    with zipfile.ZipFile(commented.path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", b"\0" * (50 * 2**20))
    assert commented.path.stat().st_size < 2 * 2**20
    refused(demo, commented.path, "compressed")


@pytest.mark.parametrize("plans", [b"1,2,3,4,5,6", b"six"])
def test_a_changed_list_of_plans_is_refused(demo: Services, commented: Commented, plans: bytes) -> None:
    with zipfile.ZipFile(commented.path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["docProps/custom.xml"] = re.sub(
        rb'(name="ActionPlanner.Plans"><vt:lpwstr>)[^<]*', rb"\g<1>" + plans, parts["docProps/custom.xml"]
    )
    with zipfile.ZipFile(commented.path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    refused(demo, commented.path, "list of plans was changed")  # signed: no comment reaches another plan


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_comments_still_land_after_libreoffice_saves_the_file(
    demo: Services, commented: Commented, tmp_path: Path
) -> None:
    from tests.export.test_libreoffice import convert

    saved = convert(commented.path, "docx:MS Word 2007 XML", tmp_path / "lo")
    assert saved.read_bytes() != commented.path.read_bytes()
    review = read_review(demo, saved)
    assert {text: where[0] for text, where in landed(review).items()} == {
        text: where[0] for text, where in landed(read_review(demo, commented.path)).items()
    }
    assert len(review.comments) == 3
    assert len(review.unattached) == 1
    demo.reviews.apply([], [], review.comments)
    assert read_review(demo, commented.path).comments == ()  # the same comments, whichever copy came first
