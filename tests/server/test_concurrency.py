"""Several planners' processes writing one team workspace at once: no update is lost, every conflict is
reported, an edit racing a delete is refused in words, and a killed client loses nothing it committed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from action_planner.model.errors import ConflictError, NotFoundError
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 4
EDITS = int(os.environ.get("SERVER_EDITS", "200"))  # 800 edits of 3 rows: hundreds of conflicts

#: One planner's process: EDITS read-modify-write increments of a counter kept in an action's notes, the
#: action chosen in turn from three shared ones. Each edit says the value it was based on; a conflict is
#: counted and the edit retried on the fresh value, as a planner would after the dialog. The value carries
#: the client's name ("7/2"), so two clients never write the same text (which is not a conflict).
CLIENT = """
import json, sys
from action_planner.model.errors import BusyError, ConflictError
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

url, edits, ids, name = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
done = conflicts = busy = 0
with Workspace.open(url) as workspace:
    services = Services(workspace)
    for number in range(edits):
        action_id = ids[number % len(ids)]
        while True:
            seen = services.actions.get(action_id).notes
            try:
                count = int(seen.split("/")[0])
                services.actions.update(action_id, {"notes": seen}, notes=f"{count + 1}/{name}")
            except ConflictError:
                conflicts += 1
                continue
            except BusyError:
                busy += 1
                continue
            done += 1
            print(json.dumps({"committed": action_id}), flush=True)
            break
print(json.dumps({"done": done, "conflicts": conflicts, "busy": busy}), flush=True)
"""


def client(url: str, edits: int, ids: list[int], name: str = "1") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLIENT, url, str(edits), json.dumps(ids), name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def shared_actions(url: str) -> list[int]:
    with Workspace.open(url) as workspace:
        services = Services(workspace)
        plan = services.plans.list()[0]
        ids = [a.id for a in services.actions.list(plan.id)[:3]]
        for action_id in ids:
            services.actions.update(action_id, notes="0")
    return ids


def counters(url: str, ids: list[int]) -> dict[int, int]:
    with Workspace.open(url) as workspace:
        services = Services(workspace)
        return {action_id: int(services.actions.get(action_id).notes.split("/")[0]) for action_id in ids}


@pytest.mark.slow
def test_four_planners_editing_the_same_rows_lose_no_update(server_workspace: Callable[[str], str]) -> None:
    url = server_workspace("demo")
    ids = shared_actions(url)
    processes = [client(url, EDITS, ids, str(number)) for number in range(CLIENTS)]
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=900)
        assert process.returncode == 0, err[-2000:]
        reports.append(json.loads(out.splitlines()[-1]))
    committed = sum(r["done"] for r in reports)
    assert committed == CLIENTS * EDITS
    assert sum(counters(url, ids).values()) == committed, "every committed increment is in the stored counters"
    print(f"\n{CLIENTS} clients x {EDITS} edits: {sum(r['conflicts'] for r in reports)} conflicts reported and retried")


@pytest.mark.slow
def test_a_killed_planner_loses_nothing_it_committed(server_workspace: Callable[[str], str]) -> None:
    url = server_workspace("demo")
    ids = shared_actions(url)
    process = client(url, 100_000, ids)
    assert process.stdout is not None
    acknowledged: dict[int, int] = dict.fromkeys(ids, 0)
    for line in process.stdout:  # kill it once it has committed a few hundred edits, mid-edit
        acknowledged[json.loads(line)["committed"]] += 1
        if sum(acknowledged.values()) == 300:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    process.stdout.close()
    assert process.stderr is not None
    process.stderr.close()
    stored = counters(url, ids)
    for action_id in ids:  # the edit in flight at the kill may or may not have committed: never half
        assert stored[action_id] in (acknowledged[action_id], acknowledged[action_id] + 1)
    assert sum(stored.values()) - sum(acknowledged.values()) in (0, 1)


def test_an_edit_racing_a_delete_is_refused_in_words(server_workspace: Callable[[str], str]) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as mine, Workspace.open(url) as theirs:
        plan = Services(mine).plans.list()[0]
        action = Services(mine).actions.list(plan.id)[0]
        Services(theirs).actions.delete(action.id)
        with pytest.raises(NotFoundError, match="no longer exists"):
            Services(mine).actions.update(action.id, {"title": action.title}, title="Edited after the delete")


def test_a_stale_edit_names_all_three_values(server_workspace: Callable[[str], str]) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as mine, Workspace.open(url) as theirs:
        plan = Services(mine).plans.list()[0]
        action = Services(mine).actions.list(plan.id)[0]
        Services(theirs).actions.update(action.id, title="Theirs")
        with pytest.raises(ConflictError) as conflict:
            Services(mine).actions.update(action.id, {"title": action.title}, title="Mine")
        assert conflict.value.conflicts == (("title", action.title, "Theirs", "Mine"),)
        assert Services(theirs).actions.get(action.id).title == "Theirs"


def test_a_stale_edit_of_a_budget_line_or_a_kpi_is_refused_with_all_three_values(
    server_workspace: Callable[[str], str],
) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as mine, Workspace.open(url) as theirs:
        plan = Services(mine).plans.list()[0]
        action = next(a for a in Services(mine).actions.list(plan.id) if a.budget_lines and a.kpis)
        line, kpi = action.budget_lines[0], action.kpis[0]
        Services(theirs).budget.update(line.id, note="Their note")
        Services(theirs).kpis.update(kpi.id, target="999")
        with pytest.raises(ConflictError, match="a budget line of action") as conflict:
            Services(mine).budget.update(line.id, {"note": line.note}, note="My note")
        assert conflict.value.conflicts == (("note", line.note, "Their note", "My note"),)
        with pytest.raises(ConflictError, match="the KPI") as conflict:
            Services(mine).kpis.update(kpi.id, {"target": kpi.target}, target="5")
        assert [(field, original) for field, original, *_ in conflict.value.conflicts] == [("target", kpi.target)]
        assert conflict.value.conflicts[0][2] == Decimal("999")
        assert Services(mine).budget.lines(action.id)[0].note == "Their note"
        assert Services(mine).kpis.list(action.id)[0].target == Decimal("999")
        # based on what is stored now, the same edits go through; a field nobody else changed is no conflict
        Services(mine).budget.update(line.id, {"note": "Their note", "year": line.year}, note="My note")
        Services(mine).kpis.update(kpi.id, {"target": Decimal("999"), "baseline": kpi.baseline}, target="5")
        assert Services(theirs).kpis.list(action.id)[0].target == Decimal("5")


#: A facilitator's or co-planner's laptop casting dots on one action, as the board's Vote does.
VOTER = """
import sys
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

url, action_id, dots = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with Workspace.open(url) as workspace:
    services = Services(workspace)
    for number in range(dots):
        services.workshops.add_votes(action_id, 1, number % 2)
"""


def test_planners_voting_at_once_from_their_own_laptops_lose_no_vote(server_workspace: Callable[[str], str]) -> None:
    url = server_workspace("demo")
    action_id = shared_actions(url)[0]
    dots = 100
    voters = [
        subprocess.Popen([sys.executable, "-c", VOTER, url, str(action_id), str(dots)], cwd=ROOT) for _ in range(3)
    ]
    assert [voter.wait(timeout=900) for voter in voters] == [0, 0, 0]
    with Workspace.open(url) as workspace:
        action = Services(workspace).actions.get(action_id)
    assert (action.votes_for, action.votes_against) == (3 * dots, 3 * dots // 2)


def test_a_stale_edit_of_the_plan_details_is_refused_with_all_three_values(
    server_workspace: Callable[[str], str],
) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as mine, Workspace.open(url) as theirs:
        plan = Services(mine).plans.list()[0]
        Services(theirs).plans.update(plan.id, title="Their title")
        with pytest.raises(ConflictError, match="the plan") as conflict:
            Services(mine).plans.update(plan.id, {"title": plan.title}, title="My title")
        assert conflict.value.conflicts == (("title", plan.title, "Their title", "My title"),)
        assert Services(mine).plans.get(plan.id).title == "Their title"


def test_a_stale_change_of_the_players_is_refused(server_workspace: Callable[[str], str]) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as mine, Workspace.open(url) as theirs:
        plan = Services(mine).plans.list()[0]
        action = Services(mine).actions.list(plan.id)[0]
        shown = [(p.organisation, p.role) for p in action.players]
        Services(theirs).actions.set_players(action.id, [("Their chamber", "co-funder")])
        with pytest.raises(ConflictError, match="players"):
            Services(mine).actions.set_players(action.id, [("My agency", "lead")], shown)
        assert [(p.organisation, p.role) for p in Services(mine).actions.get(action.id).players] == [
            ("Their chamber", "co-funder")
        ]


def test_a_stale_rename_of_a_region_is_refused(server_workspace: Callable[[str], str]) -> None:
    url = server_workspace("demo")
    with Workspace.open(url) as mine, Workspace.open(url) as theirs:
        region = Services(mine).regions.list()[0]
        Services(theirs).regions.rename(region.id, "Their name")
        with pytest.raises(ConflictError, match=f"the region {region.code}"):
            Services(mine).regions.rename(region.id, "My name", region.name)
        assert Services(mine).regions.get(region.id).name == "Their name"
        Services(mine).regions.rename(region.id, "My name", "Their name")  # based on what is stored: taken
