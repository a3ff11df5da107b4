"""Safe writing: a temporary file beside the target, renamed only on success; clear errors; nothing half-written."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportCancelled, ExportError, ExportRequest
from action_planner.export.safe_write import atomic_output, leftover_temps
from action_planner.model.services import Services

FORMATS = ("docx", "xlsx", "pdf")


def test_success_replaces_the_target_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    with atomic_output(target) as temp:
        assert temp.parent == tmp_path
        assert temp != target
        temp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # untouched until the end
    assert target.read_bytes() == b"new"
    assert leftover_temps(tmp_path) == []


def test_the_new_file_honours_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with atomic_output(tmp_path / "plan.pdf") as temp:
            temp.write_bytes(b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "plan.pdf").stat().st_mode) == 0o644


def test_a_failure_keeps_the_existing_file_and_removes_the_temp(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"precious")

    def half_written() -> None:
        with atomic_output(target) as temp:
            temp.write_bytes(b"half")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        half_written()
    assert target.read_bytes() == b"precious"
    assert leftover_temps(tmp_path) == []


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "plan.docx"
    with pytest.raises(ExportError, match="does not exist") as caught, atomic_output(target):
        pytest.fail("must not get here")
    assert str(target) in str(caught.value)


def test_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plan.docx").mkdir()
    with pytest.raises(ExportError, match="folder; choose a file name"), atomic_output(tmp_path / "plan.docx"):
        pytest.fail("must not get here")


@pytest.fixture
def read_only(tmp_path: Path) -> Any:
    """Make a path read-only for the test; restore write permission afterwards so pytest can clean up."""
    made: list[Path] = []

    def make(path: Path) -> Path:
        path.chmod(0o555 if path.is_dir() else 0o444)
        made.append(path)
        return path

    yield make
    for path in made:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_read_only_folder(tmp_path: Path, read_only: Any) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(b"precious")
    read_only(folder)
    with pytest.raises(ExportError, match="read-only") as caught, atomic_output(folder / "plan.pdf"):
        pytest.fail("must not get here")
    assert "plan.pdf" in str(caught.value)
    assert (folder / "plan.pdf").read_bytes() == b"precious"
    assert leftover_temps(folder) == []


def test_read_only_file_is_left_intact(tmp_path: Path, read_only: Any) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"precious")
    read_only(target)
    with pytest.raises(ExportError, match="read-only"), atomic_output(target):
        pytest.fail("must not get here")
    assert target.read_bytes() == b"precious"


def test_a_locked_file_refusing_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"precious")

    def refuse(*_: object) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="locked or read-only"), atomic_output(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"precious"
    assert leftover_temps(tmp_path) == []


def test_a_full_disk_while_writing(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    with pytest.raises(ExportError, match="could not be written"), atomic_output(target):
        raise OSError(28, "No space left on device")
    assert not target.exists()
    assert leftover_temps(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_exporters_report_a_missing_folder(demo: Services, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "missing" / f"plan.{fmt}"
    with pytest.raises(ExportError, match="does not exist"):
        EXPORTERS[fmt]().export(demo, ExportRequest((), target))


@pytest.mark.parametrize("fmt", FORMATS)
def test_exporters_into_a_read_only_folder_keep_the_old_file(
    demo: Services, tmp_path: Path, read_only: Any, fmt: str
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / f"plan.{fmt}").write_bytes(b"precious")
    read_only(folder)
    with pytest.raises(ExportError, match="read-only"):
        EXPORTERS[fmt]().export(demo, ExportRequest((), folder / f"plan.{fmt}"))
    assert (folder / f"plan.{fmt}").read_bytes() == b"precious"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("at_step", [1, 3, -1])
def test_a_cancelled_export_leaves_nothing_behind(demo: Services, tmp_path: Path, fmt: str, at_step: int) -> None:
    """Cancel at the first check, in the middle, or just before the rename: the old file survives, no temp is left."""
    target = tmp_path / f"plan.{fmt}"
    target.write_bytes(b"precious")
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        if at_step == -1:
            return bool(seen) and seen[-1][0] == seen[-1][1] - 1
        return len(seen) >= at_step - 1

    with pytest.raises(ExportCancelled):
        EXPORTERS[fmt]().export(demo, ExportRequest((), target), lambda d, t: seen.append((d, t)), cancelled)
    assert target.read_bytes() == b"precious"
    assert leftover_temps(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.actionplan")) == [f"plan.{fmt}"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_progress_runs_to_the_end(demo: Services, tmp_path: Path, fmt: str) -> None:
    seen: list[tuple[int, int]] = []
    EXPORTERS[fmt]().export(demo, ExportRequest((), tmp_path / f"plan.{fmt}"), lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert len(seen) > 6
    assert seen[-1][0] == seen[-1][1]


def test_a_killed_exports_leftover_is_cleared_by_the_next_export(tmp_path: Path) -> None:
    import os
    import time

    from action_planner.export.safe_write import STALE_AFTER_S, atomic_output, leftover_temps

    target = tmp_path / "plan.xlsx"
    stale = tmp_path / ".plan.xlsx.0badf00d.part"
    fresh = tmp_path / ".plan.xlsx.0c0ffee0.part"  # maybe another export still writing
    other = tmp_path / ".other.xlsx.12345678.part"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"half")
    old = time.time() - STALE_AFTER_S - 5
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    with atomic_output(target) as temp:
        temp.write_bytes(b"complete")
    assert target.read_bytes() == b"complete"
    assert leftover_temps(tmp_path) == [other, fresh]
