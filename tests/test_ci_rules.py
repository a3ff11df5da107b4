"""On CI (CI=true) a skipped test fails with its reason; elsewhere it stays a skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SKIPPING = """
import pytest

def test_needs_a_tool() -> None:
    pytest.skip("frobnicator is not installed")

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_known_bug() -> None:
    raise AssertionError
"""

MODULE_SKIP = """
import pytest

pytest.importorskip("no_such_module_here", reason="the no_such_module_here tool is missing")
"""


def _run(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (folder / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # only the rules under test, not pytest-qt or hypothesis
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-rA", str(folder)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    (tmp_path / "test_skipping.py").write_text(SKIPPING)
    return tmp_path


def test_on_ci_a_skip_fails_and_names_what_is_missing(suite: Path) -> None:
    run = _run(suite, "true")
    assert run.returncode == 1, run.stdout
    assert "1 failed, 1 xfailed" in run.stdout  # an expected failure is no skip
    assert "skipped on CI, where nothing may skip: frobnicator is not installed" in run.stdout


def test_on_ci_a_file_skipped_at_import_stops_the_run(tmp_path: Path) -> None:
    (tmp_path / "test_module_skip.py").write_text(MODULE_SKIP)
    run = _run(tmp_path, "true")
    assert run.returncode == 2, run.stdout  # a collection error: pytest stops
    assert "skipped on CI, where nothing may skip: the no_such_module_here tool is missing" in run.stdout


@pytest.mark.parametrize("ci", [None, "false", ""])
def test_elsewhere_a_skip_stays_a_skip(suite: Path, ci: str | None) -> None:
    (suite / "test_module_skip.py").write_text(MODULE_SKIP)
    run = _run(suite, ci)
    assert run.returncode == 0, run.stdout
    assert "2 skipped, 1 xfailed" in run.stdout
