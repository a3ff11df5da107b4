"""The model and exporters work where Qt cannot be imported at all (a server, a CI box, a script)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BLOCKER = """
import sys

class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pytestqt"):
            raise ImportError(f"{name} is blocked for this headless test run")
        return None

sys.meta_path.insert(0, _NoQt())
"""

INI = """
[pytest]
addopts = --import-mode=importlib -p no:cacheprovider -p pytest_timeout
timeout = 360
filterwarnings = error
markers =
    slow: long test
    libreoffice: needs LibreOffice
    not_headless: left out of this run
    soak: the long tier of the kill soaks
"""


@pytest.mark.slow
@pytest.mark.not_headless  # it is the headless run
def test_model_tests_pass_with_pyside6_not_importable(tmp_path: Path, left_to_headless: int) -> None:
    """The model's tests, run where PySide6 cannot be imported. When this test is in the run, the main run leaves
    those tests to it (``tests/conftest.py``, ``runs_headless``): each runs once, here, and a failure shows below
    with the child run's report."""
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    (tmp_path / "pytest.ini").write_text(INI)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "ACTION_PLANNER_HEADLESS_RUN": "1",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",  # pytest-qt would import Qt at start-up
    }
    check = subprocess.run(
        [sys.executable, "-c", "import PySide6"], env=env, capture_output=True, text=True, check=False
    )
    assert check.returncode != 0
    assert "blocked" in check.stderr
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(tmp_path / "pytest.ini"),
            "--rootdir",
            str(ROOT),
            "-q",
            "-ra",
            # the slow model tests (the kill soaks, the wheel build) import no Qt themselves and stay in
            # the main run, beside the rest; conftest's runs_headless() is this selection
            "-m",
            "not slow",
            str(ROOT / "tests" / "model"),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    ran = sum(int(n) for n in re.findall(r"(\d+) (?:passed|skipped)", run.stdout))  # a skip off CI: root, no soffice
    assert " passed" in run.stdout, run.stdout[-4000:]
    assert ran >= max(left_to_headless, 1), "the main run left more tests to this run than it ran"


def test_importing_the_model_and_exporters_loads_no_qt() -> None:
    code = (
        "import sys, action_planner.model.services, action_planner.model.demo, action_planner.cli\n"
        "import pkgutil, importlib, action_planner.export\n"
        "for m in pkgutil.walk_packages(action_planner.export.__path__, 'action_planner.export.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
