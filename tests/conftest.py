"""Shared fixtures and rules: Qt offscreen, fresh and demo workspaces, and no skip on CI."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest

# Qt's offscreen platform, on a laptop's 1366×768 screen (its default, 800×600, squeezes the main window).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-laptop.json')}"

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


#: The test that re-runs the model's tests where Qt cannot be imported (tests/model/test_headless.py).
HEADLESS_TEST = "test_model_tests_pass_with_pyside6_not_importable"
MODEL_TESTS = Path(__file__).with_name("model")


LEFT_TO_HEADLESS = pytest.StashKey[int]()


def runs_headless(item: pytest.Item) -> bool:
    """A model test that the Qt-free run covers: under tests/model, neither ``slow`` nor ``not_headless``."""
    return (
        MODEL_TESTS in item.path.parents
        and item.get_closest_marker("slow") is None
        and item.get_closest_marker("not_headless") is None
    )


def _deselect(config: pytest.Config, items: list[pytest.Item], left_out: list[pytest.Item]) -> None:
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        gone = set(left_out)
        items[:] = [item for item in items if item not in gone]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The headless re-run leaves out the tests marked ``not_headless`` (deselected, not skipped). A run that
    includes the headless test runs the model's tests once, there, rather than twice (they are Qt-free: the
    run without Qt is the stricter of the two); a run without it (``pytest tests/model/test_services.py``)
    runs them here. The slow tests go first (the headless run among them)."""
    if HEADLESS_RUN:
        _deselect(config, items, [item for item in items if item.get_closest_marker("not_headless")])
        return
    if any(item.name == HEADLESS_TEST for item in items):
        left = [item for item in items if runs_headless(item)]
        config.stash[LEFT_TO_HEADLESS] = len(left)
        _deselect(config, items, left)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable: otherwise in file order


@pytest.fixture
def left_to_headless(request: pytest.FixtureRequest) -> int:
    """How many model tests this run left to the headless run (0 when it runs them itself)."""
    return request.config.stash.get(LEFT_TO_HEADLESS, 0)


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


# -- a PostgreSQL server for the team-workspace tests -------------------------------------------------

#: The admin URL of a throw-away PostgreSQL cluster (``.ci/run`` starts one and sets it). Without it, the
#: tests start their own cluster with Debian's ``initdb`` when it is installed (and, off CI, skip if not).
SERVER_ENV = "ACTION_PLANNER_TEST_SERVER"


def _postgres_tool(name: str) -> Path | None:
    found = shutil.which(name)
    if found:
        return Path(found)
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3]))
    return versions[-1] if versions else None


class Cluster:
    """A PostgreSQL cluster of the tests' own (Debian's ``initdb`` and ``pg_ctl``) on a Unix socket, which a
    test may stop and start again as an administrator restarts a server."""

    def __init__(self) -> None:
        initdb, pg_ctl = _postgres_tool("initdb"), _postgres_tool("pg_ctl")
        if initdb is None or pg_ctl is None:
            pytest.skip(f"no PostgreSQL server: install postgresql, or set {SERVER_ENV}")
        if os.geteuid() == 0:
            pytest.skip("PostgreSQL refuses to run as root: run the tests as a user")
        self.pg_ctl = pg_ctl
        self.folder = Path(tempfile.mkdtemp(prefix="ap-pg-"))  # short: a socket's path is limited to 107 bytes
        self.data = self.folder / "data"
        subprocess.run(
            [initdb, "-D", self.data, "-A", "trust", "-U", "planner_admin", "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
        )
        self.admin = f"postgresql://planner_admin@/postgres?host={self.folder}"
        self.start()

    def start(self) -> None:
        options = f"-c listen_addresses='' -k {self.folder} -c fsync=off"
        subprocess.run(
            [self.pg_ctl, "-D", self.data, "-o", options, "-l", self.folder / "log", "-w", "start"],
            check=True,
            capture_output=True,
        )

    def stop(self, mode: str = "fast") -> None:
        subprocess.run([self.pg_ctl, "-D", self.data, "-m", mode, "-w", "stop"], check=True, capture_output=True)

    def remove(self) -> None:
        subprocess.run(
            [self.pg_ctl, "-D", self.data, "-m", "immediate", "-w", "stop"], check=False, capture_output=True
        )
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def server_admin() -> Iterator[str]:
    """A superuser URL of a PostgreSQL cluster that only the tests use."""
    given = os.environ.get(SERVER_ENV)
    if given:
        yield given
        return
    cluster = Cluster()
    try:
        yield cluster.admin
    finally:
        cluster.remove()


@pytest.fixture
def own_cluster() -> Iterator[Cluster]:
    """A cluster of this test's own, to stop and start (the shared one serves every other test)."""
    cluster = Cluster()
    try:
        yield cluster
    finally:
        cluster.remove()


_database_numbers = itertools.count(1)


class ServerDatabases:
    """Creates throw-away databases on the test cluster (from a template when given) and drops them all."""

    def __init__(self, admin: str) -> None:
        self.admin = admin
        self.made: list[str] = []

    def _execute(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.admin, autocommit=True) as connection:
            connection.execute(statement)  # names are made here, never typed in

    def url(self, name: str) -> str:
        head, _, query = self.admin.partition("?")
        return f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")

    def new(self, template: str | None = None) -> str:
        name = f"ap_test_{os.getpid()}_{next(_database_numbers)}"
        self._execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        self.made.append(name)
        return self.url(name)

    def drop_all(self) -> None:
        for name in reversed(self.made):
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.made.clear()


def _name(url: str) -> str:
    return url.partition("?")[0].rsplit("/", 1)[1]


@pytest.fixture(scope="session")
def server_templates(server_admin: str, empty_template: Path, demo_template: Path) -> Iterator[dict[str, str]]:
    """The empty and the demo workspace copied once onto the server, as templates for each test's database."""
    from action_planner.model.transfer import copy_workspace

    databases = ServerDatabases(server_admin)
    templates = {}
    for kind, path in (("empty", empty_template), ("demo", demo_template)):
        url = databases.new()
        with Workspace.open_for_reading(path) as source:
            copy_workspace(source, url)
        templates[kind] = _name(url)
    yield templates
    databases.drop_all()


@pytest.fixture
def server_databases(server_admin: str) -> Iterator[ServerDatabases]:
    databases = ServerDatabases(server_admin)
    yield databases
    databases.drop_all()


@pytest.fixture
def server_workspace(server_databases: ServerDatabases, server_templates: dict[str, str]) -> Callable[[str], str]:
    """Make a private server database holding the "empty" or "demo" workspace; returns its URL."""
    return lambda kind: server_databases.new(template=server_templates[kind])


@pytest.fixture(params=["file", "server"])
def backend(request: pytest.FixtureRequest) -> str:
    """Run a test on a workspace file and on a team workspace on PostgreSQL."""
    return str(request.param)


def _open_on(backend: str, kind: str, request: pytest.FixtureRequest, path: Path) -> Workspace:
    if backend == "server":
        make: Callable[[str], str] = request.getfixturevalue("server_workspace")
        return Workspace.open(make(kind))
    return Workspace.open(path)


@pytest.fixture
def workspace(empty_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace with the catalogue seeded and nothing else."""
    target = tmp_path / "work.actionplan"
    shutil.copyfile(empty_template, target)
    opened = Workspace.open(target)
    yield opened
    opened.close()


@pytest.fixture
def services(backend: str, request: pytest.FixtureRequest, empty_template: Path, tmp_path: Path) -> Iterator[Services]:
    """The services of a new workspace (catalogue only), as a file and on the server."""
    target = tmp_path / "work.actionplan"
    shutil.copyfile(empty_template, target)
    opened = _open_on(backend, "empty", request, target)
    yield Services(opened)
    opened.close()


@pytest.fixture
def demo(backend: str, request: pytest.FixtureRequest, demo_path: Path) -> Iterator[Services]:
    """The services of the demo workspace, as a file and on the server."""
    opened = _open_on(backend, "demo", request, demo_path)
    yield Services(opened)
    opened.close()
