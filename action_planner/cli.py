"""Command line: the same services as the window, headless (demo, info, export, catalogue, review)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from action_planner import __version__


def _workspace(text: str) -> Any:
    """A workspace argument: a file's path, or a team workspace's ``postgresql://`` URL."""
    from action_planner.model.address import ServerAddress, is_server_url

    if is_server_url(text):
        try:
            return ServerAddress.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return Path(text)


WORKSPACE_HELP = "a .actionplan file, or a team workspace's postgresql://user@host/database URL"


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``only``, just that command's arguments (``--help`` lists every command, and the
    app's start does not build the other nine before its window paints)."""
    parser = argparse.ArgumentParser(
        prog="action-planner",
        description="Plan regional SME internationalisation actions. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if only is None or name == only:
            add(commands)
    return parser


def _demo_command(commands: Any) -> None:
    demo = commands.add_parser("demo", help="write a demo workspace of the six Compete-In regions")
    demo.add_argument("path", type=Path, help="new .actionplan file to create")
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")


def _info_command(commands: Any) -> None:
    info = commands.add_parser("info", help="report a workspace's regions, plans and totals")
    info.add_argument("path", type=_workspace, help=WORKSPACE_HELP)
    info.add_argument("--json", action="store_true", help="print one JSON object")


def _new_command(commands: Any) -> None:
    new = commands.add_parser("new", help="create an empty workspace with the catalogue")
    new.add_argument("path", type=_workspace, help=WORKSPACE_HELP)
    new.add_argument("--reporting-currency", default="EUR", metavar="CODE")


def _export_command(commands: Any) -> None:
    from action_planner.export.registry import NAMES

    export = commands.add_parser("export", help="export plans to Word, Excel or PDF")
    export.add_argument("path", type=_workspace, help=WORKSPACE_HELP)
    export.add_argument("--format", required=True, choices=NAMES)
    export.add_argument("--output", required=True, type=Path)
    export.add_argument("--region", metavar="CODE", help="only this region's plans")
    export.add_argument("--toc", action="store_true", help="Word: begin with a table of contents")


def _catalogue_command(commands: Any) -> None:
    catalogue = commands.add_parser("catalogue", help="import or export the intervention catalogue (CSV or XLSX)")
    catalogue.add_argument("action", choices=("import", "export"))
    catalogue.add_argument("path", type=_workspace, help=WORKSPACE_HELP)
    catalogue.add_argument("file", type=Path, help=".csv or .xlsx file")


def _copy_command(commands: Any) -> None:
    copy = commands.add_parser(
        "copy", help="copy a workspace between a file and a server, with every row and id (prints its fingerprint)"
    )
    copy.add_argument("source", type=_workspace, help=WORKSPACE_HELP)
    copy.add_argument("destination", type=_workspace, help="a new .actionplan file, or an empty server database")


def _team_command(commands: Any) -> None:
    team = commands.add_parser("team", help="list or change who may read or edit a team workspace on a server")
    team.add_argument("path", type=_workspace, help="the team workspace's postgresql:// URL")
    team.add_argument("--grant", metavar="LOGIN", help="give this server login access")
    team.add_argument("--as", dest="role", choices=("viewer", "editor"), default="editor")
    team.add_argument(
        "--region",
        dest="regions",
        metavar="CODE",
        action="append",
        help="limit the editor to this region's plans (row-level security); repeat for several",
    )


def _upgrade_command(commands: Any) -> None:
    upgrade = commands.add_parser("upgrade", help="upgrade a team workspace on a server to this version's format")
    upgrade.add_argument("path", type=_workspace, help="the team workspace's postgresql:// URL")
    upgrade.add_argument("--yes", action="store_true", help="confirm: every planner of the workspace is affected")


def _review_command(commands: Any) -> None:
    """``review export``, ``review import`` and ``review close``: a partner's review round trip."""
    review = commands.add_parser("review", help="send plans to a partner for review, and import what comes back")
    steps = review.add_subparsers(dest="step", metavar="STEP", required=True)
    send = steps.add_parser("export", help="write a review workbook and record the review round")
    send.add_argument("path", type=_workspace, help=WORKSPACE_HELP)
    send.add_argument("--output", required=True, type=Path, metavar="FILE.xlsx")
    send.add_argument("--region", metavar="CODE", help="only this region's plans")
    send.add_argument("--reviewer", default="", metavar="NAME", help="who the workbook goes to")
    back = steps.add_parser("import", help="compare returned workbooks with what was sent (a dry run by default)")
    back.add_argument("path", type=_workspace, help=WORKSPACE_HELP)
    back.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="returned .xlsx workbooks, or Word exports with comments"
    )
    back.add_argument("--json", action="store_true", help="print one JSON object")
    back.add_argument(
        "--accept-all",
        action="store_true",
        help="apply every proposed change and new row, and keep the comments (removals are only listed)",
    )

    close = steps.add_parser("close", help="close a review round: its workbooks are refused from then on")
    close.add_argument("path", type=_workspace, help=WORKSPACE_HELP)
    close.add_argument("round", type=int, help="the round number (review export prints it)")


def _open_command(commands: Any) -> None:
    app = commands.add_parser("open", help="start the desktop app on a workspace (same as giving just the path)")
    app.add_argument("path", type=Path, nargs="?")
    app.add_argument("--demo", action="store_true", help="open a fresh demo workspace")


#: Every command, in the order ``--help`` lists them.
_COMMANDS: dict[str, Callable[[Any], None]] = {
    "demo": _demo_command,
    "info": _info_command,
    "new": _new_command,
    "export": _export_command,
    "catalogue": _catalogue_command,
    "copy": _copy_command,
    "team": _team_command,
    "upgrade": _upgrade_command,
    "review": _review_command,
    "open": _open_command,
}


def _opened(args: list[str]) -> argparse.Namespace | None:
    """``open FILE``, how a desktop or a file manager starts the app, read as the parser would read it without
    building one: the parser and its messages' translations cost 5 ms before the window's first paint.
    None for anything else (an option, no path, or a path the parser would take for an option)."""
    if len(args) == 2 and args[0] == "open" and args[1] and not args[1].startswith("-"):
        return argparse.Namespace(command="open", path=Path(args[1]), demo=False)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in {*_COMMANDS, "-h", "--help", "--version"}:
        args_list.insert(0, "open")
    args = _opened(args_list) or _parser(args_list[0] if args_list[0] in _COMMANDS else None).parse_args(args_list)
    from action_planner.model.errors import ActionPlannerError

    try:
        handler = {
            "demo": _demo,
            "info": _info,
            "new": _new,
            "export": _export,
            "catalogue": _catalogue,
            "copy": _copy,
            "upgrade": _upgrade,
            "team": _team,
            "review": _review,
            "open": _open,
        }[args.command]
        return handler(args)
    except ActionPlannerError as exc:
        from action_planner.cli_messages import refusal_text

        print(f"action-planner: {refusal_text(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `action-planner info x | head`: the reader left, which is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _demo(args: argparse.Namespace) -> int:
    from action_planner.model.demo import build_demo

    path: Path = args.path
    if path.exists() and args.force:
        path.unlink()
    written = build_demo(path)
    print(f"Demo workspace written to {written}")
    return 0


def _new(args: argparse.Namespace) -> int:
    from action_planner.model.workspace import Workspace

    with Workspace.create(args.path, reporting_currency=args.reporting_currency.upper()) as workspace:
        print(f"New workspace written to {workspace.path}")
    return 0


def _copy(args: argparse.Namespace) -> int:
    from action_planner.model.transfer import copy_workspace, fingerprint
    from action_planner.model.workspace import Workspace

    with Workspace.open_for_reading(args.source) as source:
        written = copy_workspace(source, args.destination)
        before = fingerprint(source)
    with Workspace.open_for_reading(written) as copy:
        after = fingerprint(copy)
    if after != before:  # a copy that differs is a bug: say so rather than leave it unseen
        print(
            f"action-planner: the copy at {written} differs from {args.source} (fingerprints differ).", file=sys.stderr
        )
        return 1
    print(f"Copied to {written}\nFingerprint {after}")
    return 0


def _team(args: argparse.Namespace) -> int:
    from action_planner.model.address import ServerAddress
    from action_planner.model.server import ServerWorkspace
    from action_planner.model.team import grant, members

    if not isinstance(args.path, ServerAddress):
        print("action-planner: a workspace file has no team; upload it to a server first (copy).", file=sys.stderr)
        return 2
    with ServerWorkspace.open_server(args.path) as workspace:
        if args.grant:
            grant(workspace, args.grant, args.role, args.regions)
            limit = f" for {', '.join(sorted(set(args.regions)))}" if args.regions else ""
            print(f"{args.grant} is now {args.role} of {workspace.path}{limit}.")
        for member in members(workspace):
            regions = f"  (changes {', '.join(member.regions)} only)" if member.regions else ""
            print(f"{member.role:<7} {member.login}{regions}")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from action_planner.model.address import ServerAddress
    from action_planner.model.server import ServerWorkspace

    if not isinstance(args.path, ServerAddress):
        print(
            "action-planner: a workspace file is upgraded when it is opened; upgrade takes a server URL.",
            file=sys.stderr,
        )
        return 2
    if not args.yes:
        print(
            f"action-planner: upgrading {args.path} changes it for every planner. Keep a dump first "
            f"(pg_dump -Fc -f before-upgrade.dump '{args.path}'), then run again with --yes.",
            file=sys.stderr,
        )
        return 2
    with ServerWorkspace.open_server(args.path, upgrade=True) as workspace:
        print(f"{workspace.path} is in the current format.")
    return 0


#: Plans whose reports ``info`` reads in one transaction (bounded memory, few round trips).
INFO_BATCH = 50


def info_document(path: Any) -> dict[str, Any]:
    """The ``info --json`` object: catalogue counts, and per region and plan the totals as decimal strings."""
    from action_planner.model.money import money_str
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    with Workspace.open_for_reading(path) as workspace:  # works beside another window writing
        services = Services(workspace)
        summary = services.reports.summary()
        ids = [p.id for region in summary.regions for p in region.plans]
        reports = {}  # read in batches across regions: one read per region cost a transaction per plan
        for start in range(0, len(ids), INFO_BATCH):
            reports.update({r.plan.id: r for r in services.reports.plan_reports(ids[start : start + INFO_BATCH])})
        regions = []
        for region in summary.regions:
            plans = []
            for report in (reports[p.id] for p in region.plans):
                plan, totals, actions = report.plan, report.totals, report.actions
                in_plan, reporting = totals.plan, totals.reporting
                plans.append(
                    {
                        "id": plan.id,
                        "title": plan.title,
                        "status": plan.status.value,
                        "currency": plan.currency,
                        "total": money_str(in_plan.total, plan.currency) if in_plan else None,
                        "total_reporting": money_str(reporting.total, reporting.currency) if reporting else None,
                        "by_theme": {k: money_str(v, plan.currency) for k, v in in_plan.by_theme.items()}
                        if in_plan
                        else {},
                        "by_funding_source": (
                            {k: money_str(v, plan.currency) for k, v in in_plan.by_source.items()} if in_plan else {}
                        ),
                        "by_year": {str(k): money_str(v, plan.currency) for k, v in in_plan.by_year.items()}
                        if in_plan
                        else {},
                        "problem": totals.problem or None,
                        "actions": [
                            {
                                "number": a.number,
                                "title": a.title,
                                "theme": a.theme,
                                "total": money_str(a.total, plan.currency) if a.total is not None else None,
                                "budget_lines": len(a.budget_lines),
                                "kpis": len(a.kpis),
                            }
                            for a in actions
                        ],
                    }
                )
            regions.append({"code": region.region.code, "name": region.region.name, "plans": plans})
        return {
            "path": str(workspace.path),
            "reporting_currency": summary.reporting_currency,
            "catalogue": {
                "interventions": sum(summary.interventions_by_theme.values()),
                "by_theme": {summary.theme_names[k]: v for k, v in summary.interventions_by_theme.items()},
                "indicators": len(services.catalogue.indicators()),
            },
            "regions": regions,
        }


def _info(args: argparse.Namespace) -> int:
    document = info_document(args.path)
    if args.json:
        import json

        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"Workspace: {document['path']}")
    print(f"Reporting currency: {document['reporting_currency']}")
    catalogue = document["catalogue"]
    themes = ", ".join(f"{name} {count}" for name, count in catalogue["by_theme"].items())
    print(f"Catalogue: {catalogue['interventions']} interventions ({themes}); {catalogue['indicators']} indicators")
    for region in document["regions"]:
        print(f"\n{region['name']} ({region['code']})")
        for plan in region["plans"]:
            reporting = (
                f" = {plan['total_reporting']} {document['reporting_currency']}" if plan["total_reporting"] else ""
            )
            print(f"  {plan['title']}: {len(plan['actions'])} actions, {plan['total']} {plan['currency']}{reporting}")
            for action in plan["actions"]:
                amount = f"{action['total']} {plan['currency']}"
                print(f"    {action['number']:>2}. {action['title']} [{action['theme']}] {amount}")
            if plan["problem"]:
                print(f"  ! {plan['problem']}")
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        from action_planner.export.run import export_workspace
    except ImportError:
        print("action-planner: exporting is not available in this version yet.", file=sys.stderr)
        return 3
    if args.toc and args.format != "docx":
        print("action-planner: --toc is for Word exports (--format docx).", file=sys.stderr)
        return 2
    written = export_workspace(args.path, args.format, args.output, region=args.region, table_of_contents=args.toc)
    print(f"Exported to {written}")
    return 0


def _catalogue(args: argparse.Namespace) -> int:
    from action_planner.export.catalogue_files import export_catalogue, import_catalogue
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    opener = Workspace.open_for_reading if args.action == "export" else Workspace.open
    with opener(args.path) as workspace:
        services = Services(workspace)
        if args.action == "export":
            written = export_catalogue(services, args.file)
            print(f"Catalogue written to {written}")
        else:
            report = import_catalogue(services, args.file)
            print(
                f"Imported {report.interventions_added} new and {report.interventions_updated} updated interventions, "
                f"{report.indicators_added} new and {report.indicators_updated} updated indicators."
            )
    return 0


def _review_plans(services: Any, region: str | None) -> list[int]:
    from action_planner.model.errors import ActionPlannerError

    regions = services.regions.list()
    if region is not None:
        wanted = region.strip().upper()
        regions = [r for r in regions if r.code.upper() == wanted]
        if not regions:
            codes = ", ".join(r.code for r in services.regions.list()) or "none"
            raise ActionPlannerError(f"The workspace has no region “{region}” (its regions are: {codes}).")
    plan_ids = [p.id for r in regions for p in services.plans.list(r.id)]
    if not plan_ids:
        raise ActionPlannerError("There are no plans to send for review.")
    return plan_ids


def _review(args: argparse.Namespace) -> int:
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    with Workspace.open(args.path) as workspace:  # both steps record something: the round, the decisions
        services = Services(workspace)
        if args.step == "export":
            from action_planner.export.review_workbook import export_review

            done = export_review(services, _review_plans(services, args.region), args.output, reviewer=args.reviewer)
            print(f"Review round {done.round.id}: {done.rows} rows written to {done.path}")
            return 0
        if args.step == "close":
            services.reviews.round(args.round)  # a round this workspace never sent is named as such
            services.reviews.close_round(args.round)
            print(f"Review round {args.round} is closed.")
            return 0
        return _review_import(services, args)


def _review_import(services: Any, args: argparse.Namespace) -> int:
    import json

    from action_planner.export.review_import import all_comments, differences_json, merge, read_review
    from action_planner.model.errors import ActionPlannerError

    files = [read_review(services, path) for path in args.files]
    merged = merge(files)
    document = differences_json(files)
    applied = None
    if args.accept_all:
        conflicts = [d for d in merged if d.conflict]
        if conflicts:
            where = ", ".join(f"{d.reviewer} ({d.where})" for d in conflicts)
            raise ActionPlannerError(
                f"Nothing was applied: reviewers disagree on the same fields ({where}); choose in the window."
            )
        accepted = [d for d in merged if d.kind != "remove"]
        applied = services.reviews.apply(accepted, (), all_comments(files))
    document["applied"] = None if applied is None else {"changes": applied.accepted, "comments": applied.comments}
    if args.json:
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for review in files:
        who = review.reviewer + (f" ({review.organisation})" if review.organisation else "")
        kind = "Word comments" if review.round_id is None else f"round {review.round_id}"
        print(f"{review.path.name}: {kind}, from {who}")
        for problem in review.refused:
            print(f"  refused: {problem}")
        for comment in review.unattached:
            print(f"  not attached: {comment}")
    for d in merged:
        now = f" [now “{d.now}”]" if d.klass == "both" else ""
        conflict = " [reviewers disagree]" if d.conflict else ""
        comment = f" — {d.comment}" if d.comment else ""
        target = f"{d.record} {d.field}".strip() or d.kind.replace("_", " ")
        print(f"  {d.klass:8} {d.where}: {target}: “{d.sent}” → “{d.returned}”{now}{conflict} by {d.reviewer}{comment}")
    comments = all_comments(files)
    for c in comments:
        print(f"  comment  {c.where} on action {c.action_id} by {c.reviewer}: {c.text}")
    if applied is not None:
        print(f"Applied {applied.accepted} changes and kept {applied.comments} comments.")
    else:
        print(f"{len(merged)} proposed changes, {len(comments)} comments (a dry run: nothing was applied).")
    return 0


def _open(args: argparse.Namespace) -> int:
    try:
        from action_planner.app import run
    except ImportError as exc:
        if "action_planner.app" not in str(exc):
            raise
        print(
            "action-planner: the desktop app is not part of this version yet; use demo, info or export.",
            file=sys.stderr,
        )
        return 3
    return int(run(args.path, demo=args.demo))


if __name__ == "__main__":
    raise SystemExit(main())
