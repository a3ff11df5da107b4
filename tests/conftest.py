"""Shared fixtures: Qt offscreen, settings in a temporary folder, fresh and demo workspaces."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from action_planner.model.services import Services
from action_planner.model.workspace import Workspace


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
