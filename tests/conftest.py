"""Shared fixtures and rules: Qt offscreen, fresh and demo workspaces, and no skip on CI."""

from __future__ import annotations

import os
import shutil
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

#: Set by CI (``.ci/run`` runs the tests with CI=true): there, a skipped test is a failure.
ON_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
#: Set in the Qt-free re-run of the model tests (test_headless.py).
HEADLESS_RUN = bool(os.environ.get("ACTION_PLANNER_HEADLESS_RUN"))


def _no_skip_on_ci(report: pytest.CollectReport | pytest.TestReport) -> None:
    """On CI, turn a skip into a failure that names what was missing: CI must test what it claims to."""
    if not (ON_CI and report.skipped) or hasattr(report, "wasxfail"):
        return
    longrepr = report.longrepr
    reason = (longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)).removeprefix("Skipped: ")
    report.outcome = "failed"
    report.longrepr = (
        f"skipped on CI, where nothing may skip: {reason}\n"
        "Install the missing tool in .ci/run (it runs the tests with CI=true), or fix the test."
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    _no_skip_on_ci(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    report = yield  # a module-level importorskip skips a whole file at collection
    _no_skip_on_ci(report)
    return report


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The headless re-run leaves out the tests marked ``not_headless`` (deselected, not skipped)."""
    if not HEADLESS_RUN:
        return
    left_out = [item for item in items if item.get_closest_marker("not_headless")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("not_headless")]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once per test run; copy it before changing it."""
    from action_planner.model.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.actionplan")


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workspace."""
    target = tmp_path / "demo.actionplan"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.actionplan"
    Workspace.create(path).close()
    return path


@pytest.fixture
def workspace(empty_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace with the catalogue seeded and nothing else."""
    target = tmp_path / "work.actionplan"
    shutil.copyfile(empty_template, target)
    opened = Workspace.open(target)
    yield opened
    opened.close()


@pytest.fixture
def services(workspace: Workspace) -> Services:
    return Services(workspace)


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Services]:
    opened = Workspace.open(demo_path)
    yield Services(opened)
    opened.close()
