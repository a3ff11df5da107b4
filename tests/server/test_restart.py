"""A team workspace's server restarted under its planners: nothing committed is lost (an immediate stop,
as a crash, while a client commits), and a client that meets a stopped server is refused in words and
goes on once the server is back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from action_planner.model.errors import ServerUnreachableError
from action_planner.model.services import Services
from action_planner.model.transfer import copy_workspace
from action_planner.model.workspace import Workspace

if TYPE_CHECKING:
    from tests.conftest import Cluster

ROOT = Path(__file__).resolve().parents[2]

#: A planner's process that retitles one action "edit N" for N = 1, 2, … and prints N after each commit,
#: until the server goes away; then it says how its last edit was refused.
CLIENT = """
import json, sys
from action_planner.model.errors import ServerUnreachableError
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

url, action_id = sys.argv[1], int(sys.argv[2])
with Workspace.open(url) as workspace:
    services = Services(workspace)
    number = 0
    while True:
        number += 1
        try:
            services.actions.update(action_id, title=f"edit {number}")
        except ServerUnreachableError as refused:
            print(json.dumps({"refused": str(refused)}), flush=True)
            break
        print(json.dumps({"committed": number}), flush=True)
"""


@pytest.fixture
def team_url(own_cluster: Cluster, demo_template: Path) -> str:
    from tests.conftest import ServerDatabases

    databases = ServerDatabases(own_cluster.admin)
    url = databases.new()
    with Workspace.open_for_reading(demo_template) as source:
        copy_workspace(source, url)
    return url


def first_action(url: str) -> int:
    with Workspace.open(url) as workspace:
        services = Services(workspace)
        return services.actions.list(services.plans.list()[0].id)[0].id


def test_a_server_stopped_at_once_while_a_client_commits_loses_nothing_committed(
    own_cluster: Cluster, team_url: str
) -> None:
    action_id = first_action(team_url)
    with subprocess.Popen(
        [sys.executable, "-c", CLIENT, team_url, str(action_id)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as planner:
        assert planner.stdout is not None
        committed = 0
        for line in planner.stdout:  # let it commit a while, then stop the server as a crash would
            committed = json.loads(line)["committed"]
            if committed == 40:
                own_cluster.stop("immediate")
                break
        said = [json.loads(line) for line in planner.stdout]
        assert planner.wait() == 0
    committed = max([committed, *(entry["committed"] for entry in said if "committed" in entry)])
    assert "could not be reached" in said[-1]["refused"]

    own_cluster.start()
    with Workspace.open(team_url) as workspace:
        stored = Services(workspace).actions.get(action_id).title
    # Every edit reported as committed is there; the one in flight at the stop may be there or not.
    assert stored in {f"edit {committed}", f"edit {committed + 1}"}


def test_an_open_workspace_refuses_writes_in_words_while_its_server_is_down_and_goes_on_after(
    own_cluster: Cluster, team_url: str
) -> None:
    action_id = first_action(team_url)
    with Workspace.open(team_url) as workspace:
        services = Services(workspace)
        services.actions.update(action_id, title="Before the stop")
        own_cluster.stop()
        with pytest.raises(ServerUnreachableError, match="could not be reached"):
            services.actions.update(action_id, title="While it is down")
        with pytest.raises(ServerUnreachableError):
            services.actions.get(action_id)
        assert not workspace.reachable
        own_cluster.start()
        assert services.actions.get(action_id).title == "Before the stop"
        services.actions.update(action_id, title="After the restart")
        assert workspace.reachable
    with Workspace.open(team_url) as workspace:
        assert Services(workspace).actions.get(action_id).title == "After the restart"
